"""Breakout files: saving a breakout copy, previewing and merging breakout files."""

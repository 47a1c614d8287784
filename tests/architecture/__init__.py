"""Checks on the shape of the code: which layer may import which, and no import circles."""

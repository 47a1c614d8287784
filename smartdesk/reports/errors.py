"""Exceptions every export shares (no heavy imports, so the GUI and CLI can catch them)."""

from __future__ import annotations


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""

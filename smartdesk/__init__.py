"""SmartDesk: plan a smart-place initiative in a workshop, export a committee briefing pack."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("smartdesk")
except PackageNotFoundError:  # a source checkout that was never installed
    __version__ = "0.1.0"

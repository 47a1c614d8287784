"""SmartDesk: plan a smart-place initiative in a workshop, export a committee briefing pack."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version lives in pyproject.toml alone; reading the installed metadata costs
    # about 50 ms of imports, so only --version and the About box pay for it.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("smartdesk")
        except PackageNotFoundError:  # a source checkout that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'smartdesk' has no attribute {name!r}")

"""A real headless browser for the web pages SmartDesk writes or serves.

Debian's chromium (``/usr/bin/chromium``), driven by Playwright's Python client: no
browser is ever downloaded. axe-core comes from the npm registry into ``.tools/``
(``scripts/setup.sh test`` installs it) and is injected into the page under test.
Chromium is started without its background services: this machine's network is
closed, and they would only produce refused connections.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = PROJECT_ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: run `bash scripts/setup.sh test`")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    context.set_default_timeout(10_000)  # a stuck page fails the test, never hangs it
    yield context.new_page()
    context.close()


def axe_violations(
    page: Any,
    *,
    tags: tuple[str, ...] = (
        "wcag2a",
        "wcag2aa",
        "wcag21a",
        "wcag21aa",
        "wcag22aa",
        "best-practice",
    ),
) -> list[dict[str, Any]]:
    """Run axe-core on the page as it is now; each violation with its rule and nodes."""
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core is missing at {AXE_SCRIPT}: run `bash scripts/setup.sh test`")
    page.add_script_tag(path=str(AXE_SCRIPT))
    result: list[dict[str, Any]] = page.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))
            .violations.map(v => ({id: v.id, help: v.help,
                                   nodes: v.nodes.map(n => n.target.join(' '))}))""",
        list(tags),
    )
    return result

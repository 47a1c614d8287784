"""The code cites design documents that are in the repository (``docs/``), and they exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The product's design notes outside the repository, by their names there.
OUTSIDE = re.compile(r"\b(DESIGN|INTERCHANGE|CONVENTIONS|FACTS)\.md\b|\.\./shared|/work/share[d]")
CITED = re.compile(r"\bdocs/([\w.-]+\.md)\b")


def sources() -> list[Path]:
    return sorted([*(ROOT / "smartdesk").rglob("*.py"), *(ROOT / "tests").rglob("*.py")])


def test_nothing_cites_documents_outside_the_repository() -> None:
    citing = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert citing == []


def test_every_cited_document_is_in_docs() -> None:
    cited = {name for path in sources() for name in CITED.findall(path.read_text("utf-8"))}
    assert "scales-and-rules.md" in cited  # the pattern finds citations
    assert sorted(name for name in cited if not (ROOT / "docs" / name).is_file()) == []


def test_the_documents_link_only_to_documents_that_exist() -> None:
    for document in sorted((ROOT / "docs").glob("*.md")):
        for target in re.findall(r"\]\(([\w.-]+\.md)\)", document.read_text("utf-8")):
            assert (ROOT / "docs" / target).is_file(), f"{document.name} links to {target}"


# A path in backquotes: a folder or a file of the repository (``gui/vision/page.py``).
NAMED_PATH = re.compile(r"`((?:[\w.-]+/)+[\w.-]*)`")


def test_every_path_the_architecture_map_names_exists() -> None:
    lines = (ROOT / "docs" / "architecture.md").read_text("utf-8").splitlines()
    # A layer still to come is named before it exists.
    named = [path for line in lines if "(to come)" not in line for path in NAMED_PATH.findall(line)]
    assert "gui/vision/page.py" in named  # the pattern finds paths
    # Paths are inside smartdesk/, or from the top of the repository (tests/, docs/, ...).
    missing = [
        path
        for path in named
        if not (ROOT / "smartdesk" / path).exists() and not (ROOT / path).exists()
    ]
    assert missing == []

"""Plain-English notes on each procurement route and financing route, shown beside the
long list for the selected option.

Notes live in ``resources/guidance/procurement/<route>.md`` and
``resources/guidance/financing/<route>.md``. A route whose rules differ by nation has a
Scottish note as ``<route>.scotland.md`` (the Public Contracts (Scotland) Regulations
2015); the plain note follows the Procurement Act 2023 (England, Wales, Northern Ireland).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from smartdesk import paths
from smartdesk.domain.enums import Financing, Nation, ProcurementRoute, routes_for_nation
from smartdesk.domain.records import Option
from smartdesk.gui.common.column_words import choice_word
from smartdesk.gui.common.translation import in_welsh, localised, tr


def _read(folder: str, name: str) -> str | None:
    # The Welsh note (``<route>.cy.md``) when the interface is in Welsh. Every note has
    # one; a note added later without its Welsh says so in Welsh rather than passing
    # itself off as the Welsh interface's text.
    english = paths.resource("guidance", folder, f"{name}.md")
    shown = localised(english)
    text = _read_file(shown)
    if text is not None and in_welsh() and shown == english:
        return (
            "*"
            + tr("This note is not yet available in Welsh; it is shown in English.")
            + ("*\n\n" + text)
        )
    return text


@cache
def _read_file(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return None


def procurement_note(route: ProcurementRoute, nation: Nation) -> str:
    """The note on ``route`` for a council in ``nation`` (markdown)."""
    if nation is Nation.SCOTLAND:
        scottish = _read("procurement", f"{route.value}.scotland")
        if scottish is not None:
            return scottish
    return _read("procurement", route.value) or _no_note(route.label)


def financing_note(route: Financing) -> str:
    """The note on a financing route (markdown)."""
    return _read("financing", route.value) or _no_note(route.label)


def _no_note(label: str) -> str:
    return f"# {choice_word(label)}\n\n" + tr("No note yet.")


def law_of(nation: Nation) -> str:
    if nation is Nation.SCOTLAND:
        return tr("the Public Contracts (Scotland) Regulations 2015")
    return tr("the Procurement Act 2023")


def route_problem(route: ProcurementRoute | None, nation: Nation) -> str:
    """Why ``route`` does not fit ``nation``'s law, or "" when it does."""
    if route is None or route in routes_for_nation(nation):
        return ""
    if nation is Nation.SCOTLAND:
        return tr(
            "'{route}' is a route of the Procurement Act 2023, which does not apply to "
            "Scottish councils; they buy under the Public Contracts (Scotland) Regulations "
            "2015. Choose one of the routes offered."
        ).format(route=choice_word(route.label))
    return tr(
        "'{route}' is not a procedure under the Procurement Act 2023, which replaced the "
        "old regulations in {nation} on 24 February 2025. Choose the open procedure or the "
        "competitive flexible procedure instead."
    ).format(route=choice_word(route.label), nation=choice_word(nation.label))


def option_guidance(option: Option | None, nation: Nation) -> str:
    """Markdown for the guidance panel: the option's procurement route, then each of
    its financing routes, with a warning first when the route does not fit the nation."""
    if option is None:
        return (
            "### "
            + tr("Guidance")
            + "\n\n"
            + tr(
                "Select an option to read about its procurement route and financing. Routes "
                "offered follow {law} ({nation})."
            ).format(law=law_of(nation), nation=choice_word(nation.label))
        )
    name = option.name.strip() or tr("(unnamed option)")
    parts = [f"## {name}"]
    problem = route_problem(option.procurement_route, nation)
    if problem:
        fits = tr("Route does not fit {nation}:").format(nation=choice_word(nation.label))
        parts.append(f"**{fits}** {problem}")
    if option.procurement_route is not None:
        parts.append(procurement_note(option.procurement_route, nation))
    else:
        parts.append("*" + tr("No procurement route chosen yet.") + "*")
    parts += [financing_note(route) for route in option.financing]
    return "\n\n".join(parts)

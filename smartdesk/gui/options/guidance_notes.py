"""Plain-English notes on each procurement route and financing route, shown beside the
long list for the selected option.

Notes live in ``resources/guidance/procurement/<route>.md`` and
``resources/guidance/financing/<route>.md``. A route whose rules differ by nation has a
Scottish note as ``<route>.scotland.md`` (the Public Contracts (Scotland) Regulations
2015); the plain note follows the Procurement Act 2023 (England, Wales, Northern Ireland).
"""

from __future__ import annotations

from functools import cache

from smartdesk import paths
from smartdesk.domain.enums import Financing, Nation, ProcurementRoute, routes_for_nation
from smartdesk.domain.records import Option


@cache
def _read(folder: str, name: str) -> str | None:
    path = paths.resource("guidance", folder, f"{name}.md")
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
    return _read("procurement", route.value) or f"# {route.label}\n\nNo note yet."


def financing_note(route: Financing) -> str:
    """The note on a financing route (markdown)."""
    return _read("financing", route.value) or f"# {route.label}\n\nNo note yet."


def law_of(nation: Nation) -> str:
    if nation is Nation.SCOTLAND:
        return "the Public Contracts (Scotland) Regulations 2015"
    return "the Procurement Act 2023"


def route_problem(route: ProcurementRoute | None, nation: Nation) -> str:
    """Why ``route`` does not fit ``nation``'s law, or "" when it does."""
    if route is None or route in routes_for_nation(nation):
        return ""
    if nation is Nation.SCOTLAND:
        return (
            f"'{route.label}' is a route of the Procurement Act 2023, which does not apply "
            "to Scottish councils; they buy under the Public Contracts (Scotland) "
            "Regulations 2015. Choose one of the routes offered."
        )
    return (
        f"'{route.label}' is not a procedure under the Procurement Act 2023, which "
        f"replaced the old regulations in {nation.label} on 24 February 2025. Choose the "
        "open procedure or the competitive flexible procedure instead."
    )


def option_guidance(option: Option | None, nation: Nation) -> str:
    """Markdown for the guidance panel: the option's procurement route, then each of
    its financing routes, with a warning first when the route does not fit the nation."""
    if option is None:
        return (
            "### Guidance\n\nSelect an option to read about its procurement route and "
            f"financing. Routes offered follow {law_of(nation)} ({nation.label})."
        )
    parts = [f"## {option.name.strip() or '(unnamed option)'}"]
    problem = route_problem(option.procurement_route, nation)
    if problem:
        parts.append(f"**Route does not fit {nation.label}:** {problem}")
    if option.procurement_route is not None:
        parts.append(procurement_note(option.procurement_route, nation))
    else:
        parts.append("*No procurement route chosen yet.*")
    parts += [financing_note(route) for route in option.financing]
    return "\n\n".join(parts)

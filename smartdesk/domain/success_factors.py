"""HM Treasury's five critical success factors, the criteria a workshop starts from.

The Green Book's business case guidance appraises options against five critical success
factors; SmartDesk offers them, in plain words and with equal weights, to a workshop
with no criteria yet. They become the workshop's own data (its criteria, printed in its
pack), so they are written in the workshop's language, not the interface's.
"""

from __future__ import annotations

from smartdesk.domain.enums import Language

DEFAULT_CRITERIA: tuple[tuple[str, str], ...] = (
    ("Strategic fit", "How well the option delivers the vision and the council's strategies."),
    ("Value for money", "Benefits against whole-life costs, risks included."),
    (
        "Supplier capacity and capability",
        "Whether the market, a partner or the council can deliver it and keep it running.",
    ),
    ("Affordability", "Fits the capital programme and the medium-term financial strategy."),
    ("Achievability", "Can be delivered on time with the skills and governance available."),
)
# The same in Welsh (to be checked by a Welsh speaker, as the glossary says).
DEFAULT_CRITERIA_CY: tuple[tuple[str, str], ...] = (
    (
        "Addasrwydd strategol",
        "Pa mor dda y mae'r opsiwn yn cyflawni'r weledigaeth a strategaethau'r cyngor.",
    ),
    ("Gwerth am arian", "Buddion yn erbyn costau oes gyfan, gan gynnwys risgiau."),
    (
        "Capasiti a gallu cyflenwyr",
        "A all y farchnad, partner neu'r cyngor ei gyflawni a'i gadw i redeg.",
    ),
    ("Fforddiadwyedd", "Yn ffitio'r rhaglen gyfalaf a'r strategaeth ariannol tymor canolig."),
    ("Cyraeddadwyedd", "Gellir ei gyflawni ar amser gyda'r sgiliau a'r llywodraethu sydd ar gael."),
)
DEFAULT_WEIGHT = 20.0


def standard_factors(language: Language) -> tuple[tuple[str, str], ...]:
    """The five factors as (name, description) pairs, in ``language``."""
    return DEFAULT_CRITERIA_CY if language is Language.CY else DEFAULT_CRITERIA

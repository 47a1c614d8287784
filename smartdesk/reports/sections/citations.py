"""The law each withheld item falls under: the public version's notice and Part B's.

Each exempt item is listed with its label and the paragraph it falls under (chosen by
``smartdesk.exempt_law`` from the record's kind and the nation, or named on the
record); then what each cited paragraph covers, the public-interest test where the
nation's law has one for a cited paragraph, and the UK GDPR wording where no
paragraph fits. Both versions show the same table.
"""

from __future__ import annotations

from smartdesk.exempt_law import Citation, public_interest_statement
from smartdesk.reports.catalogue import current_language, text
from smartdesk.reports.sections.context import Context


def exempt_law_table(ctx: Context) -> None:
    items = ctx.exempt.items
    if not items:
        return
    story = ctx.story
    story.table(
        ["col.item", "col.kind", "col.withheld_under"],
        [[item.label, text(f"kind.{item.kind}"), reference(item.citation)] for item in items],
        [0.3, 0.3, 0.4],
    )
    cited: dict[str, Citation] = {}
    for item in items:
        cited.setdefault(reference(item.citation), item.citation)
    paragraphs = [c for c in cited.values() if c.paragraph is not None]
    if paragraphs:
        story.table(
            ["col.withheld_under", "col.paragraph_text"],
            [[reference(c), _described(c)] for c in paragraphs],
            [0.3, 0.7],
        )
    if any(c.paragraph is None for c in cited.values()):
        story.say("law.personal_data", "Note", law=ctx.law)
    statement = public_interest_statement(ctx.source.workshop.nation, ctx.language)
    if statement and any(c.public_interest_test for c in cited.values()):
        story.say("law.public_interest", "Note", statement=statement)
    story.say("law.check", "Note")


def _described(citation: Citation) -> str:
    """The paragraph's wording, its condition where the law attaches one, and a flag
    where the table could not check it against a published source."""
    _, description, condition = citation.worded(current_language())
    wording = "; ".join(part for part in (description, condition) if part)
    return f"{wording} {text('law.unverified')}" if not citation.verified else wording


def reference(citation: Citation) -> str:
    """The short reference in the pack's language: "Sch 12A para 14", "Atod 12A para 14"."""
    return citation.worded(current_language())[0]

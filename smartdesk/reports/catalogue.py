"""Every string the briefing pack shows, in one place, in English and Welsh.

``text(key, **values)`` looks a string up and fills in its ``{placeholders}``.
Placeholders receive plain text; the pack escapes them before they become markup.
The Welsh catalogue (:mod:`smartdesk.reports.catalogue_cy`) is a second dict with the
same keys; a key it lacks falls back to English.

The language is the pack's, chosen at export (``export --lang``), not the workshop's:
a build runs inside ``writing_in(language)``, and every ``text`` call without an
explicit language uses it. A context variable rather than a parameter, because the
language reaches every chart, label and formatter of the pack, and each build (a CLI
call, a GUI export job on its thread) has its own context.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from enum import Enum

from smartdesk.domain import enums
from smartdesk.domain.enums import Nation
from smartdesk.reports.catalogue_cy import WELSH

ENGLISH: dict[str, str] = {
    # Document furniture
    "doc.subject": "Committee briefing pack: {initiative}",
    "doc.default_title": "Smart place initiative",
    "doc.page_x_of_y": "Page {page} of {total}",
    "doc.draft": "DRAFT",
    "doc.public": "Public",
    "doc.exempt": "Contains exempt information",
    "doc.contents": "Contents",
    "doc.not_recorded": "Not recorded",
    "doc.none_recorded": "None recorded.",
    "doc.yes": "Yes",
    "doc.no": "No",
    "doc.full_text_below": "Entries shortened in the table are given in full below.",
    "doc.full_text_item": "{label}: ",
    "doc.figure": "Figure {number}: {caption}",
    "doc.exempt_marker": " [exempt]",
    "doc.months": (
        "January February March April May June July August September October November December"
    ),
    "doc.months_short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    # Cover
    "cover.report_to": "Report to {committee}",
    "cover.council": "Council",
    "cover.committee": "Committee",
    "cover.meeting_date": "Date of meeting",
    "cover.title": "Report title",
    "cover.reference": "Report reference",
    "cover.portfolio_holder": "Portfolio holder",
    "cover.author": "Report author",
    "cover.wards": "Wards affected",
    "cover.key_decision": "Key decision",
    "cover.status": "Status",
    "cover.contact": "Contact officer",
    "cover.status_draft": "Draft",
    "cover.status_final": "Final",
    "cover.access": "Access to information",
    "cover.public_version": "Public version: exempt information and personal data removed.",
    "cover.full_exempt": (
        "Not for publication: Part B contains exempt information under {law}. The body "
        "of the report is the same as the public version's, apart from personal data."
    ),
    "cover.full_public": "Public: this report contains no exempt information.",
    "cover.withheld": (
        "Exempt information under {law} has been withheld: each item keeps its place and "
        "label in the report, and the table below gives the paragraph it falls under."
    ),
    "cover.withheld_detail": "Personal data left out of this version: {items}.",
    "cover.withheld_heading": "Exempt information withheld",
    "cover.all_wards": "None recorded",
    # Nations' access-to-information law (the paragraphs come from exempt_law)
    "law.england": "Schedule 12A to the Local Government Act 1972",
    "law.wales": "Schedule 12A to the Local Government Act 1972 (as it applies in Wales)",
    "law.scotland": "Part I of Schedule 7A to the Local Government (Scotland) Act 1973",
    "law.northern_ireland": "Schedule 6 to the Local Government Act (Northern Ireland) 2014",
    "law.personal_data": (
        "Personal data: withheld under the UK General Data Protection Regulation and the "
        "Data Protection Act 2018, as no paragraph of {law} covers it."
    ),
    "law.public_interest": "Public interest test: {statement}",
    "law.check": (
        "The paragraphs are chosen by the kind of information; the council's legal team "
        "should confirm each before the report is published."
    ),
    "law.unverified": "(Unverified: check against the published text.)",
    "col.withheld_under": "Exempt under",
    "col.paragraph_text": "What the paragraph covers",
    # Counted things (for the withheld line)
    "count.strategies": "{n} strategy|{n} strategies",
    "count.options": "{n} option|{n} options",
    "count.risks": "{n} risk|{n} risks",
    "count.stakeholders": "{n} stakeholder|{n} stakeholders",
    "count.contacts": "contact details of {n} stakeholder|contact details of {n} stakeholders",
    "count.residents": (
        '{n} private individual shown as "a resident"|{n} private individuals shown as "a resident"'
    ),
    "count.positions": (
        "the attitude and grid position of {n} stakeholder|"
        "the attitudes and grid positions of {n} stakeholders"
    ),
    "count.listening_log": "{n} listening-log item|{n} listening-log items",
    # Public redaction
    "public.a_resident": "A resident",
    "public.recommended_exempt": (
        "The recommended option is exempt information: the reasons given for it are in Part B."
    ),
    # Exempt items: the same words in the full and the public version
    "label.option": "Option {ref}",
    "label.strategy": "Strategy {ref}",
    "label.stakeholder": "Stakeholder {ref}",
    "label.risk": "Risk {ref}",
    "label.listening_log": "Log item {ref}",
    "exempt.placeholder": "{label} — exempt (see Part B, paragraph {paragraph})",
    "exempt.placeholder_personal": "{label} — exempt (see Part B, personal data)",
    "exempt.short": "{label} — exempt",
    "exempt.section": (
        "{items} exempt: shown here by label, with the details in Part B (not for publication)."
    ),
    "exempt.costs_withheld": "exempt",
    "doc.not_for_publication": "NOT FOR PUBLICATION",
    # Section headings
    "h.purpose": "1 Purpose of the report",
    "h.recommendations": "2 Recommendations",
    "h.reasons": "3 Reasons for the recommendations",
    "h.background": "4 Background",
    "h.vision": "5 Vision and outcomes",
    "h.stakeholders": "6 Stakeholders and engagement",
    "h.options": "7 Options considered",
    "h.consultation": "8 Consultation",
    "h.risks": "9 Risks",
    "h.implications": "10 Implications",
    "h.next_steps": "11 Next steps",
    "h.background_papers": "Background papers",
    "h.contact": "Contact officer",
    "h.appendix_a": "Appendix A: Stakeholder register",
    "h.appendix_b": "Appendix B: Full scoring matrix",
    "h.appendix_c": "Appendix C: Whole-life costs",
    "h.appendix_d": "Part B — Exempt information, not for publication",
    # 1 Purpose
    "purpose.text": (
        "This report asks {committee} to consider the outcome of the workshop on {initiative}"
        "{held} and to agree the recommendations in section 2."
    ),
    "purpose.held_on": " held on {date}",
    "purpose.the_committee": "the committee",
    "purpose.the_initiative": "the smart place initiative",
    # 2 Recommendations
    "rec.intro": "{committee} is asked to:",
    "rec.none": "No decisions sought have been recorded yet.",
    "rec.option": "The recommended option is {name}.",
    "rec.option_scored": "It ranks {rank} of {count} short-listed options, scoring {score}.",
    "rec.no_option": "No option has been recommended yet.",
    "rec.tied": (
        "Its weighted score is tied with {others} ({score}); the ranking lists tied options "
        "by name, which is not a preference."
    ),
    # 3 Reasons
    "reasons.none": "No reasons have been recorded yet.",
    "reasons.ranking": (
        "Against the weighted critical success factors, {top} ranks first with {score}."
    ),
    "reasons.tied": (
        "That score is tied with {others}: the tie rule lists tied options by name, so "
        "first place is shared."
    ),
    # 4 Background
    "background.none": "No problem statement has been recorded yet.",
    # 5 Vision
    "h.vision_statement": "Vision statement",
    "h.horizon": "Horizon",
    "h.principles": "Guiding principles",
    "h.strategies": "Council strategies this serves",
    "h.outcomes": "Outcomes",
    "h.maturity": "Digital maturity",
    "vision.none": "No vision statement has been recorded yet.",
    "vision.horizon": "The vision looks ahead to {year}.",
    "vision.no_horizon": "No horizon year has been recorded yet.",
    "vision.no_principles": "No guiding principles have been recorded yet.",
    "vision.no_strategies": "No council strategies have been linked yet.",
    "vision.no_outcomes": "No outcomes have been recorded yet.",
    "vision.no_maturity": "No digital-maturity self-assessment has been recorded yet.",
    "col.strategy": "Strategy",
    "col.owner": "Owner",
    "col.alignment": "How the initiative serves it",
    "col.outcome": "Outcome",
    "col.indicator": "Indicator",
    "col.baseline": "Baseline",
    "col.target": "Target",
    "col.by": "By",
    "col.strategies": "Strategies",
    "col.dimension": "Dimension",
    "col.current": "Current",
    "col.target_level": "Target",
    "col.note": "Note",
    "chart.radar": (
        "Digital maturity radar: current and target levels (1-5) for {n} dimensions. {detail}"
    ),
    "chart.radar_item": "{dimension}: current {current}, target {target}.",
    "chart.current": "Current",
    "chart.target": "Target",
    # 6 Stakeholders
    "h.grid": "Power and interest",
    "h.engagement_gap": "Engagement today and needed",
    "h.engagement_plan": "Engagement plan",
    "h.listening": "You said, we did",
    "stake.none": "No stakeholders have been recorded yet.",
    "stake.summary": (
        "{n} stakeholders are recorded: {close} to manage closely, {satisfied} to keep "
        "satisfied, {informed} to keep informed and {monitor} to monitor."
    ),
    "stake.no_grid": "No stakeholder has both power and interest rated yet.",
    "stake.public_grid": (
        "This public version gives the grid as counts; each stakeholder's attitude and "
        "place on the grid are left out."
    ),
    "stake.no_category": "No category",
    "stake.all": "All",
    "stake.no_gap": "No stakeholder has both engagement levels recorded yet.",
    "stake.no_plan": "No engagement actions have been recorded yet.",
    "stake.no_log": "Nothing has been recorded in the listening log yet.",
    "quad.close": "Manage closely",
    "quad.satisfied": "Keep satisfied",
    "quad.informed": "Keep informed",
    "quad.monitor": "Monitor",
    "attitude.-2": "Blocker",
    "attitude.-1": "Sceptic",
    "attitude.0": "Neutral",
    "attitude.1": "Supporter",
    "attitude.2": "Champion",
    "attitude.none": "Not rated",
    "chart.power": "Power (influence)",
    "chart.interest": "Interest",
    "chart.grid": (
        "Power-interest grid of {n} stakeholders, split at 5 into four quadrants; numbers "
        "refer to the table below, which gives each stakeholder's power, interest and "
        "attitude; marker shapes show attitude."
    ),
    "chart.grid_unnumbered": (
        "Power-interest grid of {n} stakeholders, split at 5 into four quadrants; marker "
        "shapes show attitude (Appendix A lists everyone). {detail}"
    ),
    "chart.grid_counts": (
        "Power-interest grid of {n} stakeholders, split at 5 into four quadrants: the "
        "number of stakeholders in each quadrant (the table above gives them by category)."
    ),
    "chart.stakeholders": "stakeholders",
    "chart.grid_item": "{name}: power {power}, interest {interest}, {attitude}.",
    "chart.gap": (
        "Engagement levels on the IAP2 spectrum (inform, consult, involve, collaborate, "
        "empower), today and needed, for {n} stakeholders; {short} need a higher level "
        "than today."
    ),
    "chart.today": "Today",
    "chart.needed": "Needed",
    "col.stakeholder": "Stakeholder",
    "col.action": "Action",
    "col.stakeholders": "Stakeholders",
    "col.method": "Method",
    "col.due": "Due",
    "col.status": "Status",
    "col.date": "Date",
    "col.source": "Source",
    "col.said": "You said",
    "col.did": "We did",
    # 7 Options
    "h.long_list": "Long list",
    "h.short_list": "Short list",
    "h.criteria": "Critical success factors and weights",
    "h.ranking": "Scores and ranking",
    "h.sensitivity": "Sensitivity of the ranking to the weights",
    "options.none": "No options have been recorded yet.",
    "options.no_short_list": "No option has been short-listed yet.",
    "options.short_list_intro": (
        "{n} options were short-listed and appraised against the critical success factors."
    ),
    "options.no_criteria": "No critical success factors have been recorded yet.",
    "options.no_ranking": "No short-listed option can be ranked yet.",
    "options.no_sensitivity": "There is nothing to test the sensitivity of yet.",
    "options.incomplete": " (not fully scored)",
    "options.tied": (
        "Tied: {names} have the same weighted score ({score}). The tie rule lists them by "
        "name; the order is not a preference."
    ),
    "options.bau": "Business as usual",
    "options.do_minimum": "Do minimum",
    "col.option": "Option",
    "col.delivery": "Delivery model",
    "col.route": "Procurement route",
    "col.financing": "Financing",
    "col.shortlisted": "Short-listed",
    "col.baseline_role": "Baseline",
    "col.description": "Description",
    "col.criterion": "Criterion",
    "col.weight": "Weight",
    "col.share": "Share",
    "col.rank": "Rank",
    "col.score": "Weighted score",
    "col.complete": "Fully scored",
    "col.stays_top": "Top stays top between",
    "col.overtaken_below": "Overtaken below by",
    "col.overtaken_above": "Overtaken above by",
    "sens.sentence_robust": (
        "The ranking is robust: {top} stays top whatever share of the weight any single "
        "criterion is given."
    ),
    "sens.sentence_above": (
        "{top} stays top while each criterion's share stays within the ranges below. It is "
        "most sensitive to {criterion}: today's share is {share}; if it rose above {at} "
        "({points} percentage points away), {other} would rank first."
    ),
    "sens.sentence_below": (
        "{top} stays top while each criterion's share stays within the ranges below. It is "
        "most sensitive to {criterion}: today's share is {share}; if it fell below {at} "
        "({points} percentage points away), {other} would rank first."
    ),
    "sens.nobody": "-",
    "chart.ranking": "Weighted scores of {n} short-listed options, best first. {detail}",
    "chart.ranking_item": "{rank}. {name}: {score}.",
    "chart.score_axis": "Weighted score (%)",
    "chart.share_axis": "Share of total weight (%)",
    "chart.sensitivity": (
        "For each of {n} criteria, a bar shows the range of its share of the total weight "
        "over which {top} stays top; the diamond marks today's share. {detail}"
    ),
    "chart.sensitivity_item": "{name}: today {share}, stays top from {low} to {high}.",
    "chart.range": "Top option stays top",
    "chart.today_share": "Today's share",
    "h.not_taken_forward": "Options not taken forward",
    "options.not_taken_intro": (
        "Why each option on the long list was not short-listed or, once short-listed, "
        "not recommended."
    ),
    "options.no_reason": "No reason recorded.",
    "col.why_not": "Why it was not taken forward",
    # 8 Consultation
    "consult.none": "No engagement actions or listening-log items have been recorded yet.",
    "consult.plan": (
        "The engagement plan has {n} actions: {done} done, {planned} planned and "
        "{cancelled} cancelled."
    ),
    "consult.methods": "Methods: {methods}.",
    "consult.reached": "Those engaged: {groups}.",
    "consult.log": (
        "The listening log records {n} things people said: {acted} acted on, {declined} "
        "declined and {open} still open. Section 6 gives each with the council's response."
    ),
    "consult.group": "{label} ({n})",
    # 8 Consultation: in the room (participants and vote rounds)
    "h.participants": "Who took part in the workshop",
    "h.votes": "Votes in the room",
    "room.people": "One person took part.|{n} people took part.",
    "room.types": "They came from these types of organisation: {types}.",
    "room.tables": ("One breakout table voted as one.|{n} breakout tables each voted as one."),
    "room.phones": "One phone joined to vote.|{n} phones joined to vote.",
    "room.groups": "Breakout groups: {groups}.",
    "room.absent": (
        "One more was invited but did not attend.|{n} more were invited but did not attend."
    ),
    "room.round_dots": (
        "“{title}”: each voter had {budget} dots to place on the {subject}, several on one "
        "if they wished."
    ),
    "room.round_points": "“{title}”: each voter shared {budget} points among the {subject}.",
    "room.subject.options": "short-listed options",
    "room.subject.criteria": "critical success factors",
    "room.subject.outcomes": "outcomes",
    "room.open": "This round is still open: the results are as they stand.",
    "room.no_votes": "Nobody has voted in this round yet.",
    "room.took_part": (
        "One voter took part, giving {total} {unit}.|"
        "{n} voters took part, giving {total} {unit} in all."
    ),
    "room.leader": "Most {unit} went to {names}.",
    "room.tie": "{names} tied for the most {unit}.",
    "room.applied": (
        "The critical success factor weights used in section 7 are the shares of the points "
        "this round gave."
    ),
    "room.not_applied": (
        "This round was not applied to the weights: section 7 uses the weights the workshop set."
    ),
    "room.dots": "dots",
    "room.points": "points",
    "h.appendix_participants": "Appendix D: Workshop participants",
    "room.appendix_note": (
        "Personal data: this appendix is in the full version only; the public version "
        "counts participants by type of organisation and group."
    ),
    "col.organisation_only": "Organisation",
    "col.role": "Role",
    "col.type": "Type",
    "col.group": "Group",
    "col.attended": "Attended",
    "room.yes": "Yes",
    "room.no": "No",
    "col.choice": "Choice",
    "col.dots": "Dots",
    "col.points": "Points",
    "col.voters": "Voters",
    "chart.votes": "Results of “{title}”, most {unit} first. {detail}",
    "chart.votes_item": "{rank}. {name}: {total} ({share}).",
    # 8 Risks
    "h.risk_register": "Risk register",
    "h.heat_map": "Risk heat map",
    "risks.none": "No risks have been recorded yet.",
    "risks.unrated": "{n} risks are not yet rated and are not on the heat map.",
    "col.risk": "Risk",
    "col.likelihood": "L",
    "col.impact": "I",
    "col.rating": "Rating",
    "col.mitigation": "Mitigation",
    "col.applies_to": "Option",
    "col.all_options": "All",
    "chart.likelihood": "Likelihood",
    "chart.impact": "Impact",
    "chart.heat": (
        "Risk heat map: number of risks at each likelihood (1-5, across) and impact "
        "(1-5, up). {n} rated risks; {high} rated 15 or more. {detail}"
    ),
    "chart.heat_item": "{count} at likelihood {likelihood}, impact {impact}.",
    # 9 Implications
    "imp.financial": "Financial implications",
    "imp.s151_officer": "Comments of the chief finance officer (section 151 officer)",
    "imp.s151_officer_scotland": "Comments of the chief financial officer (section 95 officer)",
    "imp.s151_officer_northern_ireland": "Comments of the chief financial officer",
    "imp.legal": "Legal implications",
    "imp.monitoring_officer": "Comments of the monitoring officer",
    "imp.procurement": "Procurement and financing notes",
    "imp.equality": "Equality implications",
    "imp.equality_northern_ireland": (
        "Equality implications (section 75 of the Northern Ireland Act 1998)"
    ),
    "imp.socio_economic_wales": "Socio-economic duty",
    "imp.socio_economic_scotland": "Fairer Scotland Duty",
    "imp.human_rights": "Human rights implications",
    "imp.climate": "Climate and environmental implications",
    "imp.data_protection": "Data protection implications",
    "imp.subsidy_control": "Subsidy control implications",
    "imp.subsidy_control_northern_ireland": "Subsidy control and State aid implications",
    "imp.welsh_language": "Welsh language implications",
    "imp.wellbeing": "Well-being of Future Generations (Wales) Act 2015",
    "imp.none": "None recorded.",
    "imp.procurement_intro": (
        "These notes summarise the law for a council in {nation} as checked in {checked}, "
        "each with its source. They are not legal advice: the council's legal and "
        "procurement teams must confirm them before the report is published."
    ),
    "imp.note_source": "{text} (Source: {source}.)",
    "imp.note_unverified": "{text} (Unverified: no published source was found; check it.)",
    "nation.england": "England",
    "nation.wales": "Wales",
    "nation.scotland": "Scotland",
    "nation.northern_ireland": "Northern Ireland",
    # The duties each nation's law puts on the decision (docs/legal-notes.md)
    "duty.equality": (
        "Public Sector Equality Duty (section 149 of the Equality Act 2010): in taking this "
        "decision the council must have due regard to the need to eliminate discrimination, "
        "harassment and victimisation, to advance equality of opportunity and to foster good "
        "relations between people who share a protected characteristic and those who do not."
    ),
    "duty.equality_northern_ireland": (
        "Section 75 of the Northern Ireland Act 1998: in carrying out its functions the "
        "council must have due regard to the need to promote equality of opportunity between "
        "persons of different religious belief, political opinion, racial group, age, marital "
        "status or sexual orientation, between men and women generally, between persons with "
        "a disability and persons without, and between persons with dependants and persons "
        "without; and regard to the desirability of promoting good relations between persons "
        "of different religious belief, political opinion or racial group."
    ),
    "duty.socio_economic_wales": (
        "Section 1 of the Equality Act 2010, in force in Wales from 31 March 2021: when "
        "taking a strategic decision the council must have due regard to "
        "the desirability of exercising its functions in a way designed to reduce the "
        "inequalities of outcome which result from socio-economic disadvantage."
    ),
    "duty.socio_economic_scotland": (
        "Part 1 of the Equality Act 2010, in force in Scotland from April 2018 as the Fairer "
        "Scotland Duty: when taking a strategic decision the council must have due regard to "
        "the desirability of exercising its functions in a way designed to reduce the "
        "inequalities of outcome which result from socio-economic disadvantage."
    ),
    "duty.human_rights": (
        "Human Rights Act 1998: the council must not act in a way that is incompatible with "
        "the rights of the European Convention on Human Rights (section 6). Sensors, cameras "
        "and shared data can engage the right to respect for private life (Article 8)."
    ),
    "duty.welsh_language": (
        "Welsh Language Standards (No. 1) Regulations 2015: the council must consider the "
        "effects of this decision, positive or adverse, on opportunities for people to use "
        "Welsh and on treating Welsh no less favourably than English."
    ),
    "duty.wellbeing": (
        "Well-being of Future Generations (Wales) Act 2015: how the proposal contributes to "
        "the seven well-being goals, and how it follows the sustainable development "
        "principle's five ways of working (long term, prevention, integration, collaboration "
        "and involvement)."
    ),
    # 10 Next steps and background papers
    "next.none": "No next steps have been recorded yet.",
    "papers.none": "No background papers are listed.",
    "papers.inspect": (
        "The background papers can be inspected by arrangement with the contact officer "
        "named below."
    ),
    "papers.inspect_author": (
        "The background papers can be inspected by arrangement with the report author, {author}."
    ),
    "papers.inspect_council": (
        "The background papers can be inspected by arrangement with the council."
    ),
    # Contact officer (an official contact: published in both versions)
    "contact.none": "No contact officer has been recorded yet.",
    "contact.name": "Name",
    "contact.title": "Job title",
    "contact.email": "E-mail",
    "contact.phone": "Telephone",
    # Appendices
    "appx.no_stakeholders": "No stakeholders have been recorded yet.",
    "appx.no_matrix": "No short-listed options or criteria to show yet.",
    "appx.no_costs": "No options have been recorded yet.",
    "appx.costs_intro": (
        "Net present cost (NPC), present value of benefits (PVB) and net present social "
        "value (NPSV = PVB - NPC) over {years} years. All figures are in today's (real) "
        "prices. Benefits are cashable savings and income plus monetised non-cash (social) "
        "benefits; optimism bias uplifts costs, never benefits."
    ),
    "appx.discount_schedule": (
        "Discounting follows the HM Treasury Green Book schedule: 3.5 % a year for years "
        "1 to 30 and 3.0 % from year 31 (HM Treasury, The Green Book and its discounting "
        "guidance)."
    ),
    "appx.discount_flat": (
        "Discounting uses the workshop's flat rate of {rate} % a year for every year, not "
        "the Green Book schedule (3.5 % for years 1 to 30, 3.0 % from year 31), which "
        "applies only when the rate is set to 3.5 %."
    ),
    "appx.optimism_guidance": (
        "Optimism bias corrects the tendency of appraisals to understate costs. It is "
        "entered separately for capital and for operating costs; an empty operating figure "
        "means the capital one. The Green Book supplementary guidance on optimism bias "
        "gives separate upper bounds for capital and operating costs by type of project "
        "(for example up to 200 % on capital for equipment and development projects, and "
        "up to 41 % on operating costs for outsourcing), to be reduced as risks are "
        "managed; SmartDesk accepts 0 % to 200 %. The figures used are the workshop's "
        "own and should be checked against that guidance (HM Treasury, Green Book "
        "supplementary guidance: optimism bias)."
    ),
    "appx.costs_missing": "Figures marked * were not recorded and count as 0.",
    "appx.npsv_heading": "Net present social value",
    "appx.npsv_no_do_minimum": (
        "No option is marked as the do-minimum, so no NPSV is shown against it."
    ),
    "appx.npsv_do_minimum_exempt": (
        "The do-minimum option is exempt, so each option's NPSV against it is withheld."
    ),
    "appx.switching_heading": "Switching values",
    "appx.switching": (
        "For {option}, {who}, the NPSV falls to zero if its whole-life cost rises by "
        "{costs} or if its benefits fall by {benefits} (Green Book 5.59-5.61)."
    ),
    "appx.switching_costs_only": (
        "For {option}, {who}, the NPSV falls to zero if its whole-life cost rises by "
        "{costs} (Green Book 5.59-5.61)."
    ),
    "appx.switching_benefits_only": (
        "For {option}, {who}, the NPSV falls to zero if its benefits fall by {benefits} "
        "(Green Book 5.59-5.61)."
    ),
    "appx.switching_none": (
        "{option}, {who}, has no switching values: its NPSV is not above zero, so no rise "
        "in cost or fall in benefits is needed to make it zero."
    ),
    "appx.switching_exempt": (
        "The switching values of {option}, {who}, are derived from its costs and are "
        "withheld with them."
    ),
    "appx.switching_not_shortlisted": (
        "No switching values: the recommended option is not on the short list."
    ),
    "appx.who_recommended": "the recommended option",
    "appx.who_top": "the top-ranked option (no option is recommended yet)",
    "appx.exempt_intro": (
        "Not for publication by virtue of {law}. Part B holds the items marked "
        "confidential in the workshop; the body of the report refers to each by the "
        "label shown here, with the paragraph it falls under."
    ),
    "appx.exempt_items": "Exempt items and the paragraphs they fall under",
    "appx.exempt_log": "Exempt listening-log items",
    "appx.exempt_rationale": "Reasons for the recommended option",
    "appx.exempt_scores": "Scoring rationale of exempt options",
    "appx.exempt_strategies": "Exempt strategies",
    "appx.exempt_options": "Exempt options",
    "appx.exempt_rejections": "Why exempt options were not taken forward",
    "appx.exempt_risks": "Exempt risks",
    "appx.exempt_stakeholders": "Exempt stakeholders",
    "appx.exempt_end": "End of the exempt appendix.",
    "appx.criterion_ref": "C{n}",
    "appx.matrix_intro": (
        "Scores run from 0 to 5. The matrix columns are headed by the criterion references "
        "in this key."
    ),
    "col.ref": "Ref.",
    "col.number": "No.",
    "col.quadrant": "Quadrant",
    "appx.rationales": "Scoring rationale",
    "col.name": "Name",
    "col.organisation": "Organisation and role",
    "col.category": "Category",
    "col.power_interest": "Power / interest",
    "col.attitude": "Attitude",
    "col.engagement": "Engagement today / needed",
    "col.contact": "Contact",
    "col.capital": "Capital",
    "col.annual_cost": "Annual cost",
    "col.annual_benefit": "Annual benefit",
    "col.npc": "NPC",
    "col.npsv": "NPSV",
    "col.pv_benefits": "PVB",
    "col.social_benefit": "Social benefit a year",
    "col.optimism_capital": "Optimism bias, capital",
    "col.optimism_operating": "Optimism bias, operating",
    "col.npsv_vs_do_minimum": "NPSV against do-minimum",
    "col.kind": "Kind",
    "col.item": "Item",
    "kind.strategy": "Strategy",
    "kind.option": "Option",
    "kind.risk": "Risk",
    "kind.stakeholder": "Stakeholder",
    "kind.listening_log": "Listening-log item",
}

# The enumerations' labels the pack prints (categories, statuses, delivery models ...):
# English from the domain's labels, so the two never drift apart.
PACK_ENUMS: tuple[type[enums._Labelled], ...] = (
    enums.Language,
    enums.StakeholderCategory,
    enums.EngagementLevel,
    enums.ActionStatus,
    enums.ListeningStatus,
    enums.DeliveryModel,
    enums.ProcurementRoute,
    enums.Financing,
    enums.ParticipantKind,
    enums.Nation,
    enums.WorkshopStatus,
    enums.AgendaStage,
    enums.VoteSubject,
    enums.VoteMethod,
    enums.RoundStatus,
)
ENGLISH |= {f"enum.{kind.__name__}.{m.value}": m.label for kind in PACK_ENUMS for m in kind}

_CATALOGUES = {"en": ENGLISH, "cy": WELSH}
_WRITING: ContextVar[str] = ContextVar("pack_language", default="en")


@contextmanager
def writing_in(language: str) -> Iterator[None]:
    """Write the pack's text in ``language`` ("en" or "cy") within the block."""
    token = _WRITING.set(language if language in _CATALOGUES else "en")
    try:
        yield
    finally:
        _WRITING.reset(token)


def current_language() -> str:
    """The language the pack being built is written in."""
    return _WRITING.get()


def language_tag(language: str) -> str:
    """The language tag ("en-GB", "cy-GB") of the text the pack is written in.

    The pack is labelled by the catalogue it is written from, not by the workshop's
    language: while the Welsh catalogue lacks keys a Welsh workshop's pack is mostly in
    English, and labelling it Welsh would send spelling checkers and screen readers wrong.
    """
    catalogue = _CATALOGUES.get(language, {})
    written = language if catalogue and set(ENGLISH) <= set(catalogue) else "en"
    return f"{written}-GB"


def text(key: str, language: str | None = None, /, **values: object) -> str:
    """The catalogue string ``key`` with ``values`` filled in, in ``language`` (by
    default the pack's, see :func:`writing_in`).

    A plural string holds ``singular|plural``; the form is chosen by the value ``n``.
    """
    catalogue = _CATALOGUES.get(language or _WRITING.get(), ENGLISH)
    template = catalogue.get(key) or ENGLISH[key]
    if "|" in template:
        singular, plural = template.split("|", 1)
        template = singular if values.get("n") == 1 else plural
    return template.format(**values) if values else template


def law(nation: Nation, language: str | None = None) -> str:
    """The nation's access-to-information law, named in full."""
    return text(f"law.{nation.value}", language)


def label(member: Enum) -> str:
    """An enumeration's label in the pack's language, e.g. "Partneriaeth"."""
    key = f"enum.{type(member).__name__}.{member.value}"
    # An enumeration added after PACK_ENUMS was written still prints, in English.
    return text(key) if key in ENGLISH else str(getattr(member, "label", member.value))


def day(value: date | None) -> str:
    """A date in words, e.g. "5 September 2026" or "5 Medi 2026"."""
    return (
        f"{value.day} {text('doc.months').split()[value.month - 1]} {value.year}" if value else ""
    )


def short_day(value: date | None) -> str:
    """A date for a table cell, e.g. "5 Sep 2026" or "5 Medi 2026"."""
    if value is None:
        return ""
    return f"{value.day} {text('doc.months_short').split()[value.month - 1]} {value.year}"


def month_year(value: str) -> str:
    """An English "December 2026" (as the legal tables date their checks) in the pack's
    language."""
    english, words = ENGLISH["doc.months"].split(), text("doc.months").split()
    return " ".join(words[english.index(w)] if w in english else w for w in value.split())

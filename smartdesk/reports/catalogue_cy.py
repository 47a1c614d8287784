"""The pack's Welsh strings: every key of the English catalogue, and the workbook's
sheet titles and column heads (:data:`WORKBOOK`).

Same keys and placeholders as :data:`smartdesk.reports.catalogue.ENGLISH` (a test fails
on a key missing here); a key missing would fall back to English, and the pack would be
labelled English. Council terms follow Welsh councils' committee reports and TermCymru
where known (docs/welsh-glossary-pack.md lists the terms and which need checking).
Names the user typed are placed after "i'r", "o" and so on unmutated: Welsh mutates
the first letter after those words, which a template cannot do for any name. The Green
Book's abbreviations (NPC, PVB, NPSV) are kept, as Welsh Government appraisals keep
them. Entries in :data:`TO_CHECK` were written without a Welsh speaker's review: a
translator should check them before the catalogue is called finished.
"""

from __future__ import annotations

WELSH: dict[str, str] = {
    # Document furniture
    "doc.subject": "Pecyn briffio'r pwyllgor: {initiative}",
    "doc.default_title": "Menter lle clyfar",
    "doc.page_x_of_y": "Tudalen {page} o {total}",
    "doc.draft": "DRAFFT",
    "doc.public": "Cyhoeddus",
    "doc.exempt": "Yn cynnwys gwybodaeth eithriedig",
    "doc.contents": "Cynnwys",
    "doc.not_recorded": "Heb ei gofnodi",
    "doc.none_recorded": "Dim wedi'i gofnodi.",
    "doc.yes": "Ie",
    "doc.no": "Na",
    "doc.full_text_below": "Rhoddir yn llawn isod y cofnodion a fyrhawyd yn y tabl.",
    "doc.full_text_item": "{label}: ",
    "doc.figure": "Ffigur {number}: {caption}",
    "doc.exempt_marker": " [eithriedig]",
    "doc.months": (
        "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr"
    ),
    "doc.months_short": "Ion Chwef Maw Ebr Mai Meh Gorff Awst Medi Hyd Tach Rhag",
    # Cover
    "cover.report_to": "Adroddiad i'r {committee}",
    "cover.council": "Cyngor",
    "cover.committee": "Pwyllgor",
    "cover.meeting_date": "Dyddiad y cyfarfod",
    "cover.title": "Teitl yr adroddiad",
    "cover.reference": "Cyfeirnod yr adroddiad",
    "cover.portfolio_holder": "Aelod Cabinet",
    "cover.author": "Awdur yr adroddiad",
    "cover.wards": "Wardiau yr effeithir arnynt",
    "cover.key_decision": "Penderfyniad allweddol",
    "cover.status": "Statws",
    "cover.contact": "Swyddog cyswllt",
    "cover.status_draft": "Drafft",
    "cover.status_final": "Terfynol",
    "cover.access": "Mynediad at wybodaeth",
    "cover.public_version": (
        "Fersiwn gyhoeddus: tynnwyd gwybodaeth eithriedig a data personol allan."
    ),
    "cover.full_exempt": (
        "Nid i'w gyhoeddi: mae Rhan B yn cynnwys gwybodaeth eithriedig o dan {law}. Mae corff "
        "yr adroddiad yr un fath â chorff y fersiwn gyhoeddus, ar wahân i ddata personol."
    ),
    "cover.full_public": "Cyhoeddus: nid yw'r adroddiad hwn yn cynnwys gwybodaeth eithriedig.",
    "cover.withheld": (
        "Mae gwybodaeth eithriedig o dan {law} wedi'i dal yn ôl: mae pob eitem yn cadw ei lle "
        "a'i label yn yr adroddiad, ac mae'r tabl isod yn rhoi'r paragraff y mae'n dod oddi "
        "tano."
    ),
    "cover.withheld_detail": "Data personol a adawyd allan o'r fersiwn hon: {items}.",
    "cover.withheld_heading": "Gwybodaeth eithriedig a ddaliwyd yn ôl",
    "cover.all_wards": "Dim wedi'i gofnodi",
    # Nations' access-to-information law (the paragraphs come from exempt_law)
    "law.england": "Atodlen 12A i Ddeddf Llywodraeth Leol 1972",
    "law.wales": "Atodlen 12A i Ddeddf Llywodraeth Leol 1972 (fel y mae'n gymwys yng Nghymru)",
    "law.scotland": "Rhan I o Atodlen 7A i Ddeddf Llywodraeth Leol (yr Alban) 1973",
    "law.northern_ireland": "Atodlen 6 i Ddeddf Llywodraeth Leol (Gogledd Iwerddon) 2014",
    "law.personal_data": (
        "Data personol: wedi'u dal yn ôl o dan Reoliad Cyffredinol y DU ar Ddiogelu Data a "
        "Deddf Diogelu Data 2018, gan nad oes unrhyw baragraff o {law} yn ymdrin â nhw."
    ),
    "law.public_interest": "Prawf budd y cyhoedd: {statement}",
    "law.check": (
        "Dewisir y paragraffau yn ôl y math o wybodaeth; dylai tîm cyfreithiol y cyngor "
        "gadarnhau pob un cyn cyhoeddi'r adroddiad."
    ),
    "law.unverified": "(Heb ei wirio: gwiriwch yn erbyn y testun cyhoeddedig.)",
    "col.withheld_under": "Eithriedig o dan",
    "col.paragraph_text": "Beth mae'r paragraff yn ymdrin ag ef",
    # Counted things (for the withheld line)
    "count.strategies": "{n} strategaeth|{n} o strategaethau",
    "count.options": "{n} opsiwn|{n} o opsiynau",
    "count.risks": "{n} risg|{n} o risgiau",
    "count.stakeholders": "{n} rhanddeiliad|{n} o randdeiliaid",
    "count.contacts": "manylion cyswllt {n} rhanddeiliad|manylion cyswllt {n} o randdeiliaid",
    "count.residents": (
        '{n} unigolyn preifat a ddangosir fel "preswylydd"|{n} o unigolion preifat a '
        'ddangosir fel "preswylydd"'
    ),
    "count.positions": (
        "agwedd a safle {n} rhanddeiliad ar y grid|agweddau a safleoedd {n} o randdeiliaid ar "
        "y grid"
    ),
    "count.listening_log": "{n} eitem yn y log gwrando|{n} o eitemau yn y log gwrando",
    # Public redaction
    "public.a_resident": "Preswylydd",
    "public.recommended_exempt": (
        "Mae'r opsiwn a argymhellir yn wybodaeth eithriedig: mae'r rhesymau drosto yn Rhan B."
    ),
    # Exempt items: the same words in the full and the public version
    "label.option": "Opsiwn {ref}",
    "label.strategy": "Strategaeth {ref}",
    "label.stakeholder": "Rhanddeiliad {ref}",
    "label.risk": "Risg {ref}",
    "label.listening_log": "Eitem log {ref}",
    "exempt.placeholder": "{label} — eithriedig (gweler Rhan B, paragraff {paragraph})",
    "exempt.placeholder_personal": "{label} — eithriedig (gweler Rhan B, data personol)",
    "exempt.short": "{label} — eithriedig",
    "exempt.section": (
        "{items} yn eithriedig: fe'u dangosir yma yn ôl eu label, gyda'r manylion yn Rhan B "
        "(nid i'w chyhoeddi)."
    ),
    "exempt.costs_withheld": "eithriedig",
    "doc.not_for_publication": "NID I'W GYHOEDDI",
    # Section headings
    "h.purpose": "1 Diben yr adroddiad",
    "h.recommendations": "2 Argymhellion",
    "h.reasons": "3 Rhesymau dros yr argymhellion",
    "h.background": "4 Cefndir",
    "h.vision": "5 Gweledigaeth a chanlyniadau",
    "h.stakeholders": "6 Rhanddeiliaid ac ymgysylltu",
    "h.options": "7 Yr opsiynau a ystyriwyd",
    "h.consultation": "8 Ymgynghori",
    "h.risks": "9 Risgiau",
    "h.implications": "10 Goblygiadau",
    "h.next_steps": "11 Camau nesaf",
    "h.background_papers": "Papurau cefndir",
    "h.contact": "Swyddog cyswllt",
    "h.appendix_a": "Atodiad A: Cofrestr rhanddeiliaid",
    "h.appendix_b": "Atodiad B: Matrics sgorio llawn",
    "h.appendix_c": "Atodiad C: Costau oes gyfan",
    "h.appendix_d": "Rhan B — Gwybodaeth eithriedig, nid i'w chyhoeddi",
    # 1 Purpose
    "purpose.text": (
        "Mae'r adroddiad hwn yn gofyn i'r {committee} ystyried canlyniad y gweithdy ar "
        "{initiative}{held} a chytuno ar yr argymhellion yn adran 2."
    ),
    "purpose.held_on": " a gynhaliwyd ar {date}",
    "purpose.the_committee": "Pwyllgor",
    "purpose.the_initiative": "y fenter lle clyfar",
    # 2 Recommendations
    "rec.intro": "Gofynnir i'r {committee}:",
    "rec.none": "Nid oes unrhyw benderfyniadau y gofynnir amdanynt wedi'u cofnodi eto.",
    "rec.option": "Yr opsiwn a argymhellir yw {name}.",
    "rec.option_scored": (
        "Mae'n safle {rank} o {count} opsiwn ar y rhestr fer, gyda sgôr o {score}."
    ),
    "rec.no_option": "Nid oes opsiwn wedi'i argymell eto.",
    "rec.tied": (
        "Mae ei sgôr wedi'i phwysoli yn gyfartal â {others} ({score}); mae'r safle'n rhestru "
        "opsiynau cyfartal yn ôl enw, nad yw'n ffafriaeth."
    ),
    # 3 Reasons
    "reasons.none": "Nid oes unrhyw resymau wedi'u cofnodi eto.",
    "reasons.ranking": (
        "Yn erbyn y ffactorau llwyddiant allweddol wedi'u pwysoli, {top} sydd gyntaf gyda {score}."
    ),
    "reasons.tied": (
        "Mae'r sgôr honno'n gyfartal â {others}: mae'r rheol gyfartal yn rhestru opsiynau "
        "cyfartal yn ôl enw, felly rhennir y safle cyntaf."
    ),
    # 4 Background
    "background.none": "Nid oes datganiad o'r broblem wedi'i gofnodi eto.",
    # 5 Vision
    "h.vision_statement": "Datganiad gweledigaeth",
    "h.horizon": "Gorwel",
    "h.principles": "Egwyddorion arweiniol",
    "h.strategies": "Strategaethau'r cyngor y mae hyn yn eu gwasanaethu",
    "h.outcomes": "Canlyniadau",
    "h.maturity": "Aeddfedrwydd digidol",
    "vision.none": "Nid oes datganiad gweledigaeth wedi'i gofnodi eto.",
    "vision.horizon": "Mae'r weledigaeth yn edrych ymlaen at {year}.",
    "vision.no_horizon": "Nid oes blwyddyn gorwel wedi'i chofnodi eto.",
    "vision.no_principles": "Nid oes egwyddorion arweiniol wedi'u cofnodi eto.",
    "vision.no_strategies": "Nid oes strategaethau'r cyngor wedi'u cysylltu eto.",
    "vision.no_outcomes": "Nid oes canlyniadau wedi'u cofnodi eto.",
    "vision.no_maturity": "Nid oes hunanasesiad aeddfedrwydd digidol wedi'i gofnodi eto.",
    "col.strategy": "Strategaeth",
    "col.owner": "Perchennog",
    "col.alignment": "Sut mae'r fenter yn ei gwasanaethu",
    "col.outcome": "Canlyniad",
    "col.indicator": "Dangosydd",
    "col.baseline": "Llinell sylfaen",
    "col.target": "Targed",
    "col.by": "Erbyn",
    "col.strategies": "Strategaethau",
    "col.dimension": "Dimensiwn",
    "col.current": "Presennol",
    "col.target_level": "Targed",
    "col.note": "Nodyn",
    "chart.radar": (
        "Siart radar aeddfedrwydd digidol: lefelau presennol a tharged (1-5) ar gyfer {n} "
        "dimensiwn. {detail}"
    ),
    "chart.radar_item": "{dimension}: presennol {current}, targed {target}.",
    "chart.current": "Presennol",
    "chart.target": "Targed",
    # 6 Stakeholders
    "h.grid": "Pŵer a diddordeb",
    "h.engagement_gap": "Ymgysylltu heddiw a'r hyn sydd ei angen",
    "h.engagement_plan": "Cynllun ymgysylltu",
    "h.listening": "Dywedoch chi, gwnaethom ni",
    "stake.none": "Nid oes rhanddeiliaid wedi'u cofnodi eto.",
    "stake.summary": (
        "Mae {n} o randdeiliaid wedi'u cofnodi: {close} i'w rheoli'n agos, {satisfied} i'w "
        "cadw'n fodlon, {informed} i'w cadw'n wybodus a {monitor} i'w monitro."
    ),
    "stake.no_grid": "Nid oes unrhyw randdeiliad â sgôr pŵer a diddordeb eto.",
    "stake.public_grid": (
        "Mae'r fersiwn gyhoeddus hon yn rhoi'r grid fel cyfrifon; gadewir allan agwedd pob "
        "rhanddeiliad a'i le ar y grid."
    ),
    "stake.no_category": "Dim categori",
    "stake.all": "Pawb",
    "stake.no_gap": "Nid oes unrhyw randdeiliad â'r ddwy lefel ymgysylltu wedi'u cofnodi eto.",
    "stake.no_plan": "Nid oes camau ymgysylltu wedi'u cofnodi eto.",
    "stake.no_log": "Nid oes dim wedi'i gofnodi yn y log gwrando eto.",
    "quad.close": "Rheoli'n agos",
    "quad.satisfied": "Cadw'n fodlon",
    "quad.informed": "Cadw'n wybodus",
    "quad.monitor": "Monitro",
    "attitude.-2": "Rhwystrwr",
    "attitude.-1": "Amheuwr",
    "attitude.0": "Niwtral",
    "attitude.1": "Cefnogwr",
    "attitude.2": "Hyrwyddwr",
    "attitude.none": "Heb ei raddio",
    "chart.power": "Pŵer (dylanwad)",
    "chart.interest": "Diddordeb",
    "chart.grid": (
        "Grid pŵer a diddordeb {n} rhanddeiliad, wedi'i rannu ar 5 yn bedwar cwadrant; mae'r "
        "rhifau'n cyfeirio at y tabl isod, sy'n rhoi pŵer, diddordeb ac agwedd pob "
        "rhanddeiliad; mae siâp y marciwr yn dangos yr agwedd."
    ),
    "chart.grid_unnumbered": (
        "Grid pŵer a diddordeb {n} rhanddeiliad, wedi'i rannu ar 5 yn bedwar cwadrant; mae "
        "siâp y marciwr yn dangos yr agwedd (mae Atodiad A yn rhestru pawb). {detail}"
    ),
    "chart.grid_counts": (
        "Grid pŵer a diddordeb {n} rhanddeiliad, wedi'i rannu ar 5 yn bedwar cwadrant: nifer "
        "y rhanddeiliaid ym mhob cwadrant (mae'r tabl uchod yn eu rhoi yn ôl categori)."
    ),
    "chart.stakeholders": "rhanddeiliaid",
    "chart.grid_item": "{name}: pŵer {power}, diddordeb {interest}, {attitude}.",
    "chart.gap": (
        "Lefelau ymgysylltu ar sbectrwm IAP2 (hysbysu, ymgynghori, cynnwys, cydweithio, "
        "grymuso), heddiw a'r hyn sydd ei angen, ar gyfer {n} rhanddeiliad; mae angen lefel "
        "uwch na heddiw ar {short}."
    ),
    "chart.today": "Heddiw",
    "chart.needed": "Angen",
    "col.stakeholder": "Rhanddeiliad",
    "col.action": "Cam gweithredu",
    "col.stakeholders": "Rhanddeiliaid",
    "col.method": "Dull",
    "col.due": "Erbyn",
    "col.status": "Statws",
    "col.date": "Dyddiad",
    "col.source": "Ffynhonnell",
    "col.said": "Dywedoch chi",
    "col.did": "Gwnaethom ni",
    # 7 Options
    "h.long_list": "Rhestr hir",
    "h.short_list": "Rhestr fer",
    "h.criteria": "Ffactorau llwyddiant allweddol a'u pwysoliad",
    "h.ranking": "Sgoriau a safle",
    "h.sensitivity": "Sensitifrwydd y safle i'r pwysoliad",
    "options.none": "Nid oes opsiynau wedi'u cofnodi eto.",
    "options.no_short_list": "Nid oes opsiwn wedi'i roi ar y rhestr fer eto.",
    "options.short_list_intro": (
        "Rhoddwyd {n} opsiwn ar y rhestr fer a'u harfarnu yn erbyn y ffactorau llwyddiant "
        "allweddol."
    ),
    "options.no_criteria": "Nid oes ffactorau llwyddiant allweddol wedi'u cofnodi eto.",
    "options.no_ranking": "Ni ellir rhoi safle i unrhyw opsiwn ar y rhestr fer eto.",
    "options.no_sensitivity": "Nid oes dim i brofi ei sensitifrwydd eto.",
    "options.incomplete": " (heb ei sgorio'n llawn)",
    "options.tied": (
        "Cyfartal: mae gan {names} yr un sgôr wedi'i phwysoli ({score}). Mae'r rheol gyfartal "
        "yn eu rhestru yn ôl enw; nid yw'r drefn yn ffafriaeth."
    ),
    "options.bau": "Busnes fel arfer",
    "options.do_minimum": "Gwneud y lleiaf",
    "col.option": "Opsiwn",
    "col.delivery": "Model cyflawni",
    "col.route": "Llwybr caffael",
    "col.financing": "Ariannu",
    "col.shortlisted": "Ar y rhestr fer",
    "col.baseline_role": "Llinell sylfaen",
    "col.description": "Disgrifiad",
    "col.criterion": "Maen prawf",
    "col.weight": "Pwysoliad",
    "col.share": "Cyfran",
    "col.rank": "Safle",
    "col.score": "Sgôr wedi'i phwysoli",
    "col.complete": "Wedi'i sgorio'n llawn",
    "col.stays_top": "Yn aros ar y brig rhwng",
    "col.overtaken_below": "Goddiweddir islaw gan",
    "col.overtaken_above": "Goddiweddir uwchlaw gan",
    "sens.sentence_robust": (
        "Mae'r safle'n gadarn: mae {top} yn aros ar y brig beth bynnag yw'r gyfran o'r "
        "pwysoliad a roddir i unrhyw faen prawf unigol."
    ),
    "sens.sentence_above": (
        "Mae {top} yn aros ar y brig tra bo cyfran pob maen prawf o fewn yr ystodau isod. "
        "Mae'n fwyaf sensitif i {criterion}: y gyfran heddiw yw {share}; pe bai'n codi "
        "uwchlaw {at} ({points} pwynt canran i ffwrdd), {other} fyddai gyntaf."
    ),
    "sens.sentence_below": (
        "Mae {top} yn aros ar y brig tra bo cyfran pob maen prawf o fewn yr ystodau isod. "
        "Mae'n fwyaf sensitif i {criterion}: y gyfran heddiw yw {share}; pe bai'n disgyn "
        "islaw {at} ({points} pwynt canran i ffwrdd), {other} fyddai gyntaf."
    ),
    "sens.nobody": "-",
    "chart.ranking": (
        "Sgoriau wedi'u pwysoli {n} opsiwn ar y rhestr fer, y gorau yn gyntaf. {detail}"
    ),
    "chart.ranking_item": "{rank}. {name}: {score}.",
    "chart.score_axis": "Sgôr wedi'i phwysoli (%)",
    "chart.share_axis": "Cyfran o gyfanswm y pwysoliad (%)",
    "chart.sensitivity": (
        "Ar gyfer pob un o {n} maen prawf, mae bar yn dangos yr ystod o'i gyfran o gyfanswm y "
        "pwysoliad lle mae {top} yn aros ar y brig; mae'r diemwnt yn nodi'r gyfran heddiw. "
        "{detail}"
    ),
    "chart.sensitivity_item": "{name}: heddiw {share}, yn aros ar y brig o {low} i {high}.",
    "chart.range": "Yr opsiwn uchaf yn aros ar y brig",
    "chart.today_share": "Y gyfran heddiw",
    "h.not_taken_forward": "Opsiynau na chânt eu datblygu ymhellach",
    "options.not_taken_intro": (
        "Pam na roddwyd pob opsiwn ar y rhestr hir ar y rhestr fer neu, ar ôl ei roi ar y "
        "rhestr fer, pam nad yw'n cael ei argymell."
    ),
    "options.no_reason": "Ni chofnodwyd rheswm.",
    "col.why_not": "Pam na chaiff ei ddatblygu",
    # 8 Consultation
    "consult.none": (
        "Nid oes unrhyw gamau ymgysylltu nac eitemau yn y log gwrando wedi'u cofnodi eto."
    ),
    "consult.plan": (
        "Mae gan y cynllun ymgysylltu {n} o gamau gweithredu: {done} wedi'u cwblhau, "
        "{planned} wedi'u cynllunio a {cancelled} wedi'u canslo."
    ),
    "consult.methods": "Dulliau: {methods}.",
    "consult.reached": "Y rhai yr ymgysylltwyd â nhw: {groups}.",
    "consult.log": (
        "Mae'r log gwrando yn cofnodi {n} o bethau a ddywedodd pobl: gweithredwyd ar {acted}, "
        "gwrthodwyd {declined} ac mae {open} yn dal ar agor. Mae adran 6 yn rhoi pob un gydag "
        "ymateb y cyngor."
    ),
    "consult.group": "{label} ({n})",
    # 8 Consultation: in the room (participants and vote rounds)
    "h.participants": "Pwy gymerodd ran yn y gweithdy",
    "h.votes": "Pleidleisiau yn yr ystafell",
    "room.people": "Cymerodd un person ran.|Cymerodd {n} o bobl ran.",
    "room.types": "Daethant o'r mathau hyn o sefydliad: {types}.",
    "room.tables": (
        "Pleidleisiodd un bwrdd trafod fel un.|Pleidleisiodd {n} o fyrddau trafod, pob un fel un."
    ),
    "room.phones": "Ymunodd un ffôn i bleidleisio.|Ymunodd {n} o ffonau i bleidleisio.",
    "room.groups": "Grwpiau trafod: {groups}.",
    "room.absent": "Gwahoddwyd un arall ond ni ddaeth.|Gwahoddwyd {n} arall ond ni ddaethant.",
    "room.round_dots": (
        "“{title}”: roedd gan bob pleidleisiwr {budget} dot i'w gosod ar y {subject}, sawl un "
        "ar un os dymunai."
    ),
    "room.round_points": "“{title}”: rhannodd pob pleidleisiwr {budget} pwynt rhwng y {subject}.",
    "room.subject.options": "opsiynau ar y rhestr fer",
    "room.subject.criteria": "ffactorau llwyddiant allweddol",
    "room.subject.outcomes": "canlyniadau",
    "room.open": "Mae'r rownd hon yn dal ar agor: mae'r canlyniadau fel y maent ar hyn o bryd.",
    "room.no_votes": "Nid oes neb wedi pleidleisio yn y rownd hon eto.",
    "room.took_part": (
        "Cymerodd un pleidleisiwr ran, gan roi {total} {unit}.|Cymerodd {n} o bleidleiswyr "
        "ran, gan roi {total} {unit} i gyd."
    ),
    "room.leader": "Aeth y nifer fwyaf o {unit} i {names}.",
    "room.tie": "Roedd {names} yn gyfartal am y nifer fwyaf o {unit}.",
    "room.applied": (
        "Pwysoliad y ffactorau llwyddiant allweddol a ddefnyddir yn adran 7 yw cyfrannau'r "
        "pwyntiau a roddodd y rownd hon."
    ),
    "room.not_applied": (
        "Ni chymhwyswyd y rownd hon at y pwysoliad: mae adran 7 yn defnyddio'r pwysoliad a "
        "osododd y gweithdy."
    ),
    "room.dots": "dot",
    "room.points": "pwynt",
    "h.appendix_participants": "Atodiad D: Cyfranogwyr y gweithdy",
    "room.appendix_note": (
        "Data personol: mae'r atodiad hwn yn y fersiwn lawn yn unig; mae'r fersiwn gyhoeddus "
        "yn cyfrif cyfranogwyr yn ôl math o sefydliad a grŵp."
    ),
    "col.organisation_only": "Sefydliad",
    "col.role": "Rôl",
    "col.type": "Math",
    "col.group": "Grŵp",
    "col.attended": "Yn bresennol",
    "room.yes": "Ie",
    "room.no": "Na",
    "col.choice": "Dewis",
    "col.dots": "Dotiau",
    "col.points": "Pwyntiau",
    "col.voters": "Pleidleiswyr",
    "chart.votes": "Canlyniadau “{title}”, y nifer fwyaf o {unit} yn gyntaf. {detail}",
    "chart.votes_item": "{rank}. {name}: {total} ({share}).",
    # 8 Risks
    "h.risk_register": "Cofrestr risg",
    "h.heat_map": "Map gwres risg",
    "risks.none": "Nid oes risgiau wedi'u cofnodi eto.",
    "risks.unrated": "Nid yw {n} o risgiau wedi'u graddio eto ac nid ydynt ar y map gwres.",
    "col.risk": "Risg",
    "col.likelihood": "T",
    "col.impact": "E",
    "col.rating": "Sgôr",
    "col.mitigation": "Lliniaru",
    "col.applies_to": "Opsiwn",
    "col.all_options": "Pob un",
    "chart.likelihood": "Tebygolrwydd",
    "chart.impact": "Effaith",
    "chart.heat": (
        "Map gwres risg: nifer y risgiau ar bob lefel tebygolrwydd (1-5, ar draws) ac effaith "
        "(1-5, i fyny). {n} o risgiau wedi'u graddio; {high} â sgôr o 15 neu fwy. {detail}"
    ),
    "chart.heat_item": "{count} ar debygolrwydd {likelihood}, effaith {impact}.",
    # 9 Implications
    "imp.financial": "Goblygiadau ariannol",
    "imp.s151_officer": "Sylwadau'r prif swyddog cyllid (swyddog adran 151)",
    "imp.s151_officer_scotland": "Sylwadau'r prif swyddog ariannol (swyddog adran 95)",
    "imp.s151_officer_northern_ireland": "Sylwadau'r prif swyddog ariannol",
    "imp.legal": "Goblygiadau cyfreithiol",
    "imp.monitoring_officer": "Sylwadau'r swyddog monitro",
    "imp.procurement": "Nodiadau caffael ac ariannu",
    "imp.equality": "Goblygiadau cydraddoldeb",
    "imp.equality_northern_ireland": (
        "Goblygiadau cydraddoldeb (adran 75 o Ddeddf Gogledd Iwerddon 1998)"
    ),
    "imp.socio_economic_wales": "Dyletswydd economaidd-gymdeithasol",
    "imp.socio_economic_scotland": "Dyletswydd Fairer Scotland",
    "imp.human_rights": "Goblygiadau hawliau dynol",
    "imp.climate": "Goblygiadau newid hinsawdd ac amgylcheddol",
    "imp.data_protection": "Goblygiadau diogelu data",
    "imp.subsidy_control": "Goblygiadau rheoli cymorthdaliadau",
    "imp.subsidy_control_northern_ireland": (
        "Goblygiadau rheoli cymorthdaliadau a chymorth gwladwriaethol"
    ),
    "imp.welsh_language": "Goblygiadau o ran y Gymraeg",
    "imp.wellbeing": "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015",
    "imp.none": "Dim wedi'i gofnodi.",
    # The nation is given in brackets: "yn {nation}" would need a mutation per nation.
    "imp.procurement_intro": (
        "Mae'r nodiadau hyn yn crynhoi'r gyfraith ar gyfer cyngor ({nation}; gwiriwyd: "
        "{checked}), gyda ffynhonnell pob un. Nid cyngor cyfreithiol ydynt: rhaid i dimau "
        "cyfreithiol a chaffael y cyngor eu cadarnhau cyn cyhoeddi'r adroddiad."
    ),
    "imp.note_source": "{text} (Ffynhonnell: {source}.)",
    "imp.note_unverified": (
        "{text} (Heb ei wirio: ni chafwyd hyd i ffynhonnell gyhoeddedig; gwiriwch hyn.)"
    ),
    "nation.england": "Lloegr",
    "nation.wales": "Cymru",
    "nation.scotland": "yr Alban",
    "nation.northern_ireland": "Gogledd Iwerddon",
    # The duties each nation's law puts on the decision (docs/legal-notes.md)
    "duty.equality": (
        "Dyletswydd Cydraddoldeb y Sector Cyhoeddus (adran 149 o Ddeddf Cydraddoldeb 2010): "
        "wrth wneud y penderfyniad hwn rhaid i'r cyngor roi sylw dyledus i'r angen i ddileu "
        "gwahaniaethu, aflonyddu ac erledigaeth, i hyrwyddo cyfle cyfartal ac i feithrin "
        "cysylltiadau da rhwng pobl sy'n rhannu nodwedd warchodedig a'r rhai nad ydynt yn ei "
        "rhannu."
    ),
    "duty.equality_northern_ireland": (
        "Adran 75 o Ddeddf Gogledd Iwerddon 1998: wrth gyflawni ei swyddogaethau rhaid i'r "
        "cyngor roi sylw dyledus i'r angen i hyrwyddo cyfle cyfartal rhwng personau o wahanol "
        "gred grefyddol, barn wleidyddol, grŵp hiliol, oedran, statws priodasol neu "
        "gyfeiriadedd rhywiol, rhwng dynion a menywod yn gyffredinol, rhwng personau ag "
        "anabledd a phersonau heb anabledd, a rhwng personau â dibynyddion a phersonau heb "
        "ddibynyddion; a sylw i ba mor ddymunol yw hyrwyddo cysylltiadau da rhwng personau o "
        "wahanol gred grefyddol, barn wleidyddol neu grŵp hiliol."
    ),
    "duty.socio_economic_wales": (
        "Adran 1 o Ddeddf Cydraddoldeb 2010, mewn grym yng Nghymru ers 31 Mawrth 2021: wrth "
        "wneud penderfyniad strategol rhaid i'r cyngor roi sylw dyledus i ba mor ddymunol yw "
        "arfer ei swyddogaethau mewn ffordd sydd wedi'i chynllunio i leihau'r "
        "anghydraddoldebau canlyniadau sy'n deillio o anfantais economaidd-gymdeithasol."
    ),
    "duty.socio_economic_scotland": (
        "Rhan 1 o Ddeddf Cydraddoldeb 2010, mewn grym yn yr Alban ers Ebrill 2018 fel "
        "Dyletswydd Fairer Scotland: wrth wneud penderfyniad strategol rhaid i'r cyngor roi "
        "sylw dyledus i ba mor ddymunol yw arfer ei swyddogaethau mewn ffordd sydd wedi'i "
        "chynllunio i leihau'r anghydraddoldebau canlyniadau sy'n deillio o anfantais "
        "economaidd-gymdeithasol."
    ),
    "duty.human_rights": (
        "Deddf Hawliau Dynol 1998: rhaid i'r cyngor beidio â gweithredu mewn ffordd sy'n "
        "anghydnaws â hawliau'r Confensiwn Ewropeaidd ar Hawliau Dynol (adran 6). Gall "
        "synwyryddion, camerâu a data a rennir effeithio ar yr hawl i barch at fywyd preifat "
        "(Erthygl 8)."
    ),
    "duty.welsh_language": (
        "Rheoliadau Safonau'r Gymraeg (Rhif 1) 2015: rhaid i'r cyngor ystyried effeithiau'r "
        "penderfyniad hwn, boed yn gadarnhaol neu'n andwyol, ar gyfleoedd i bobl ddefnyddio'r "
        "Gymraeg ac ar beidio â thrin y Gymraeg yn llai ffafriol na'r Saesneg."
    ),
    "duty.wellbeing": (
        "Deddf Llesiant Cenedlaethau'r Dyfodol (Cymru) 2015: sut mae'r cynnig yn cyfrannu at "
        "y saith nod llesiant, a sut mae'n dilyn pum ffordd o weithio'r egwyddor datblygu "
        "cynaliadwy (hirdymor, atal, integreiddio, cydweithio a chynnwys)."
    ),
    # 10 Next steps and background papers
    "next.none": "Nid oes camau nesaf wedi'u cofnodi eto.",
    "papers.none": "Nid oes papurau cefndir wedi'u rhestru.",
    "papers.inspect": (
        "Gellir archwilio'r papurau cefndir drwy drefniant â'r swyddog cyswllt a enwir isod."
    ),
    "papers.inspect_author": (
        "Gellir archwilio'r papurau cefndir drwy drefniant ag awdur yr adroddiad, {author}."
    ),
    "papers.inspect_council": "Gellir archwilio'r papurau cefndir drwy drefniant â'r cyngor.",
    # Contact officer (an official contact: published in both versions)
    "contact.none": "Nid oes swyddog cyswllt wedi'i gofnodi eto.",
    "contact.name": "Enw",
    "contact.title": "Teitl swydd",
    "contact.email": "E-bost",
    "contact.phone": "Ffôn",
    # Appendices
    "appx.no_stakeholders": "Nid oes rhanddeiliaid wedi'u cofnodi eto.",
    "appx.no_matrix": "Nid oes opsiynau ar y rhestr fer na meini prawf i'w dangos eto.",
    "appx.no_costs": "Nid oes opsiynau wedi'u cofnodi eto.",
    "appx.costs_intro": (
        "Cost bresennol net (NPC), gwerth presennol buddion (PVB) a gwerth presennol "
        "cymdeithasol net (NPSV = PVB - NPC) dros {years} mlynedd. Mae pob ffigur ym mhrisiau "
        "heddiw (prisiau real). Buddion yw arbedion ac incwm ariannol ynghyd â buddion "
        "anariannol (cymdeithasol) wedi'u mynegi mewn arian; mae gogwydd optimistiaeth yn "
        "codi costau, byth buddion."
    ),
    "appx.discount_schedule": (
        "Mae'r disgowntio'n dilyn amserlen Llyfr Gwyrdd Trysorlys EF: 3.5 % y flwyddyn ar "
        "gyfer blynyddoedd 1 i 30 a 3.0 % o flwyddyn 31 (Trysorlys EF, Y Llyfr Gwyrdd a'i "
        "ganllawiau disgowntio)."
    ),
    "appx.discount_flat": (
        "Mae'r disgowntio'n defnyddio cyfradd unffurf y gweithdy o {rate} % y flwyddyn ar "
        "gyfer pob blwyddyn, nid amserlen y Llyfr Gwyrdd (3.5 % ar gyfer blynyddoedd 1 i 30, "
        "3.0 % o flwyddyn 31), sy'n berthnasol dim ond pan fo'r gyfradd yn 3.5 %."
    ),
    "appx.optimism_guidance": (
        "Mae gogwydd optimistiaeth yn cywiro tuedd arfarniadau i danamcangyfrif costau. Fe'i "
        "rhoddir ar wahân ar gyfer costau cyfalaf a chostau gweithredu; mae ffigur gweithredu "
        "gwag yn golygu'r ffigur cyfalaf. Mae canllawiau atodol y Llyfr Gwyrdd ar ogwydd "
        "optimistiaeth yn rhoi terfynau uchaf ar wahân ar gyfer costau cyfalaf a gweithredu "
        "yn ôl y math o brosiect (er enghraifft hyd at 200 % ar gyfalaf ar gyfer prosiectau "
        "offer a datblygu, a hyd at 41 % ar gostau gweithredu ar gyfer allanoli), i'w lleihau "
        "wrth i risgiau gael eu rheoli; mae SmartDesk yn derbyn 0 % i 200 %. Ffigurau'r "
        "gweithdy ei hun a ddefnyddir, a dylid eu gwirio yn erbyn y canllawiau hynny "
        "(Trysorlys EF, canllawiau atodol y Llyfr Gwyrdd: gogwydd optimistiaeth)."
    ),
    "appx.costs_missing": "Ni chofnodwyd y ffigurau a nodir â * ac maent yn cyfrif fel 0.",
    "appx.npsv_heading": "Gwerth presennol cymdeithasol net",
    "appx.npsv_no_do_minimum": (
        "Nid oes opsiwn wedi'i nodi fel yr opsiwn gwneud y lleiaf, felly ni ddangosir NPSV "
        "o'i gymharu ag ef."
    ),
    "appx.npsv_do_minimum_exempt": (
        "Mae'r opsiwn gwneud y lleiaf yn eithriedig, felly mae NPSV pob opsiwn o'i gymharu ag "
        "ef wedi'i ddal yn ôl."
    ),
    "appx.switching_heading": "Gwerthoedd newid",
    "appx.switching": (
        "Ar gyfer {option}, {who}, mae'r NPSV yn disgyn i sero os yw ei gost oes gyfan yn "
        "codi {costs} neu os yw ei fuddion yn gostwng {benefits} (Llyfr Gwyrdd 5.59-5.61)."
    ),
    "appx.switching_costs_only": (
        "Ar gyfer {option}, {who}, mae'r NPSV yn disgyn i sero os yw ei gost oes gyfan yn "
        "codi {costs} (Llyfr Gwyrdd 5.59-5.61)."
    ),
    "appx.switching_benefits_only": (
        "Ar gyfer {option}, {who}, mae'r NPSV yn disgyn i sero os yw ei fuddion yn gostwng "
        "{benefits} (Llyfr Gwyrdd 5.59-5.61)."
    ),
    "appx.switching_none": (
        "Nid oes gan {option}, {who}, werthoedd newid: nid yw ei NPSV yn uwch na sero, felly "
        "nid oes angen cynnydd mewn cost na gostyngiad mewn buddion i'w wneud yn sero."
    ),
    "appx.switching_exempt": (
        "Mae gwerthoedd newid {option}, {who}, yn deillio o'i gostau ac maent wedi'u dal yn "
        "ôl gyda nhw."
    ),
    "appx.switching_not_shortlisted": (
        "Dim gwerthoedd newid: nid yw'r opsiwn a argymhellir ar y rhestr fer."
    ),
    "appx.who_recommended": "yr opsiwn a argymhellir",
    "appx.who_top": "yr opsiwn uchaf ei safle (nid oes opsiwn wedi'i argymell eto)",
    "appx.exempt_intro": (
        "Nid i'w chyhoeddi yn rhinwedd {law}. Mae Rhan B yn cynnwys yr eitemau a nodwyd yn "
        "gyfrinachol yn y gweithdy; mae corff yr adroddiad yn cyfeirio at bob un wrth y label "
        "a ddangosir yma, gyda'r paragraff y mae'n dod oddi tano."
    ),
    "appx.exempt_items": "Eitemau eithriedig a'r paragraffau y maent yn dod oddi tanynt",
    "appx.exempt_log": "Eitemau eithriedig yn y log gwrando",
    "appx.exempt_rationale": "Rhesymau dros yr opsiwn a argymhellir",
    "appx.exempt_scores": "Rhesymeg sgorio'r opsiynau eithriedig",
    "appx.exempt_strategies": "Strategaethau eithriedig",
    "appx.exempt_options": "Opsiynau eithriedig",
    "appx.exempt_rejections": "Pam na ddatblygwyd opsiynau eithriedig ymhellach",
    "appx.exempt_risks": "Risgiau eithriedig",
    "appx.exempt_stakeholders": "Rhanddeiliaid eithriedig",
    "appx.exempt_end": "Diwedd yr atodiad eithriedig.",
    "appx.criterion_ref": "M{n}",
    "appx.matrix_intro": (
        "Mae'r sgoriau'n rhedeg o 0 i 5. Mae colofnau'r matrics wedi'u penodi â "
        "chyfeirnodau'r meini prawf yn yr allwedd hon."
    ),
    "col.ref": "Cyf.",
    "col.number": "Rhif",
    "col.quadrant": "Cwadrant",
    "appx.rationales": "Rhesymeg sgorio",
    "col.name": "Enw",
    "col.organisation": "Sefydliad a rôl",
    "col.category": "Categori",
    "col.power_interest": "Pŵer / diddordeb",
    "col.attitude": "Agwedd",
    "col.engagement": "Ymgysylltu heddiw / angen",
    "col.contact": "Cyswllt",
    "col.capital": "Cyfalaf",
    "col.annual_cost": "Cost flynyddol",
    "col.annual_benefit": "Budd blynyddol",
    "col.npc": "NPC",
    "col.npsv": "NPSV",
    "col.pv_benefits": "PVB",
    "col.social_benefit": "Budd cymdeithasol y flwyddyn",
    "col.optimism_capital": "Gogwydd optimistiaeth, cyfalaf",
    "col.optimism_operating": "Gogwydd optimistiaeth, gweithredu",
    "col.npsv_vs_do_minimum": "NPSV o'i gymharu â gwneud y lleiaf",
    "col.kind": "Math",
    "col.item": "Eitem",
    "kind.strategy": "Strategaeth",
    "kind.option": "Opsiwn",
    "kind.risk": "Risg",
    "kind.stakeholder": "Rhanddeiliad",
    "kind.listening_log": "Eitem yn y log gwrando",
    # The enumerations' labels the pack prints
    "enum.Language.en": "Saesneg",
    "enum.Language.cy": "Cymraeg",
    "enum.StakeholderCategory.council": "Cyngor",
    "enum.StakeholderCategory.elected_member": "Aelod etholedig",
    "enum.StakeholderCategory.resident": "Preswylydd",
    "enum.StakeholderCategory.community_group": "Grŵp cymunedol",
    "enum.StakeholderCategory.business": "Busnes",
    "enum.StakeholderCategory.public_sector": "Sector cyhoeddus",
    "enum.StakeholderCategory.supplier": "Cyflenwr",
    "enum.StakeholderCategory.academic": "Academaidd",
    "enum.StakeholderCategory.other": "Arall",
    "enum.EngagementLevel.inform": "Hysbysu",
    "enum.EngagementLevel.consult": "Ymgynghori",
    "enum.EngagementLevel.involve": "Cynnwys",
    "enum.EngagementLevel.collaborate": "Cydweithio",
    "enum.EngagementLevel.empower": "Grymuso",
    "enum.ActionStatus.planned": "Wedi'i gynllunio",
    "enum.ActionStatus.done": "Wedi'i wneud",
    "enum.ActionStatus.cancelled": "Wedi'i ganslo",
    "enum.ListeningStatus.open": "Ar agor",
    "enum.ListeningStatus.acted": "Gweithredwyd",
    "enum.ListeningStatus.declined": "Gwrthodwyd",
    "enum.DeliveryModel.in_house": "Yn fewnol",
    "enum.DeliveryModel.outsourced": "Ar gontract allanol",
    "enum.DeliveryModel.partnership": "Partneriaeth",
    "enum.DeliveryModel.shared_service": "Gwasanaeth a rennir",
    "enum.DeliveryModel.joint_venture": "Menter ar y cyd",
    "enum.DeliveryModel.concession": "Consesiwn",
    "enum.DeliveryModel.other": "Arall",
    "enum.ProcurementRoute.none": "Dim (yn fewnol)",
    "enum.ProcurementRoute.open_procedure": "Gweithdrefn agored",
    "enum.ProcurementRoute.competitive_flexible": "Gweithdrefn hyblyg gystadleuol",
    "enum.ProcurementRoute.framework_call_off": "Galw i ffwrdd o fframwaith",
    "enum.ProcurementRoute.dynamic_market": "Marchnad ddeinamig",
    "enum.ProcurementRoute.direct_award": "Dyfarniad uniongyrchol",
    "enum.ProcurementRoute.pre_commercial": "Caffael cyn-fasnachol",
    "enum.ProcurementRoute.restricted_procedure": "Gweithdrefn gyfyngedig",
    "enum.ProcurementRoute.competitive_dialogue": "Deialog gystadleuol",
    "enum.ProcurementRoute.competitive_negotiation": "Gweithdrefn gystadleuol â negodi",
    "enum.ProcurementRoute.innovation_partnership": "Partneriaeth arloesi",
    "enum.ProcurementRoute.other": "Arall",
    "enum.Financing.capital": "Cyfalaf",
    "enum.Financing.grant": "Grant",
    "enum.Financing.prudential_borrowing": "Benthyca darbodus",
    "enum.Financing.invest_to_save": "Buddsoddi i arbed",
    "enum.Financing.outcome_based": "Yn seiliedig ar ganlyniadau",
    "enum.Financing.revenue_share": "Rhannu refeniw",
    "enum.Financing.private_finance": "Cyllid preifat",
    "enum.Financing.other": "Arall",
    "enum.ParticipantKind.person": "Person",
    "enum.ParticipantKind.table": "Bwrdd",
    "enum.ParticipantKind.phone": "Ffôn",
    "enum.Nation.england": "Lloegr",
    "enum.Nation.wales": "Cymru",
    "enum.Nation.scotland": "Yr Alban",
    "enum.Nation.northern_ireland": "Gogledd Iwerddon",
    "enum.WorkshopStatus.draft": "Drafft",
    "enum.WorkshopStatus.final": "Terfynol",
    "enum.AgendaStage.vision": "Gweledigaeth",
    "enum.AgendaStage.stakeholders": "Rhanddeiliaid",
    "enum.AgendaStage.options": "Opsiynau",
    "enum.AgendaStage.briefing": "Briffio",
    "enum.AgendaStage.other": "Arall",
    "enum.VoteSubject.options": "Opsiynau",
    "enum.VoteSubject.criteria": "Meini prawf",
    "enum.VoteSubject.outcomes": "Canlyniadau",
    "enum.VoteMethod.dots": "Dotiau",
    "enum.VoteMethod.points": "Pwyntiau",
    "enum.RoundStatus.open": "Ar agor",
    "enum.RoundStatus.closed": "Ar gau",
}

# Entries a Welsh speaker should check before the Welsh catalogue is called finished:
# legal wording (the duties), coined appraisal terms, and mutations after placeholders.
TO_CHECK: tuple[str, ...] = (
    "h.not_taken_forward",
    "col.why_not",
    "imp.socio_economic_scotland",  # the duty's English name is kept
    "imp.subsidy_control_northern_ireland",
    "duty.equality",
    "duty.socio_economic_wales",
    "duty.human_rights",
    "duty.welsh_language",
    "duty.wellbeing",
    "appx.costs_intro",  # "{years} mlynedd": the form after a numeral varies
    "appx.optimism_guidance",
    "appx.switching_heading",  # "switching values": no established Welsh term found
    "appx.switching",
    "appx.switching_none",
    "col.npsv_vs_do_minimum",
    "sens.sentence_above",
    "sens.sentence_below",
    "options.tied",
)

# The workbook (export --xlsx) in Welsh: its sheet titles, column heads and parts, by the
# English word the workbook would use (sheet titles at most 31 characters, as Excel allows).
WORKBOOK: dict[str, str] = {
    # Sheets and the first sheet's parts
    "Workshop": "Gweithdy",
    "Part": "Rhan",
    "Field": "Maes",
    "Value": "Gwerth",
    "Letter": "Llythyren",
    "ID": "ID",
    "Vision": "Gweledigaeth",
    "Recommendation": "Argymhelliad",
    "Implications": "Goblygiadau",
    "Strategies": "Strategaethau",
    "Outcomes": "Canlyniadau",
    "Digital maturity": "Aeddfedrwydd digidol",
    "Stakeholders": "Rhanddeiliaid",
    "Relationships": "Perthnasoedd",
    "Engagement plan": "Cynllun ymgysylltu",
    "Listening log": "Log gwrando",
    "Criteria": "Meini prawf",
    "Options": "Opsiynau",
    "Scores": "Sgoriau",
    "Risks": "Risgiau",
    "Next steps": "Camau nesaf",
    "Participants": "Cyfranogwyr",
    "Agenda": "Agenda",
    "Vote rounds": "Rowndiau pleidleisio",
    "Votes": "Pleidleisiau",
    # Column heads
    "Title": "Teitl",
    "Council": "Cyngor",
    "Initiative": "Menter",
    "Facilitator": "Hwylusydd",
    "Date": "Dyddiad",
    "Language": "Iaith",
    "Nation": "Gwlad",
    "Committee": "Pwyllgor",
    "Meeting date": "Dyddiad y cyfarfod",
    "Report author": "Awdur yr adroddiad",
    "Report reference": "Cyfeirnod yr adroddiad",
    "Portfolio holder": "Aelod Cabinet",
    "Wards affected": "Wardiau yr effeithir arnynt",
    "Key decision": "Penderfyniad allweddol",
    "Status": "Statws",
    "Background papers": "Papurau cefndir",
    "Appraisal years": "Blynyddoedd arfarnu",
    "Discount rate (%)": "Cyfradd ddisgownt (%)",
    "Contact officer": "Swyddog cyswllt",
    "Contact title": "Teitl swydd y swyddog cyswllt",
    "Contact email": "E-bost y swyddog cyswllt",
    "Contact phone": "Ffôn y swyddog cyswllt",
    "Problem": "Problem",
    "Statement": "Datganiad",
    "Horizon year": "Blwyddyn gorwel",
    "Principles": "Egwyddorion",
    "Option": "Opsiwn",
    "Rationale": "Rhesymeg",
    "Decisions sought": "Penderfyniadau y gofynnir amdanynt",
    "Financial": "Ariannol",
    "Legal": "Cyfreithiol",
    "Equality": "Cydraddoldeb",
    "Climate": "Hinsawdd",
    "Data protection": "Diogelu data",
    "Subsidy control": "Rheoli cymorthdaliadau",
    "Welsh language": "Y Gymraeg",
    "Wellbeing": "Llesiant",
    "Human rights": "Hawliau dynol",
    "Socio economic": "Economaidd-gymdeithasol",
    "Consultation": "Ymgynghori",
    "S151 officer": "Swyddog adran 151",
    "Monitoring officer": "Swyddog monitro",
    "Owner": "Perchennog",
    "Alignment": "Cysondeb",
    "Confidential": "Cyfrinachol",
    "Exempt paragraph": "Paragraff eithriedig",
    "Indicator": "Dangosydd",
    "Unit": "Uned",
    "Baseline": "Llinell sylfaen",
    "Target": "Targed",
    "Target date": "Dyddiad targed",
    "Dimension": "Dimensiwn",
    "Current": "Presennol",
    "Note": "Nodyn",
    "Name": "Enw",
    "Organisation": "Sefydliad",
    "Role": "Rôl",
    "Category": "Categori",
    "Email": "E-bost",
    "Phone": "Ffôn",
    "Power": "Pŵer",
    "Interest": "Diddordeb",
    "Attitude": "Agwedd",
    "Engagement current": "Ymgysylltu presennol",
    "Engagement needed": "Ymgysylltu sydd ei angen",
    "Notes": "Nodiadau",
    "From": "O",
    "To": "At",
    "Kind": "Math",
    "Strength": "Cryfder",
    "Action": "Cam gweithredu",
    "Method": "Dull",
    "Due": "Erbyn",
    "Source": "Ffynhonnell",
    "Stakeholder": "Rhanddeiliad",
    "Said": "Dywedwyd",
    "Response": "Ymateb",
    "Description": "Disgrifiad",
    "Weight": "Pwysoliad",
    "Delivery model": "Model cyflawni",
    "Procurement route": "Llwybr caffael",
    "Financing": "Ariannu",
    "Capital cost": "Cost gyfalaf",
    "Annual cost": "Cost flynyddol",
    "Annual benefit": "Budd blynyddol",
    "Optimism bias (%)": "Gogwydd optimistiaeth (%)",
    "Shortlisted": "Ar y rhestr fer",
    "Do minimum": "Gwneud y lleiaf",
    "Bau": "Busnes fel arfer",
    "Rejection reason": "Rheswm dros wrthod",
    "Annual social benefit": "Budd cymdeithasol blynyddol",
    "Optimism bias operating (%)": "Gogwydd optimistiaeth, gweithredu (%)",
    "Criterion": "Maen prawf",
    "Score": "Sgôr",
    "Likelihood": "Tebygolrwydd",
    "Impact": "Effaith",
    "Mitigation": "Lliniaru",
    "Group": "Grŵp",
    "Attended": "Yn bresennol",
    "Stage": "Cam",
    "Minutes": "Munudau",
    "Lead": "Arweinydd",
    "Subject": "Pwnc",
    "Budget": "Cyllideb",
    "Round": "Rownd",
    "Participant": "Cyfranogwr",
    "Points": "Pwyntiau",
}

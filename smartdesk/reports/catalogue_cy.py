"""The pack's Welsh strings: so far those added for issue 16 (consultation, implications
and the duties, the contact officer, options not taken forward, the appraisal's NPSV,
discounting, optimism bias, switching values and most-sensitive sentences).

Same keys and placeholders as :data:`smartdesk.reports.catalogue.ENGLISH`; a key missing
here falls back to English, so a Welsh workshop's pack is English apart from these
(and is labelled English until every key is here). The terms follow Welsh councils'
committee reports (Goblygiadau ariannol, Sylwadau'r swyddog monitro ...). The Green
Book's abbreviations (NPC, PVB, NPSV) are kept, as Welsh Government appraisals keep
them. Entries in :data:`TO_CHECK` were written without a Welsh speaker's review: a
translator should check them before the catalogue is called finished.
"""

from __future__ import annotations

WELSH: dict[str, str] = {
    # Section headings
    "h.consultation": "8 Ymgynghori",
    "h.implications": "10 Goblygiadau",
    "h.contact": "Swyddog cyswllt",
    "h.not_taken_forward": "Opsiynau na chânt eu datblygu ymhellach",
    "cover.contact": "Swyddog cyswllt",
    # Options not taken forward
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
        "Mae'r log gwrando yn cofnodi {n} o bethau a ddywedodd pobl: gweithredwyd ar "
        "{acted}, gwrthodwyd {declined} ac mae {open} yn dal ar agor. Mae adran 6 yn rhoi "
        "pob un gydag ymateb y cyngor."
    ),
    # 10 Implications
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
        "{checked}), gyda ffynhonnell pob un. Nid cyngor cyfreithiol ydynt: rhaid i "
        "dimau cyfreithiol a chaffael y cyngor eu cadarnhau cyn cyhoeddi'r adroddiad."
    ),
    "imp.note_source": "{text} (Ffynhonnell: {source}.)",
    "imp.note_unverified": (
        "{text} (Heb ei wirio: ni chafwyd hyd i ffynhonnell gyhoeddedig; gwiriwch hyn.)"
    ),
    "nation.england": "Lloegr",
    "nation.wales": "Cymru",
    "nation.scotland": "yr Alban",
    "nation.northern_ireland": "Gogledd Iwerddon",
    "duty.equality": (
        "Dyletswydd Cydraddoldeb y Sector Cyhoeddus (adran 149 o Ddeddf Cydraddoldeb "
        "2010): wrth wneud y penderfyniad hwn rhaid i'r cyngor roi sylw dyledus i'r angen "
        "i ddileu gwahaniaethu, aflonyddu ac erledigaeth, i hyrwyddo cyfle cyfartal ac i "
        "feithrin cysylltiadau da rhwng pobl sy'n rhannu nodwedd warchodedig a'r rhai nad "
        "ydynt yn ei rhannu."
    ),
    "duty.socio_economic_wales": (
        "Adran 1 o Ddeddf Cydraddoldeb 2010, mewn grym yng Nghymru ers 31 Mawrth 2021: wrth "
        "wneud penderfyniad strategol rhaid i'r cyngor roi sylw dyledus i ba mor ddymunol "
        "yw arfer ei swyddogaethau mewn ffordd sydd wedi'i chynllunio i leihau'r "
        "anghydraddoldebau canlyniadau sy'n deillio o anfantais economaidd-gymdeithasol."
    ),
    "duty.human_rights": (
        "Deddf Hawliau Dynol 1998: rhaid i'r cyngor beidio â gweithredu mewn ffordd sy'n "
        "anghydnaws â hawliau'r Confensiwn Ewropeaidd ar Hawliau Dynol (adran 6). Gall "
        "synwyryddion, camerâu a data a rennir effeithio ar yr hawl i barch at fywyd "
        "preifat (Erthygl 8)."
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
    # Background papers and the contact officer
    "papers.inspect": (
        "Gellir archwilio'r papurau cefndir drwy drefniant â'r swyddog cyswllt a enwir isod."
    ),
    "papers.inspect_author": (
        "Gellir archwilio'r papurau cefndir drwy drefniant ag awdur yr adroddiad, {author}."
    ),
    "papers.inspect_council": "Gellir archwilio'r papurau cefndir drwy drefniant â'r cyngor.",
    "contact.none": "Nid oes swyddog cyswllt wedi'i gofnodi eto.",
    "contact.name": "Enw",
    "contact.title": "Teitl swydd",
    "contact.email": "E-bost",
    "contact.phone": "Ffôn",
    # The appraisal: whole-life costs, NPSV, switching values, sensitivity
    "appx.costs_intro": (
        "Cost bresennol net (NPC), gwerth presennol buddion (PVB) a gwerth presennol "
        "cymdeithasol net (NPSV = PVB - NPC) dros {years} mlynedd. Mae pob ffigur ym "
        "mhrisiau heddiw (prisiau real). Buddion yw arbedion ac incwm ariannol ynghyd â "
        "buddion anariannol (cymdeithasol) wedi'u mynegi mewn arian; mae gogwydd "
        "optimistiaeth yn codi costau, byth buddion."
    ),
    "appx.discount_schedule": (
        "Mae'r disgowntio'n dilyn amserlen Llyfr Gwyrdd Trysorlys EF: 3.5 % y flwyddyn ar "
        "gyfer blynyddoedd 1 i 30 a 3.0 % o flwyddyn 31 (Trysorlys EF, Y Llyfr Gwyrdd a'i "
        "ganllawiau disgowntio)."
    ),
    "appx.discount_flat": (
        "Mae'r disgowntio'n defnyddio cyfradd unffurf y gweithdy o {rate} % y flwyddyn ar "
        "gyfer pob blwyddyn, nid amserlen y Llyfr Gwyrdd (3.5 % ar gyfer blynyddoedd 1 i "
        "30, 3.0 % o flwyddyn 31), sy'n berthnasol dim ond pan fo'r gyfradd yn 3.5 %."
    ),
    "appx.optimism_guidance": (
        "Mae gogwydd optimistiaeth yn cywiro tuedd arfarniadau i danamcangyfrif costau. "
        "Fe'i rhoddir ar wahân ar gyfer costau cyfalaf a chostau gweithredu; mae ffigur "
        "gweithredu gwag yn golygu'r ffigur cyfalaf. Mae canllawiau atodol y Llyfr Gwyrdd "
        "ar ogwydd optimistiaeth yn rhoi terfynau uchaf ar wahân ar gyfer costau cyfalaf a "
        "gweithredu yn ôl y math o brosiect (er enghraifft hyd at 200 % ar gyfalaf ar gyfer "
        "prosiectau offer a datblygu, a hyd at 41 % ar gostau gweithredu ar gyfer "
        "allanoli), i'w lleihau wrth i risgiau gael eu rheoli; mae SmartDesk yn derbyn 0 % "
        "i 200 %. Ffigurau'r gweithdy ei hun a ddefnyddir, a dylid eu gwirio yn erbyn y "
        "canllawiau hynny (Trysorlys EF, canllawiau atodol y Llyfr Gwyrdd: gogwydd "
        "optimistiaeth)."
    ),
    "appx.npsv_heading": "Gwerth presennol cymdeithasol net",
    "appx.npsv_no_do_minimum": (
        "Nid oes opsiwn wedi'i nodi fel yr opsiwn gwneud y lleiaf, felly ni ddangosir NPSV "
        "o'i gymharu ag ef."
    ),
    "appx.npsv_do_minimum_exempt": (
        "Mae'r opsiwn gwneud y lleiaf yn eithriedig, felly mae NPSV pob opsiwn o'i gymharu "
        "ag ef wedi'i ddal yn ôl."
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
        "Nid oes gan {option}, {who}, werthoedd newid: nid yw ei NPSV yn uwch na sero, "
        "felly nid oes angen cynnydd mewn cost na gostyngiad mewn buddion i'w wneud yn sero."
    ),
    "appx.switching_exempt": (
        "Mae gwerthoedd newid {option}, {who}, yn deillio o'i gostau ac maent wedi'u dal "
        "yn ôl gyda nhw."
    ),
    "appx.switching_not_shortlisted": (
        "Dim gwerthoedd newid: nid yw'r opsiwn a argymhellir ar y rhestr fer."
    ),
    "appx.who_recommended": "yr opsiwn a argymhellir",
    "appx.who_top": "yr opsiwn uchaf ei safle (nid oes opsiwn wedi'i argymell eto)",
    "col.option": "Opsiwn",
    "col.capital": "Cyfalaf",
    "col.annual_cost": "Cost flynyddol",
    "col.annual_benefit": "Budd blynyddol",
    "col.social_benefit": "Budd cymdeithasol y flwyddyn",
    "col.optimism_capital": "Gogwydd optimistiaeth, cyfalaf",
    "col.optimism_operating": "Gogwydd optimistiaeth, gweithredu",
    "col.npsv_vs_do_minimum": "NPSV o'i gymharu â gwneud y lleiaf",
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
    "options.tied": (
        "Cyfartal: mae gan {names} yr un sgôr wedi'i phwysoli ({score}). Mae'r rheol "
        "gyfartal yn eu rhestru yn ôl enw; nid yw'r drefn yn ffafriaeth."
    ),
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

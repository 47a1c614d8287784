<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../smartdesk/gui/merge/breakouts.py" line="+31"/>
        <location filename="../../smartdesk/gui/window/main_window.py" line="+51"/>
        <source>SmartDesk workshops (*.smartdesk);;All files (*)</source>
        <translation>Gweithdai SmartDesk (*.smartdesk);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save &amp;Breakout Copy…</source>
        <translation>Cadw Copi G&amp;rŵp Trafod…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Breakout Files…</source>
        <translation>C&amp;yfuno Ffeiliau Grwpiau Trafod…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save a breakout copy</source>
        <translation>Cadw copi grŵp trafod</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Breakout copy saved to {path}</source>
        <translation>Copi grŵp trafod wedi’i gadw yn {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge breakout files</source>
        <translation>Cyfuno ffeiliau grwpiau trafod</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the breakout files…</source>
        <translation>Wrthi’n darllen ffeiliau’r grwpiau trafod…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to merge: no changes</source>
        <translation>Dim i’w gyfuno: dim newidiadau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge {names}</source>
        <translation>Cyfuno {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged {names}: {a} added, {t} taken, {k} kept</source>
        <translation>Wedi cyfuno {names}: {a} wedi’u hychwanegu, {t} wedi’u cymryd, {k} wedi’u cadw</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/window/file_guard.py" line="+97"/>
        <source>{reason}. Changes cannot be saved here: use File ▸ Save a Copy to keep working.</source>
        <translation>{reason}. Ni ellir cadw newidiadau yma: defnyddiwch Ffeil ▸ Cadw Copi i barhau i weithio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read-only: {who}</source>
        <translation>Darllen yn unig: {who}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit a copy</source>
        <translation>Golygu copi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>SmartDesk workshops (*.smartdesk)</source>
        <translation>Gweithdai SmartDesk (*.smartdesk)</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+35"/>
        <source>Save a Copy…</source>
        <translation>Cadw Copi…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cleared a lock left by a SmartDesk that had stopped</source>
        <translation>Wedi clirio clo a adawyd gan SmartDesk a oedd wedi stopio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} has been moved, renamed or deleted.</source>
        <translation>Mae {path} wedi’i symud, wedi’i ailenwi neu wedi’i ddileu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else has taken over editing this workshop.</source>
        <translation>Mae rhywun arall wedi cymryd drosodd y gwaith o olygu’r gweithdy hwn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{message} Any change you just made was NOT saved. The workshop is now read-only; save a copy elsewhere to keep working.</source>
        <translation>{message} NI chadwyd unrhyw newid rydych newydd ei wneud. Mae’r gweithdy bellach yn ddarllen yn unig; cadwch gopi yn rhywle arall i barhau i weithio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only: not saving</source>
        <translation>Darllen yn unig: dim yn cadw</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Adfer o Gopi &amp;Wrth Gefn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;Personal Data…</source>
        <translation>Dileu Data &amp;Personol…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There are no backups of this workshop file yet.</source>
        <translation>Nid oes copïau wrth gefn o’r ffeil gweithdy hon eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no backups yet.</source>
        <translation>Nid oes copïau wrth gefn eto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the restored workshop as</source>
        <translation>Cadw’r gweithdy a adferwyd fel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove personal data</source>
        <translation>Dileu data personol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove every stakeholder&apos;s email address and phone number from this workshop, and delete the backups that still hold them? This cannot be undone.</source>
        <translation>Dileu cyfeiriad e-bost a rhif ffôn pob rhanddeiliad o’r gweithdy hwn, a dileu’r copïau wrth gefn sy’n dal i’w cadw? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed the contact details of {n} stakeholders; deleted {b} backups</source>
        <translation>Wedi dileu manylion cyswllt {n} o randdeiliaid; wedi dileu {b} o gopïau wrth gefn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; {k} backups from an earlier SmartDesk in {folder} still hold some</source>
        <translation>; mae {k} o gopïau wrth gefn gan SmartDesk cynharach yn {folder} yn dal i gadw rhai</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/window/lock_dialog.py" line="+26"/>
        <source>{name} was left locked by a SmartDesk on this computer that is no longer running ({who}).</source>
        <translation>Cafodd {name} ei adael dan glo gan SmartDesk ar y cyfrifiadur hwn nad yw’n rhedeg mwyach ({who}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is already open for editing by {who} on this computer.</source>
        <translation>Mae {name} eisoes ar agor i’w olygu gan {who} ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is open for editing by {user} on {machine} - the lock was taken {age} ago. If that SmartDesk is no longer running (a laptop that was shut or lost its connection), you can take over; otherwise both of you would be editing the same file.</source>
        <translation>Mae {name} ar agor i’w olygu gan {user} ar {machine} - cymerwyd y clo {age} yn ôl. Os nad yw’r SmartDesk hwnnw’n rhedeg mwyach (gliniadur a gaewyd neu a gollodd ei gysylltiad), gallwch gymryd drosodd; fel arall byddai’r ddau ohonoch yn golygu’r un ffeil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workshop in use</source>
        <translation>Gweithdy’n cael ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Read-Only</source>
        <translation>Agor i’w Ddarllen yn Unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a Copy…</source>
        <translation>Golygu Copi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take Over</source>
        <translation>Cymryd Drosodd</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/window/recent_files.py" line="+64"/>
        <source>Removed from Open Recent (no longer there): {names}</source>
        <translation>Wedi’u tynnu o Agor Diweddar (nid ydynt yno mwyach): {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no recent workshops)</source>
        <translation>(dim gweithdai diweddar)</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/window/restore_backup.py" line="+18"/>
        <source>when opened</source>
        <translation>wrth agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before upgrading</source>
        <translation>cyn uwchraddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>cyn mewnforio</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+12"/>
        <source>{path} already exists; choose another name</source>
        <translation>Mae {path} yn bodoli eisoes; dewiswch enw arall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not restore to {path}: {error}</source>
        <translation>Methu adfer i {path}: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backup to restore:</source>
        <translation>Copi wrth gefn i’w adfer:</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/window/start_page.py" line="+20"/>
        <source>No workshop open</source>
        <translation>Dim gweithdy ar agor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a workshop file, start a new one, or drop a .smartdesk file here.</source>
        <translation>Agorwch ffeil gweithdy, dechreuwch un newydd, neu ollwng ffeil .smartdesk yma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshop…</source>
        <translation>Gweithdy newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open workshop…</source>
        <translation>Agor gweithdy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workshop</source>
        <translation>Agor gweithdy</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/briefing/export_job.py" line="+104"/>
        <source>The export failed: {error}</source>
        <translation>Methodd yr allforio: {error}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/common/exempt_column.py" line="+32"/>
        <source>For a confidential {kind}: the paragraph of the nation&apos;s access-to-information law it is withheld under. Blank: the usual one for a {kind} (see Exempt information in the docs)</source>
        <translation>Ar gyfer {kind} cyfrinachol: paragraff cyfraith mynediad at wybodaeth y wlad y caiff ei ddal yn ôl oddi tano. Gwag: yr un arferol ar gyfer {kind} (gweler Gwybodaeth esempt yn y dogfennau)</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/merge/preview_job.py" line="+80"/>
        <source>The breakout files could not be read: {error}</source>
        <translation>Methu darllen ffeiliau’r grwpiau trafod: {error}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/heat_map.py" line="+92"/>
        <source>(untitled risk)</source>
        <translation>(risg heb deitl)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likelihood {likelihood} x impact {impact} = {rating}</source>
        <translation>Tebygolrwydd {likelihood} x effaith {impact} = {rating}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{head}: {count} risks</source>
        <translation>{head}: {count} risg</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/long_list.py" line="+35"/>
        <source>business as usual</source>
        <translation>busnes fel arfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do minimum</source>
        <translation>gwneud y lleiafswm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{name}&apos; is the {role} option, which stays on the short list: the Green Book compares every option with it. Untick {flags} first if another option should take that role.</source>
        <translation>‘{name}’ yw’r opsiwn {role}, sy’n aros ar y rhestr fer: mae’r Llyfr Gwyrdd yn cymharu pob opsiwn ag ef. Dad-diciwch {flags} yn gyntaf os dylai opsiwn arall gymryd y rôl honno.</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/guidance_notes.py" line="+32"/>
        <source>This note is not yet available in Welsh; it is shown in English.</source>
        <translation>Nid yw’r nodyn hwn ar gael yn Gymraeg eto; fe’i dangosir yn Saesneg.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No note yet.</source>
        <translation>Dim nodyn eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the Public Contracts (Scotland) Regulations 2015</source>
        <translation>Rheoliadau Contractau Cyhoeddus (Yr Alban) 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Procurement Act 2023</source>
        <translation>Deddf Caffael 2023</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{route}&apos; is a route of the Procurement Act 2023, which does not apply to Scottish councils; they buy under the Public Contracts (Scotland) Regulations 2015. Choose one of the routes offered.</source>
        <translation>Mae ‘{route}’ yn llwybr o dan Ddeddf Caffael 2023, nad yw’n gymwys i gynghorau’r Alban; maen nhw’n prynu o dan Reoliadau Contractau Cyhoeddus (Yr Alban) 2015. Dewiswch un o’r llwybrau a gynigir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{route}&apos; is not a procedure under the Procurement Act 2023, which replaced the old regulations in {nation} on 24 February 2025. Choose the open procedure or the competitive flexible procedure instead.</source>
        <translation>Nid yw ‘{route}’ yn weithdrefn o dan Ddeddf Caffael 2023, a ddisodlodd yr hen reoliadau yn {nation} ar 24 Chwefror 2025. Dewiswch y weithdrefn agored neu’r weithdrefn hyblyg gystadleuol yn lle hynny.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an option to read about its procurement route and financing. Routes offered follow {law} ({nation}).</source>
        <translation>Dewiswch opsiwn i ddarllen am ei lwybr caffael a’i gyllido. Mae’r llwybrau a gynigir yn dilyn {law} ({nation}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../smartdesk/gui/options/long_list.py" line="+4"/>
        <location filename="../../smartdesk/gui/options/ranking.py" line="+81"/>
        <location line="+26"/>
        <source>(unnamed option)</source>
        <translation>(opsiwn heb enw)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route does not fit {nation}:</source>
        <translation>Nid yw’r llwybr yn addas ar gyfer {nation}:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No procurement route chosen yet.</source>
        <translation>Dim llwybr caffael wedi’i ddewis eto.</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/long_list.py" line="+1"/>
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/editing/undo_text.py" line="+20"/>
        <source>workshop info</source>
        <translation>manylion y gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vision</source>
        <translation>gweledigaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome</source>
        <translation>canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maturity dimension</source>
        <translation>dimensiwn aeddfedrwydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>engagement action</source>
        <translation>cam ymgysylltu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listening log entry</source>
        <translation>cofnod yn y log gwrando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion</source>
        <translation>maen prawf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../smartdesk/gui/options/long_list.py" line="+56"/>
        <source>option</source>
        <translation>opsiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>sgôr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recommendation</source>
        <translation>argymhelliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>implications</source>
        <translation>goblygiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next step</source>
        <translation>cam nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda step</source>
        <translation>eitem agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vote round</source>
        <translation>rownd bleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vote</source>
        <translation>pleidlais</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>blank</source>
        <translation>gwag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 item</source>
        <translation>1 eitem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} items</source>
        <translation>{n} eitem</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rename {record} to {value}</source>
        <translation>Ailenwi {record} yn {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set {field} of {name} to {value}</source>
        <translation>Gosod {field} {name} i {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit {record}</source>
        <translation>Golygu {record}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add {record}</source>
        <translation>Ychwanegu {record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete {n} {kind} records</source>
        <translation>Dileu {n} cofnod {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste {n} {kind} records</source>
        <translation>Gludo {n} cofnod {kind}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/long_list.py" line="+56"/>
        <source>Make &apos;{name}&apos; the {role} option</source>
        <translation>Gwneud ‘{name}’ yn opsiwn {role}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/ranking.py" line="-80"/>
        <source>capital cost</source>
        <translation>cost gyfalaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual cost</source>
        <translation>cost flynyddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual benefit</source>
        <translation>budd blynyddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimism bias</source>
        <translation>tuedd optimistiaeth</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>incomplete: {n} unscored</source>
        <translation>anghyflawn: {n} heb sgôr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scored</source>
        <translation>wedi’i sgorio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A missing score counts as 0 until the room scores it.</source>
        <translation>Mae sgôr sydd ar goll yn cyfrif fel 0 nes i’r ystafell ei sgorio.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No option is marked as the do-minimum.</source>
        <translation>Nid oes opsiwn wedi’i farcio fel gwneud y lleiafswm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not short-listed</source>
        <translation>ddim ar y rhestr fer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counted as 0: {fields}</source>
        <translation>wedi’i gyfrif fel 0: {fields}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/recommendation.py" line="+26"/>
        <source>No option is recommended yet.</source>
        <translation>Nid oes opsiwn wedi’i argymell eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recommended option no longer exists; choose another.</source>
        <translation>Nid yw’r opsiwn a argymhellwyd yn bodoli mwyach; dewiswch un arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option} is not on the short list, so it has not been appraised.</source>
        <translation>Nid yw {option} ar y rhestr fer, felly nid yw wedi’i arfarnu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not the top-ranked option: {top} ranks first ({top_score}); {option} ranks {rank} ({score}). Say why in the reasons.</source>
        <translation>Nid dyma’r opsiwn ar y brig: {top} sydd gyntaf ({top_score}); mae {option} yn safle {rank} ({score}). Eglurwch pam yn y rhesymau.</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/editing/undo_text.py" line="-114"/>
        <location filename="../../smartdesk/gui/options/risks.py" line="+43"/>
        <source>risk</source>
        <translation>risg</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/scoring.py" line="+114"/>
        <source>not scored</source>
        <translation>heb sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} out of {most}</source>
        <translation>{score} allan o {most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored yet: type 0 to 5.</source>
        <translation>Heb sgôr eto: teipiwch 0 i 5.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Scores run from 0 to {most}; {typed} is not a score.</source>
        <translation>Mae sgorau’n mynd o 0 i {most}; nid yw {typed} yn sgôr.</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/sensitivity_panel.py" line="+29"/>
        <location line="+60"/>
        <source>(unnamed criterion)</source>
        <translation>(maen prawf heb enw)</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/grid_items.py" line="+192"/>
        <location line="+59"/>
        <location filename="../../smartdesk/gui/stakeholders/grid_markers.py" line="+43"/>
        <location filename="../../smartdesk/gui/stakeholders/page.py" line="+208"/>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+45"/>
        <source>attitude not recorded</source>
        <translation>agwedd heb ei chofnodi</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>not placed</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Power {power}, interest {interest}</source>
        <translation>Pŵer {power}, diddordeb {interest}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>strength {n}</source>
        <translation>cryfder {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>strength not set</source>
        <translation>cryfder heb ei osod</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/editing/undo_text.py" line="-6"/>
        <location filename="../../smartdesk/gui/stakeholders/grid_items.py" line="+2"/>
        <source>relationship</source>
        <translation>perthynas</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/grid_markers.py" line="+3"/>
        <source> and {n} more</source>
        <translation> a {n} arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} stakeholders too close to label: {names} (double-click or Enter to zoom in)</source>
        <translation>{n} o randdeiliaid yn rhy agos i’w labelu: {names} (clicio dwbl neu Enter i chwyddo)</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/import_dialog.py" line="+174"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/page.py" line="-158"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt);;All files (*)</source>
        <translation>Taenlenni (*.csv *.xlsx *.xlsm *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/editing/undo_text.py" line="-1"/>
        <location filename="../../smartdesk/gui/stakeholders/tables.py" line="+75"/>
        <source>stakeholder</source>
        <translation>rhanddeiliad</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/vision/alignment.py" line="+136"/>
        <source>{outcome} and {strategy}</source>
        <translation>{outcome} a {strategy}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an untitled strategy</source>
        <translation>strategaeth heb deitl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlink {names}</source>
        <translation>Datgysylltu {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link {names}</source>
        <translation>Cysylltu {names}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/vision/page.py" line="+85"/>
        <source>&apos;{text}&apos; is not a year. Type four digits, e.g. 2032.</source>
        <translation>Nid yw ‘{text}’ yn flwyddyn. Teipiwch bedwar digid, e.e. 2032.</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/editing/undo_text.py" line="-3"/>
        <location filename="../../smartdesk/gui/vision/page.py" line="+113"/>
        <source>strategy</source>
        <translation>strategaeth</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/window/save_copy.py" line="+32"/>
        <source>Could not save a copy to {path}: {problem}</source>
        <translation>Methu cadw copi yn {path}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the open workshop itself: choose another name.</source>
        <translation>Dyna’r gweithdy sydd ar agor ei hun: dewiswch enw arall.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save a copy: {error}</source>
        <translation>Methu cadw copi: {error}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/briefing/cover_form.py" line="+163"/>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/common/stored_minutes.py" line="+78"/>
        <source>Set the {stage} time box to {minutes} min</source>
        <translation>Gosod amser {stage} i {minutes} munud</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/editing/commands.py" line="+117"/>
        <source>Could not undo “{step}”: {error}. The file keeps the change, and the step has left the undo list.</source>
        <translation>Methu dadwneud “{step}”: {error}. Mae’r ffeil yn cadw’r newid, ac mae’r cam wedi gadael y rhestr dadwneud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not redo “{step}”: {error}. The file stays without the change, and the step has left the undo list.</source>
        <translation>Methu ailwneud “{step}”: {error}. Mae’r ffeil yn aros heb y newid, ac mae’r cam wedi gadael y rhestr dadwneud.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location filename="../../smartdesk/gui/editing/undo_text.py" line="+118"/>
        <source>Delete {record}</source>
        <translation>Dileu {record}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reorder {kind} list</source>
        <translation>Aildrefnu’r rhestr {kind}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/editing/session.py" line="+130"/>
        <source>Add {n} {kind} records</source>
        <translation>Ychwanegu {n} cofnod {kind}</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Score {cell}: {score}</source>
        <translation>Sgorio {cell}: {score}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear score of {cell}</source>
        <translation>Clirio sgôr {cell}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rationale for {cell}</source>
        <translation>Rhesymeg {cell}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{option} on {criterion}</source>
        <translation>{option} ar {criterion}</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/criteria.py" line="+121"/>
        <source>Add the five standard critical success factors</source>
        <translation>Ychwanegu’r pum ffactor llwyddiant hanfodol safonol</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/common/chart_view.py" line="+66"/>
        <source>{chart}: the values</source>
        <translation>{chart}: y gwerthoedd</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/card_list.py" line="+33"/>
        <source>power</source>
        <translation>pŵer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interest</source>
        <translation>diddordeb</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/briefing/contact_checks.py" line="+29"/>
        <source>&apos;{text}&apos; is not an e-mail address: write it as name@council.gov.uk, e.g. smart.places@example.gov.uk.</source>
        <translation>Nid yw &apos;{text}&apos; yn gyfeiriad e-bost: ysgrifennwch ef fel enw@cyngor.gov.uk, e.e. smart.places@example.gov.uk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{text}&apos; is not a telephone number: give the full number with its area code, e.g. 01632 960 123 (an extension may follow as &apos;ext. 4567&apos;).</source>
        <translation>Nid yw &apos;{text}&apos; yn rhif ffôn: rhowch y rhif llawn gyda’i god ardal, e.e. 01632 960 123 (gall estyniad ddilyn fel &apos;ext. 4567&apos;).</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/common/editable_model.py" line="+221"/>
        <location line="+12"/>
        <source>Row {number}: {problem}</source>
        <translation>Rhes {number}: {problem}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Row {number} has {cells} columns; this table has {columns}.</source>
        <translation>Mae gan res {number} {cells} colofn; mae gan y tabl hwn {columns}.</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/common/fields.py" line="+125"/>
        <source>{header}: &apos;{text}&apos; is not one of: {allowed}.</source>
        <translation>{header}: nid yw &apos;{text}&apos; yn un o: {allowed}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{header}: there is nothing called &apos;{missing}&apos; to link to.</source>
        <translation>{header}: nid oes dim o’r enw &apos;{missing}&apos; i gysylltu ag ef.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{header}: &apos;{text}&apos; is not a date. Type it as day/month/year, e.g. 31/03/2027.</source>
        <translation>{header}: nid yw &apos;{text}&apos; yn ddyddiad. Teipiwch ef fel diwrnod/mis/blwyddyn, e.e. 31/03/2027.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{header}: &apos;{text}&apos; should be yes or no.</source>
        <translation>{header}: dylai &apos;{text}&apos; fod yn ie neu na.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{header}: &apos;{text}&apos; is not an amount of money, e.g. £1,200,000.</source>
        <translation>{header}: nid yw &apos;{text}&apos; yn swm o arian, e.e. £1,200,000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{header}: &apos;{text}&apos; is not a number.</source>
        <translation>{header}: nid yw &apos;{text}&apos; yn rhif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{header}: &apos;{text}&apos; must be a whole number.</source>
        <translation>{header}: rhaid i &apos;{text}&apos; fod yn rhif cyfan.</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/risks.py" line="-16"/>
        <source>Whole programme</source>
        <translation>Y rhaglen gyfan</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../smartdesk/gui/room/agenda.py" line="+39"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes per stage</source>
        <translation>Munudau fesul cam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stage&apos;s time box is the total of its steps&apos; minutes. In presentation mode (F11), F8 moves to the next step and its stage and restarts the clock.</source>
        <translation>Blwch amser cam yw cyfanswm munudau ei eitemau. Yn y modd cyflwyno (F11), mae F8 yn symud i’r eitem nesaf a’i cham ac yn ailddechrau’r cloc.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{stage} {n} min</source>
        <translation>{stage} {n} mun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In all {total} min: {parts}.</source>
        <translation>Cyfanswm {total} mun: {parts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No timed steps yet: add one with Ctrl+N.</source>
        <translation>Dim eitemau wedi’u hamseru eto: ychwanegwch un gyda Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>AgendaStrip</name>
    <message>
        <location filename="../../smartdesk/gui/room/agenda_strip.py" line="+53"/>
        <source>Current agenda step</source>
        <translation>Eitem gyfredol yr agenda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time left on this step</source>
        <translation>Amser ar ôl ar yr eitem hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key}: next step</source>
        <translation>{key}: yr eitem nesaf</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No agenda yet: add steps on In the room ▸ Agenda.</source>
        <translation>Dim agenda eto: ychwanegwch eitemau drwy Yn yr ystafell ▸ Agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End of the agenda.</source>
        <translation>Diwedd yr agenda.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agenda: {key} starts with “{first}”.</source>
        <translation>Agenda: mae {key} yn dechrau gyda “{first}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agenda yet.</source>
        <translation>Dim agenda eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · {n} min</source>
        <translation> · {n} mun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {n} of {all}: {title}{lead}{minutes}</source>
        <translation>Eitem {n} o {all}: {title}{lead}{minutes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{time} left</source>
        <translation>{time} ar ôl</translation>
    </message>
</context>
<context>
    <name>AlignmentView</name>
    <message>
        <location filename="../../smartdesk/gui/vision/alignment.py" line="-93"/>
        <source>Strategy and outcome alignment</source>
        <translation>Cysondeb strategaethau a chanlyniadau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alignment gaps</source>
        <translation>Bylchau cysondeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space or double-click links or unlinks an outcome and a strategy.</source>
        <translation>Mae Bylchwr neu glicio dwbl yn cysylltu neu’n datgysylltu canlyniad a strategaeth.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+34"/>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No outcome serves this strategy</source>
        <translation>Nid oes canlyniad yn gwasanaethu’r strategaeth hon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>serves</source>
        <translation>yn gwasanaethu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not serve</source>
        <translation>ddim yn gwasanaethu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add strategies and outcomes to see how they line up.</source>
        <translation>Ychwanegwch strategaethau a chanlyniadau i weld sut maen nhw’n cyd-fynd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No outcome serves: {0}.</source>
        <translation>Dim canlyniad yn gwasanaethu: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcomes serving no strategy: {0}.</source>
        <translation>Canlyniadau nad ydynt yn gwasanaethu unrhyw strategaeth: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every strategy is served and every outcome serves one.</source>
        <translation>Mae pob strategaeth yn cael ei gwasanaethu ac mae pob canlyniad yn gwasanaethu un.</translation>
    </message>
</context>
<context>
    <name>AttitudeLegend</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/panels.py" line="+44"/>
        <source>Grid legend</source>
        <translation>Allwedd y grid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line thickness: relationship strength (1-3)</source>
        <translation>Trwch y llinell: cryfder y berthynas (1-3)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../smartdesk/gui/window/banner.py" line="+19"/>
        <source>File warning</source>
        <translation>Rhybudd ffeil</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <location filename="../../smartdesk/gui/briefing/page.py" line="+53"/>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report cover</source>
        <translation>Clawr yr adroddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implications</source>
        <translation>Goblygiadau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Readiness for committee</source>
        <translation>Parodrwydd ar gyfer y pwyllgor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the briefing pack</source>
        <translation>Allforio’r pecyn briffio</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../smartdesk/gui/common/checklist_dialog.py" line="+46"/>
        <source>Space ticks or unticks the highlighted item.</source>
        <translation>Mae Bylchwr yn ticio neu’n dad-dicio’r eitem a amlygwyd.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../smartdesk/gui/common/column_words.py" line="+140"/>
        <source>Planned</source>
        <translation>Wedi’i gynllunio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wedi’i wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Wedi’i ganslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Gweledigaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders</source>
        <translation>Rhanddeiliaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing pack</source>
        <translation>Pecyn briffio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-house</source>
        <translation>Mewnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outsourced</source>
        <translation>Ar gontract allanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnership</source>
        <translation>Partneriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared service</source>
        <translation>Gwasanaeth a rennir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint venture</source>
        <translation>Menter ar y cyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concession</source>
        <translation>Consesiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inform</source>
        <translation>Hysbysu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consult</source>
        <translation>Ymgynghori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involve</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaborate</source>
        <translation>Cydweithio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empower</source>
        <translation>Grymuso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital</source>
        <translation>Cyfalaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prudential borrowing</source>
        <translation>Benthyca darbodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invest to save</source>
        <translation>Buddsoddi i arbed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome-based payment</source>
        <translation>Taliad ar sail canlyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue share</source>
        <translation>Rhannu refeniw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private finance</source>
        <translation>Cyllid preifat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acted</source>
        <translation>Gweithredwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>England</source>
        <translation>Lloegr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wales</source>
        <translation>Cymru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Bwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (in-house)</source>
        <translation>Dim (mewnol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open procedure</source>
        <translation>Gweithdrefn agored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitive flexible procedure</source>
        <translation>Gweithdrefn hyblyg gystadleuol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Framework call-off</source>
        <translation>Galw oddi ar fframwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic market</source>
        <translation>Marchnad ddeinamig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct award</source>
        <translation>Dyfarnu uniongyrchol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-commercial procurement</source>
        <translation>Caffael cyn-fasnachol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted procedure</source>
        <translation>Gweithdrefn gyfyngedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitive dialogue</source>
        <translation>Deialog gystadleuol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitive negotiation</source>
        <translation>Negodi cystadleuol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innovation partnership</source>
        <translation>Partneriaeth arloesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elected member</source>
        <translation>Aelod etholedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>Preswylydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community group</source>
        <translation>Grŵp cymunedol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Busnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public sector</source>
        <translation>Sector cyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Cyflenwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic</source>
        <translation>Academaidd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation>Dotiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>Meini prawf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Terfynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very high</source>
        <translation>Uchel iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery options</source>
        <translation>Opsiynau cyflawni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage closely</source>
        <translation>Rheoli’n agos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep satisfied</source>
        <translation>Cadw’n fodlon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep informed</source>
        <translation>Cadw’n wybodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor</source>
        <translation>Monitro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocker</source>
        <translation>Rhwystrwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sceptic</source>
        <translation>Amheuwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Niwtral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporter</source>
        <translation>Cefnogwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Hyrwyddwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developing</source>
        <translation>Datblygol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined</source>
        <translation>Diffiniedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managed</source>
        <translation>Wedi’i reoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leading</source>
        <translation>Blaenllaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy and leadership</source>
        <translation>Strategaeth ac arweinyddiaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance</source>
        <translation>Llywodraethu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology and infrastructure</source>
        <translation>Technoleg a seilwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and culture</source>
        <translation>Sgiliau a diwylliant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen engagement</source>
        <translation>Ymgysylltu â dinasyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partnerships and procurement</source>
        <translation>Partneriaethau a chaffael</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location line="-202"/>
        <source>Next step</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breakout group or table</source>
        <translation>Grŵp trafod neu fwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those who attended vote</source>
        <translation>Dim ond y rhai oedd yn bresennol sy&apos;n pleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person; a breakout table voting as one; or a phone</source>
        <translation>Person; bwrdd grŵp trafod sy&apos;n pleidleisio fel un; neu ffôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 480; blank: not timed</source>
        <translation>1 i 480; gwag: heb ei amseru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt paragraph</source>
        <translation>Paragraff esempt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical success factor</source>
        <translation>Ffactor llwyddiant hanfodol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Pwysoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option</source>
        <translation>Opsiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-listed</source>
        <translation>Ar y rhestr fer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAU</source>
        <translation>BFA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do min.</source>
        <translation>Lleiafswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery model</source>
        <translation>Model cyflawni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procurement route</source>
        <translation>Llwybr caffael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing</source>
        <translation>Cyllido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capital £</source>
        <translation>Cyfalaf £</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual cost £</source>
        <translation>Cost flynyddol £</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual benefit £</source>
        <translation>Budd blynyddol £</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social benefit £</source>
        <translation>Budd cymdeithasol £</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimism bias %</source>
        <translation>Tuedd optimistiaeth %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating optimism bias %</source>
        <translation>Tuedd optimistiaeth weithredol %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejection reason</source>
        <translation>Rheswm dros wrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Safle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <translation>Sgorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net present cost</source>
        <translation>Cost bresennol net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPSV (net present social value)</source>
        <translation>NPSV (gwerth cymdeithasol presennol net)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPSV against do-minimum</source>
        <translation>NPSV o’i gymharu â’r lleiafswm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>£ per score point</source>
        <translation>£ fesul pwynt sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures missing</source>
        <translation>Ffigurau ar goll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>Tebygolrwydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Sgôr risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation</source>
        <translation>Lliniaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Maen prawf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share today</source>
        <translation>Cyfran heddiw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top stays from</source>
        <translation>Y brig yn aros o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overtaken below by</source>
        <translation>Yn cael ei oddiweddyd islaw gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overtaken above by</source>
        <translation>Yn cael ei oddiweddyd uwchlaw gan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>Pŵer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Diddordeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude</source>
        <translation>Agwedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engaged now</source>
        <translation>Ymgysylltu nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed</source>
        <translation>Angen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email 🔒</source>
        <translation>E-bost 🔒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone 🔒</source>
        <translation>Ffôn 🔒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength (1-3)</source>
        <translation>Cryfder (1-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Dull</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>Rhanddeiliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We did</source>
        <translation>Gwnaethom ni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Option affected</source>
        <translation>Opsiwn yr effeithir arno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any number 0 or more; shares are worked out</source>
        <translation>Unrhyw rif 0 neu fwy; cyfrifir y cyfrannau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the total weight</source>
        <translation>Cyfran o’r pwysoliad cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the short list to appraise</source>
        <translation>Ar y rhestr fer i’w arfarnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business as usual (at most one option)</source>
        <translation>Busnes fel arfer (un opsiwn ar y mwyaf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do minimum (at most one option)</source>
        <translation>Gwneud y lleiafswm (un opsiwn ar y mwyaf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the workshop&apos;s nation&apos;s procurement law offers</source>
        <translation>Y llwybrau a gynigir gan gyfraith caffael gwlad y gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cashable benefit a year</source>
        <translation>Budd ariannol y flwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monetised non-cash benefit a year, in today&apos;s prices (counted in NPSV)</source>
        <translation>Budd anariannol wedi’i fynegi mewn arian y flwyddyn, ym mhrisiau heddiw (wedi’i gyfrif yn yr NPSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On capital costs; also on operating costs unless those have their own</source>
        <translation>Ar gostau cyfalaf; hefyd ar gostau gweithredu oni bai bod ganddynt eu rhai eu hunain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On annual costs (Green Book supplementary guidance); blank: the same as capital</source>
        <translation>Ar gostau blynyddol (canllawiau atodol y Llyfr Gwyrdd); gwag: yr un fath â chyfalaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it was not short-listed, or not chosen (printed in the pack)</source>
        <translation>Pam na chafodd ei roi ar y rhestr fer, neu na chafodd ei ddewis (wedi’i argraffu yn y pecyn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out of the public pack</source>
        <translation>Wedi’i hepgor o’r pecyn cyhoeddus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank: the whole programme</source>
        <translation>Gwag: y rhaglen gyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 rare ... 5 almost certain</source>
        <translation>1 prin ... 5 bron yn sicr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minor ... 5 severe</source>
        <translation>1 bach ... 5 difrifol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood x impact</source>
        <translation>Tebygolrwydd x effaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 (none) to 10 (can stop it)</source>
        <translation>0 (dim) i 10 (yn gallu ei atal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 (none) to 10 (affected every day)</source>
        <translation>0 (dim) i 10 (effeithir arnynt bob dydd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. funds, reports to, partner, represents</source>
        <translation>e.e. yn ariannu, yn adrodd i, partner, yn cynrychioli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 weak, 2 working, 3 strong</source>
        <translation>1 gwan, 2 gweithio, 3 cryf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue planned actions are marked</source>
        <translation>Mae camau gweithredu wedi’u cynllunio sy’n hwyr wedi’u marcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. survey, drop-in session (never a private name)</source>
        <translation>e.e. arolwg, sesiwn galw heibio (byth enw preifat)</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/common/table_model.py" line="+57"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/tables.py" line="-28"/>
        <source>Personal data: left out of the public briefing pack and public exports</source>
        <translation>Data personol: wedi’u hepgor o’r pecyn briffio cyhoeddus ac o allforion cyhoeddus</translation>
    </message>
</context>
<context>
    <name>CriteriaTable</name>
    <message>
        <location filename="../../smartdesk/gui/options/criteria.py" line="-24"/>
        <source>Use the five standard factors</source>
        <translation>Defnyddio’r pum ffactor safonol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add strategic fit, value for money, supplier capacity and capability, affordability and achievability, weighted equally</source>
        <translation>Ychwanegu addasrwydd strategol, gwerth am arian, capasiti a gallu cyflenwyr, fforddiadwyedd a chyraeddadwyedd, â’r un pwysoliad</translation>
    </message>
</context>
<context>
    <name>EditableRecordTable</name>
    <message>
        <location filename="../../smartdesk/gui/common/editable_table.py" line="+203"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a {0} (Ctrl+N)</source>
        <translation>Ychwanegu {0} (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete selected (Del)</source>
        <translation>Dileu’r rhai a ddewiswyd (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Symud i fyny (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Symud i lawr (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste rows</source>
        <translation>Gludo rhesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste rows copied from a spreadsheet (Ctrl+V)</source>
        <translation>Gludo rhesi a gopïwyd o daenlen (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: problem</source>
        <translation>{0}: problem</translation>
    </message>
</context>
<context>
    <name>EngagementGapPanel</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/panels.py" line="+29"/>
        <source>Engagement gaps by quadrant</source>
        <translation>Bylchau ymgysylltu fesul cwadrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder</source>
        <translation>Rhanddeiliad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Angen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>Bwlch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engagement gap chart</source>
        <translation>Siart bylchau ymgysylltu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not engaged yet</source>
        <translation>heb ymgysylltu eto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} stakeholders need deeper engagement than today. Those in &apos;Manage closely&apos; come first.</source>
        <translation>Mae angen ymgysylltu’n ddyfnach nag heddiw â {n} o randdeiliaid. Daw’r rhai yn ‘Rheoli’n agos’ yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No gaps: everyone is engaged at least at the level they need.</source>
        <translation>Dim bylchau: mae pawb yn ymgysylltu o leiaf ar y lefel sydd ei hangen arnynt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no gaps to chart)</source>
        <translation>(dim bylchau i’w siartio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: now {now}, needed {needed}</source>
        <translation>{name}: nawr {now}, angen {needed}</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../smartdesk/gui/briefing/export_panel.py" line="+38"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html *.htm)</source>
        <translation>Tudalen we (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Dogfen Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SmartDesk JSON (*.json)</source>
        <translation>JSON SmartDesk (*.json)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Full version (members; exempt appendix)</source>
        <translation>Fersiwn &amp;lawn (aelodau; atodiad esempt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ublic version (for publication)</source>
        <translation>Fersiwn g&amp;yhoeddus (i’w chyhoeddi)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workshop&apos;s language</source>
        <translation>Iaith y gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Saesneg yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg yn unig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English and Cymraeg (two files)</source>
        <translation>Saesneg a Chymraeg (dwy ffeil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the pack&apos;s headings, labels and text</source>
        <translation>Iaith penawdau, labeli a thestun y pecyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack &amp;language:</source>
        <translation>&amp;Iaith y pecyn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view</source>
        <translation>Rhag&amp;olwg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the PDF and show it here (F5)</source>
        <translation>Creu’r PDF a’i ddangos yma (F5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;PDF…</source>
        <translation>Allforio &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;b page…</source>
        <translation>&amp;Tudalen we…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Word…</source>
        <translation>&amp;Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the PDF (Ctrl+E)</source>
        <translation>Allforio’r PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accessible version, to publish on the council&apos;s website</source>
        <translation>Y fersiwn hygyrch, i’w chyhoeddi ar wefan y cyngor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export (Esc)</source>
        <translation>Atal yr allforio (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export status</source>
        <translation>Statws yr allforio</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Replace file?</source>
        <translation>Disodli’r ffeil?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; already exists in {folder}. Replace it?</source>
        <translation>Mae ‘{name}’ eisoes yn bodoli yn {folder}. Ei disodli?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a workshop first.</source>
        <translation>Agorwch weithdy yn gyntaf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>Yn dechrau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Yn canslo…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preview up to date.</source>
        <translation>Y rhagolwg yn gyfredol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Wedi cadw {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Canslwyd yr allforio; ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>GridCardList</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/card_list.py" line="+14"/>
        <source>Stakeholders on the grid</source>
        <translation>Rhanddeiliaid ar y grid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each card on the power-interest grid: name, quadrant and attitude. Ctrl+arrow keys move the selected card; Enter goes to the grid.</source>
        <translation>Pob cerdyn ar y grid pŵer a diddordeb: enw, cwadrant ac agwedd. Mae Ctrl+bysellau saeth yn symud y cerdyn a ddewiswyd; mae Enter yn mynd i’r grid.</translation>
    </message>
</context>
<context>
    <name>GridSquare</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/grid_square.py" line="+80"/>
        <source>Interest →</source>
        <translation>Diddordeb →</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Power →</source>
        <translation>Pŵer →</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../smartdesk/gui/common/guidance.py" line="+66"/>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide guidance</source>
        <translation>Dangos neu guddio’r canllawiau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Guidance for this step</source>
        <translation>Canllawiau ar gyfer y cam hwn</translation>
    </message>
</context>
<context>
    <name>ImplicationsForm</name>
    <message>
        <location filename="../../smartdesk/gui/briefing/implications_form.py" line="+49"/>
        <source>Consultation</source>
        <translation>Ymgynghori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was consulted, how, and what changed as a result. The pack adds the counts from the engagement plan and the listening log after this account.</source>
        <translation>Pwy yr ymgynghorwyd â nhw, sut, a beth a newidiodd o ganlyniad. Mae’r pecyn yn ychwanegu’r cyfrifon o’r cynllun ymgysylltu a’r log gwrando ar ôl yr adroddiad hwn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Financial implications</source>
        <translation>Goblygiadau ariannol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs, funding and savings, in today&apos;s prices; they should match the appraisal.</source>
        <translation>Costau, cyllid ac arbedion, ym mhrisiau heddiw; dylent gyfateb i’r arfarniad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comments of the chief finance (section 151) officer</source>
        <translation>Sylwadau’r prif swyddog cyllid (swyddog adran 151)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chief finance officer&apos;s own comments, agreed with them before publication (section 151 of the Local Government Act 1972).</source>
        <translation>Sylwadau’r prif swyddog cyllid ei hun, wedi’u cytuno ag ef neu hi cyn eu cyhoeddi (adran 151 o Ddeddf Llywodraeth Leol 1972).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comments of the chief financial (section 95) officer</source>
        <translation>Sylwadau’r prif swyddog ariannol (swyddog adran 95)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comments of the chief financial officer</source>
        <translation>Sylwadau’r prif swyddog ariannol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal implications</source>
        <translation>Goblygiadau cyfreithiol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The powers the council relies on, and the legal risks of the decision.</source>
        <translation>Y pwerau y mae’r cyngor yn dibynnu arnynt, a risgiau cyfreithiol y penderfyniad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comments of the monitoring officer</source>
        <translation>Sylwadau’r swyddog monitro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monitoring officer&apos;s comments on whether the decision is lawful and within the council&apos;s constitution, agreed with them before publication.</source>
        <translation>Sylwadau’r swyddog monitro ynghylch a yw’r penderfyniad yn gyfreithlon ac o fewn cyfansoddiad y cyngor, wedi’u cytuno ag ef neu hi cyn eu cyhoeddi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subsidy control implications</source>
        <translation>Goblygiadau rheoli cymorthdaliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether any support to a business is a subsidy under the Subsidy Control Act 2022.</source>
        <translation>A yw unrhyw gymorth i fusnes yn gymhorthdal o dan Ddeddf Rheoli Cymorthdaliadau 2022.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subsidy control and State aid implications</source>
        <translation>Goblygiadau rheoli cymorthdaliadau a chymorth gwladwriaethol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equality implications (section 149 of the Equality Act 2010)</source>
        <translation>Goblygiadau cydraddoldeb (adran 149 o Ddeddf Cydraddoldeb 2010)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How due regard was had to the public sector equality duty; name the equality impact assessment.</source>
        <translation>Sut y rhoddwyd sylw dyledus i ddyletswydd cydraddoldeb y sector cyhoeddus; enwch yr asesiad o’r effaith ar gydraddoldeb.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Equality implications (section 75 of the Northern Ireland Act 1998)</source>
        <translation>Goblygiadau cydraddoldeb (adran 75 o Ddeddf Gogledd Iwerddon 1998)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Socio-economic duty (section 1 of the Equality Act 2010)</source>
        <translation>Dyletswydd economaidd-gymdeithasol (adran 1 o Ddeddf Cydraddoldeb 2010)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the decision reduces inequalities of outcome that result from socio-economic disadvantage.</source>
        <translation>Sut mae’r penderfyniad yn lleihau anghydraddoldebau canlyniad sy’n deillio o anfantais economaidd-gymdeithasol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fairer Scotland Duty</source>
        <translation>Dyletswydd Alban Decach (Fairer Scotland Duty)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Human rights implications</source>
        <translation>Goblygiadau hawliau dynol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Convention rights the decision engages (sensors and shared data can engage Article 8, private life) and why any interference is lawful and proportionate.</source>
        <translation>Hawliau’r Confensiwn y mae’r penderfyniad yn effeithio arnynt (gall synwyryddion a data a rennir effeithio ar Erthygl 8, bywyd preifat) a pham mae unrhyw ymyrraeth yn gyfreithlon ac yn gymesur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Climate and environmental implications</source>
        <translation>Goblygiadau hinsawdd ac amgylcheddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effects on emissions and the environment, and the council&apos;s climate commitments.</source>
        <translation>Effeithiau ar allyriadau a’r amgylchedd, ac ymrwymiadau hinsawdd y cyngor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data protection implications</source>
        <translation>Goblygiadau diogelu data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What personal data is processed, and whether a data protection impact assessment is needed or done.</source>
        <translation>Pa ddata personol a brosesir, ac a oes angen asesiad o’r effaith ar ddiogelu data neu a yw wedi’i wneud.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Welsh language implications</source>
        <translation>Goblygiadau o ran y Gymraeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effects on opportunities to use Welsh and on treating Welsh no less favourably than English (Welsh Language Standards).</source>
        <translation>Effeithiau ar gyfleoedd i ddefnyddio’r Gymraeg ac ar drin y Gymraeg yn llai ffafriol na’r Saesneg (Safonau’r Gymraeg).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Well-being of Future Generations (Wales) Act 2015</source>
        <translation>Deddf Llesiant Cenedlaethau’r Dyfodol (Cymru) 2015</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contribution to the seven well-being goals and the five ways of working.</source>
        <translation>Y cyfraniad at y saith nod llesiant a’r pum ffordd o weithio.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved when you leave the box</source>
        <translation>Caiff ei gadw pan fyddwch yn gadael y blwch</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/import_dialog.py" line="-133"/>
        <source>Import stakeholders from {name}</source>
        <translation>Mewnforio rhanddeiliaid o {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the columns are read:</source>
        <translation>Sut y darllenir y colofnau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping</source>
        <translation>Mapio colofnau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading in the file</source>
        <translation>Pennawd yn y ffeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Wedi’i fewnforio fel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not imported)</source>
        <translation>(heb ei fewnforio)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First {n} of {total} rows:</source>
        <translation>Y {n} rhes gyntaf o {total}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows to import</source>
        <translation>Rhesi i’w mewnforio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already there?</source>
        <translation>Yno eisoes?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import the {n} rows already there anyway</source>
        <translation>Mewnforio’r {n} rhes sydd yno eisoes beth bynnag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A row is already there when a stakeholder in the register, or an earlier row, has the same name and organisation (ignoring case and spacing).</source>
        <translation>Mae rhes yno eisoes pan fo gan randdeiliad yn y gofrestr, neu res gynharach, yr un enw a sefydliad (gan anwybyddu priflythrennau a bylchau).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Already there: {line}</source>
        <translation>Yno eisoes: {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {n} more rows already there</source>
        <translation>… a {n} rhes arall sydd yno eisoes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {warning}</source>
        <translation>Nodyn: {warning}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems and warnings</source>
        <translation>Problemau a rhybuddion</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This file cannot be imported: {n} rows have problems. Nothing will be added until every row is sound. Fix them in the spreadsheet and try again.</source>
        <translation>Ni ellir mewnforio’r ffeil hon: mae problemau gyda {n} rhes. Ni ychwanegir dim nes bod pob rhes yn gywir. Cywirwch nhw yn y daenlen a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} stakeholders will be added to the register; {s} rows already there (same name and organisation) will be skipped.</source>
        <translation>Ychwanegir {n} o randdeiliaid at y gofrestr; caiff {s} rhes sydd yno eisoes (yr un enw a sefydliad) eu hepgor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} stakeholders will be added to the register, including {d} rows already there.</source>
        <translation>Ychwanegir {n} o randdeiliaid at y gofrestr, gan gynnwys {d} rhes sydd yno eisoes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} stakeholders will be added to the register.</source>
        <translation>Ychwanegir {n} o randdeiliaid at y gofrestr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repeats row {n}</source>
        <translation>Yn ailadrodd rhes {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already in the register</source>
        <translation>Yn y gofrestr eisoes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>will be imported anyway</source>
        <translation>caiff ei fewnforio beth bynnag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be skipped</source>
        <translation>caiff ei hepgor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import {n} stakeholders</source>
        <translation>&amp;Mewnforio {n} o randdeiliaid</translation>
    </message>
</context>
<context>
    <name>InvitePhonesDialog</name>
    <message>
        <location filename="../../smartdesk/gui/room/invite_dialog.py" line="+32"/>
        <source>Invite Phones</source>
        <translation>Gwahodd Ffonau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Stop Inviting Phones</source>
        <translation>&amp;Stopio Gwahodd Ffonau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address for phones: %s</source>
        <translation>Cyfeiriad ar gyfer ffonau: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code of %s</source>
        <translation>Cod QR %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join code: %s</source>
        <translation>Cod ymuno: %s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%d phone(s) joined · %d vote(s) received · %d comment(s)</source>
        <translation>%d ffôn wedi ymuno · %d pleidlais wedi dod i law · %d sylw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On your phone, open</source>
        <translation>Ar eich ffôn, agorwch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and type the join code</source>
        <translation>a theipiwch y cod ymuno</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smartdesk/gui/window/main_window.py" line="+101"/>
        <source>Workshop stages</source>
        <translation>Camau’r gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+26"/>
        <source>SmartDesk</source>
        <translation>SmartDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open workshop</source>
        <translation>Agor gweithdy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy saved to {path}</source>
        <translation>Copi wedi’i gadw yn {path}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About SmartDesk</source>
        <translation>Ynghylch SmartDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SmartDesk {version}

Plan a smart-place initiative in a workshop and turn it into a committee briefing pack. Works offline.</source>
        <translation>SmartDesk {version}

Cynlluniwch fenter lle clyfar mewn gweithdy a’i throi’n becyn briffio i bwyllgor. Yn gweithio all-lein.</translation>
    </message>
</context>
<context>
    <name>MaturityStep</name>
    <message>
        <location filename="../../smartdesk/gui/vision/maturity.py" line="+76"/>
        <source>1 Ad hoc · 2 Developing · 3 Defined · 4 Managed · 5 Leading</source>
        <translation>1 Ad hoc · 2 Datblygol · 3 Diffiniedig · 4 Wedi’i reoli · 5 Blaenllaw</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Dimension</source>
        <translation>Dimensiwn</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Current (1-5)</source>
        <translation>Presennol (1-5)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Target (1-5)</source>
        <translation>Targed (1-5)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Evidence / note</source>
        <translation>Tystiolaeth / nodyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital maturity</source>
        <translation>Aeddfedrwydd digidol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add default dimensions</source>
        <translation>Ychwanegu dimensiynau diofyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the seven default dimensions</source>
        <translation>Ychwanegu’r saith dimensiwn diofyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meaning of the selected levels</source>
        <translation>Ystyr y lefelau a ddewiswyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw radar chart</source>
        <translation>Llunio siart radar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the maturity radar chart</source>
        <translation>Llunio’r siart radar aeddfedrwydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maturity radar chart: current against target</source>
        <translation>Siart radar aeddfedrwydd: presennol o’i gymharu â’r targed</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Select a dimension to see what its levels mean.</source>
        <translation>Dewiswch ddimensiwn i weld ystyr ei lefelau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current: {0}</source>
        <translation>Presennol: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: {0}</source>
        <translation>Targed: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add default maturity dimensions</source>
        <translation>Ychwanegu dimensiynau aeddfedrwydd diofyn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The radar needs at least three dimensions with both levels set.</source>
        <translation>Mae angen o leiaf dri dimensiwn â’r ddwy lefel wedi’u gosod ar gyfer y radar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{dimension}: current {current}, target {target}</source>
        <translation>{dimension}: presennol {current}, targed {target}</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../smartdesk/gui/merge/dialog.py" line="+35"/>
        <source>Merge breakout files into {name}</source>
        <translation>Cyfuno ffeiliau grwpiau trafod yn {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merging {files} into &apos;{target}&apos;. Nothing is written until you press Merge.</source>
        <translation>Yn cyfuno {files} yn ‘{target}’. Ni ysgrifennir dim nes i chi bwyso Cyfuno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: {note}</source>
        <translation>Rhybudd: {note}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} records differ between this workshop and a breakout file. For all of them:</source>
        <translation>Mae {n} o gofnodion yn wahanol rhwng y gweithdy hwn a ffeil grŵp trafod. Ar gyfer pob un ohonynt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep this workshop&apos;s version</source>
        <translation>&amp;Cadw fersiwn y gweithdy hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take the breakout file&apos;s version (a later file wins over an earlier one)</source>
        <translation>Cymryd fersiwn ffeil y grŵp &amp;trafod (mae ffeil ddiweddarach yn drech nag un gynharach)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the merge does</source>
        <translation>Beth mae’r cyfuno’n ei wneud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Merge</source>
        <translation>&amp;Cyfuno</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{added} to add, {conflicts} that differ, {left} identical (left as they are), {missing} not in a breakout file (kept: a merge never deletes).</source>
        <translation>{added} i’w hychwanegu, {conflicts} sy’n wahanol, {left} yn union yr un fath (wedi’u gadael fel y maent), {missing} heb fod mewn ffeil grŵp trafod (wedi’u cadw: nid yw cyfuno byth yn dileu).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>taken from the breakout file</source>
        <translation>wedi’i gymryd o ffeil y grŵp trafod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this workshop&apos;s version kept</source>
        <translation>cadwyd fersiwn y gweithdy hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To add</source>
        <translation>I’w hychwanegu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differ ({how})</source>
        <translation>Yn wahanol ({how})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in a breakout file (kept, never deleted)</source>
        <translation>Ddim mewn ffeil grŵp trafod (wedi’u cadw, byth yn cael eu dileu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identical, left as they are: {n}</source>
        <translation>Yn union yr un fath, wedi’u gadael fel y maent: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot merge: {rule}</source>
        <translation>Methu cyfuno: {rule}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>… and {n} more</source>
        <translation>… a {n} arall</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../smartdesk/gui/options/page.py" line="+117"/>
        <source>Guidance on the selected option&apos;s routes</source>
        <translation>Canllawiau ar lwybrau’r opsiwn a ddewiswyd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sensitivity in a sentence (live)</source>
        <translation>Sensitifrwydd mewn brawddeg (byw)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chart of each option&apos;s score by criterion</source>
        <translation>Siart o sgôr pob opsiwn fesul maen prawf</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delivery options steps</source>
        <translation>Camau’r opsiynau cyflawni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Long list of options</source>
        <translation>Rhestr hir o opsiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route guidance</source>
        <translation>Canllawiau ar lwybrau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Long list</source>
        <translation>Rhestr &amp;hir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical success factors and weights</source>
        <translation>Ffactorau llwyddiant hanfodol a’u pwysoliadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores of the short list (0-5)</source>
        <translation>Sgorau’r rhestr fer (0-5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How robust is the top place?</source>
        <translation>Pa mor gadarn yw’r safle uchaf?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Criteria and scoring</source>
        <translation>&amp;Meini prawf a sgorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking of the short list</source>
        <translation>Safleoedd y rhestr fer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score by criterion</source>
        <translation>Sgôr fesul maen prawf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole-life costs and value for money</source>
        <translation>Costau oes gyfan a gwerth am arian</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ranking and value for money</source>
        <translation>&amp;Safleoedd a gwerth am arian</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range of each criterion&apos;s share where the top option stays top</source>
        <translation>Ystod cyfran pob maen prawf lle mae’r opsiwn uchaf yn aros ar y brig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart of the ranges</source>
        <translation>Siart o’r ystodau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sensitivity</source>
        <translation>Sensi&amp;tifrwydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk register</source>
        <translation>Cofrestr risg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat map</source>
        <translation>Map gwres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ris&amp;ks</source>
        <translation>Ris&amp;giau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommen&amp;dation</source>
        <translation>Argy&amp;mhelliad</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Figures in today&apos;s (real) prices over {years} years. {discounting} Costs uplifted by each option&apos;s optimism bias (capital, and operating where given). NPSV (net present social value) counts cashable and monetised social benefits. £ per score point = net present cost / weighted score.</source>
        <translation>Ffigurau ym mhrisiau heddiw (real) dros {years} o flynyddoedd. {discounting} Costau wedi’u codi yn ôl tuedd optimistiaeth pob opsiwn (cyfalaf, a gweithredu lle y’i rhoddwyd). Mae’r NPSV (gwerth cymdeithasol presennol net) yn cyfrif buddion ariannol a buddion cymdeithasol wedi’u mynegi mewn arian. £ fesul pwynt sgôr = cost bresennol net / sgôr wedi’i phwysoli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Procurement routes offered follow {law} ({nation}).</source>
        <translation>Mae’r llwybrau caffael a gynigir yn dilyn {law} ({nation}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chart appears once options are short-listed and scored.</source>
        <translation>Mae’r siart yn ymddangos pan fydd opsiynau ar y rhestr fer ac wedi’u sgorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unnamed option)</source>
        <translation>(opsiwn heb enw)</translation>
    </message>
</context>
<context>
    <name>OverdueDelegate</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/tables.py" line="+158"/>
        <source>overdue</source>
        <translation>yn hwyr</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../smartdesk/gui/briefing/preview.py" line="+36"/>
        <source>Choose Preview to see the briefing pack here.</source>
        <translation>Dewiswch Rhagolwg i weld y pecyn briffio yma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in PDF viewer</source>
        <translation>Agor yn y gwyliwr PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Briefing pack preview</source>
        <translation>Rhagolwg o’r pecyn briffio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The in-app preview needs Qt&apos;s PDF module; open the PDF in your viewer.</source>
        <translation>Mae angen modiwl PDF Qt ar gyfer y rhagolwg yn yr ap; agorwch y PDF yn eich gwyliwr.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved {name}.</source>
        <translation>Wedi cadw {name}.</translation>
    </message>
</context>
<context>
    <name>PlacementTray</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/grid_tray.py" line="+36"/>
        <source>Not placed on the grid yet</source>
        <translation>Heb ei osod ar y grid eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a stakeholder onto the grid, or press Enter to place it in the middle</source>
        <translation>Llusgwch randdeiliad i’r grid, neu pwyswch Enter i’w osod yn y canol</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
</context>
<context>
    <name>PrinciplesEditor</name>
    <message>
        <location filename="../../smartdesk/gui/vision/principles.py" line="+159"/>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a principle (Ctrl+N)</source>
        <translation>Ychwanegu egwyddor (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the principle (Del)</source>
        <translation>Dileu’r egwyddor (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>Symud i fyny (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>Symud i lawr (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{action} — principles</source>
        <translation>{action} — egwyddorion</translation>
    </message>
</context>
<context>
    <name>PrinciplesList</name>
    <message>
        <location line="-123"/>
        <source>Guiding principles</source>
        <translation>Egwyddorion arweiniol</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../smartdesk/gui/window/qt_words.py" line="+105"/>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Gyriant</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-31"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Edrych yn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>E&amp;nw’r ffeil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Ffeiliau o’r &amp;math:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ffolder newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Ffolder uwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Golwg fanwl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Mynd i’r ffolder uwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Newid i’r olwg rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Newid i’r olwg fanwl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-12"/>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Cuddio’r manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-25"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Cadw’r cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i’r c&amp;yfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Na i’r cyfa&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Rhoi’r gorau iddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>Peidio â chadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Cau heb gadw</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+22"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo &amp;lleoliad y ddolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>ReadinessChecklist</name>
    <message>
        <location filename="../../smartdesk/gui/briefing/readiness.py" line="+23"/>
        <source>Readiness for committee</source>
        <translation>Parodrwydd ar gyfer y pwyllgor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is missing before committee</source>
        <translation>Beth sydd ar goll cyn y pwyllgor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready for committee: nothing is missing.</source>
        <translation>Yn barod ar gyfer y pwyllgor: does dim ar goll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} things to put right before committee ({b} to fix first).</source>
        <translation>{n} o bethau i’w cywiro cyn y pwyllgor ({b} i’w cywiro’n gyntaf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix first</source>
        <translation>Cywiro’n gyntaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>I’w wneud</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <location filename="../../smartdesk/gui/options/recommendation.py" line="+20"/>
        <source>Recommended option</source>
        <translation>Opsiwn a argymhellir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendation warning</source>
        <translation>Rhybudd am yr argymhelliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons for the recommendation</source>
        <translation>Rhesymau dros yr argymhelliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this option? (saved when you leave the box)</source>
        <translation>Pam yr opsiwn hwn? (caiff ei gadw pan fyddwch yn gadael y blwch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions sought</source>
        <translation>Penderfyniadau y gofynnir amdanynt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One decision the committee is asked for per line</source>
        <translation>Un penderfyniad y gofynnir i’r pwyllgor amdano ar bob llinell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recommended &amp;option</source>
        <translation>&amp;Opsiwn a argymhellir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;easons</source>
        <translation>Rh&amp;esymau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions so&amp;ught</source>
        <translation>&amp;Penderfyniadau y gofynnir amdanynt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none chosen yet)</source>
        <translation>(dim wedi’i ddewis eto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (not short-listed)</source>
        <translation> (ddim ar y rhestr fer)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the recommended option</source>
        <translation>Dewis yr opsiwn a argymhellir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the reasons</source>
        <translation>Golygu’r rhesymau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the decisions sought</source>
        <translation>Golygu’r penderfyniadau y gofynnir amdanynt</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../smartdesk/gui/room/results.py" line="+44"/>
        <source>Results chart</source>
        <translation>Siart canlyniadau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a round to see its results here.</source>
        <translation>Crëwch rownd i weld ei chanlyniadau yma.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} of {all} voters have voted; {total} {unit} given.</source>
        <translation>{n} o {all} o bleidleiswyr wedi pleidleisio; rhoddwyd {total} {unit}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} voters</source>
        <translation>{n} o bleidleiswyr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dots</source>
        <translation>Dotiau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This round has nothing to vote on yet.</source>
        <translation>Nid oes dim i bleidleisio arno yn y rownd hon eto.</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <location filename="../../smartdesk/gui/options/heat_map.py" line="-60"/>
        <source>Risk heat map</source>
        <translation>Map gwres risg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Likelihood</source>
        <translation>Tebygolrwydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shading and edge: low 1-4 (no edge), medium 5-9 (dotted), high 10-14 (dashed), very high 15-25 (thick edge; needs mitigation).</source>
        <translation>Lliw ac ymyl: isel 1-4 (dim ymyl), canolig 5-9 (ymyl dotiog), uchel 10-14 (ymyl doredig), uchel iawn 15-25 (ymyl drwchus; angen lliniaru).</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../../smartdesk/gui/room/page.py" line="+26"/>
        <location line="+8"/>
        <source>In the room</source>
        <translation>Yn yr ystafell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who took part</source>
        <translation>Pwy a gymerodd ran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants</source>
        <translation>&amp;Cyfranogwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan of the day</source>
        <translation>Cynllun y dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;oting</source>
        <translation>&amp;Pleidleisio</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <location filename="../../smartdesk/gui/room/round_form.py" line="+37"/>
        <source>What is the room asked? (Enter creates)</source>
        <translation>Beth a ofynnir i’r ystafell? (Enter i greu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New round&apos;s question</source>
        <translation>Cwestiwn y rownd newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the round is on</source>
        <translation>Testun y rownd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How people vote</source>
        <translation>Sut mae pobl yn pleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation>Dotiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dots or points each voter has</source>
        <translation>Y dotiau neu’r pwyntiau sydd gan bob pleidleisiwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create round</source>
        <translation>Creu &amp;rownd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New round: problem</source>
        <translation>Rownd newydd: problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Dull:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget each:</source>
        <translation>&amp;Cyllideb i bob un:</translation>
    </message>
</context>
<context>
    <name>ScoringMatrixView</name>
    <message>
        <location filename="../../smartdesk/gui/options/scoring.py" line="-73"/>
        <source>Scoring matrix</source>
        <translation>Matrics sgorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the whole matrix</source>
        <translation>Dewis y matrics cyfan</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location line="+117"/>
        <source>Type 0-5 to score; Alt+T for the reason; Enter or Tab moves on; Delete clears; unscored cells show {mark} on a shaded background.</source>
        <translation>Teipiwch 0-5 i sgorio; Alt+T ar gyfer y rheswm; mae Enter neu Tab yn symud ymlaen; mae Delete yn clirio; mae celloedd heb sgôr yn dangos {mark} ar gefndir wedi’i liwio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why this score? (Enter to keep)</source>
        <translation>Pam y sgôr hon? (Enter i’w chadw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale for the current score</source>
        <translation>Rhesymeg dros y sgôr bresennol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ra&amp;tionale:</source>
        <translation>Rh&amp;esymeg:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Short-list options and add criteria to score them.</source>
        <translation>Rhowch opsiynau ar y rhestr fer ac ychwanegwch feini prawf i’w sgorio.</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <location filename="../../smartdesk/gui/options/sensitivity_panel.py" line="-23"/>
        <source>Sensitivity in a sentence</source>
        <translation>Sensitifrwydd mewn brawddeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;py sentence</source>
        <translation>Co&amp;pïo’r frawddeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sentence to paste into the report</source>
        <translation>Copïo’r frawddeg i’w gludo yn yr adroddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of the sensitivity ranges</source>
        <translation>Siart o’r ystodau sensitifrwydd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to chart until options are scored.</source>
        <translation>Dim i’w siartio nes bod opsiynau wedi’u sgorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: weight {share} %, stays top from {low} % to {high} %</source>
        <translation>{name}: pwysoliad {share} %, yn aros ar y brig o {low} % i {high} %</translation>
    </message>
</context>
<context>
    <name>SiloPanel</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/panels.py" line="+24"/>
        <source>Silos and unconnected stakeholders</source>
        <translation>Seilos a rhanddeiliaid heb gysylltiad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{n} separate groups (silos): no relationship links them</source>
        <translation>{n} o grwpiau ar wahân (seilos): nid oes perthynas yn eu cysylltu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked stakeholders: one connected group</source>
        <translation>Rhanddeiliaid cysylltiedig: un grŵp cysylltiedig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group {n}: {count} ({names})</source>
        <translation>Grŵp {n}: {count} ({names})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No relationship at all ({n})</source>
        <translation>Dim perthynas o gwbl ({n})</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../smartdesk/gui/common/stage_page.py" line="+45"/>
        <source>Find in this stage (Ctrl+F)</source>
        <translation>Chwilio’r cam (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in {stage}</source>
        <translation>Chwilio yn {stage}</translation>
    </message>
</context>
<context>
    <name>StageTable</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/tables.py" line="-26"/>
        <source>This workshop is open read-only; changes cannot be saved.</source>
        <translation>Mae’r gweithdy hwn ar agor i’w ddarllen yn unig; ni ellir cadw newidiadau.</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../../smartdesk/gui/stages.py" line="+34"/>
        <source>Vision</source>
        <translation>Gweledigaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholders</source>
        <translation>Rhanddeiliaid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options</source>
        <translation>Opsiynau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Briefing pack</source>
        <translation>Pecyn briffio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the room</source>
        <translation>Yn yr ystafell</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/grid.py" line="+100"/>
        <source>Power-interest grid</source>
        <translation>Grid pŵer a diddordeb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stakeholders by interest (left to right) and power (bottom to top). Arrow keys move the selected cards by 0.5, with Shift by 0.1.</source>
        <translation>Rhanddeiliaid yn ôl diddordeb (chwith i’r dde) a phŵer (gwaelod i’r brig). Mae’r bysellau saeth yn symud y cardiau a ddewiswyd 0.5, gyda Shift 0.1.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>{n} selected: {names}</source>
        <translation>{n} wedi’u dewis: {names}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>card</source>
        <translation>cerdyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {name} on the grid</source>
        <translation>Symud {name} ar y grid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {n} cards</source>
        <translation>Symud {n} cerdyn</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/page.py" line="+33"/>
        <source>Show listening-log entries</source>
        <translation>Dangos cofnodion y log gwrando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All entries</source>
        <translation>Pob cofnod</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stakeholder lists</source>
        <translation>Rhestrau rhanddeiliaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Cofrestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement ga&amp;ps</source>
        <translation>&amp;Bylchau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rela&amp;tionships</source>
        <translation>Per&amp;thnasoedd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement pla&amp;n</source>
        <translation>Cy&amp;nllun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening &amp;log</source>
        <translation>&amp;Log gwrando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid &amp;cards</source>
        <translation>C&amp;ardiau’r grid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected on the grid</source>
        <translation>Wedi’u dewis ar y grid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;relationships</source>
        <translation>Dangos &amp;perthnasoedd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in (Ctrl+=, or Ctrl+wheel)</source>
        <translation>Chwyddo (Ctrl+=, neu Ctrl+olwyn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Lleihau (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ffitio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the grid to the window (Ctrl+0)</source>
        <translation>Ffitio’r grid i’r ffenestr (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import stakeholders…</source>
        <translation>Mewnforio rhanddeiliaid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add stakeholders from a CSV or Excel file</source>
        <translation>Ychwanegu rhanddeiliaid o ffeil CSV neu Excel</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Import stakeholders</source>
        <translation>Mewnforio rhanddeiliaid</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing imported from {name}: every row is already in the register.</source>
        <translation>Ni fewnforiwyd dim o {name}: mae pob rhes yn y gofrestr eisoes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import {n} stakeholders from {name}</source>
        <translation>Mewnforio {n} o randdeiliaid o {name}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../smartdesk/gui/window/status_line.py" line="+43"/>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workshop file</source>
        <translation>Ffeil y gweithdy sydd ar agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save state</source>
        <translation>Cyflwr cadw</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No workshop open: File ▸ Open or New Workshop</source>
        <translation>Dim gweithdy ar agor: Ffeil ▸ Agor neu Weithdy Newydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only</source>
        <translation>Darllen yn unig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>All changes saved</source>
        <translation>Pob newid wedi’i gadw</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../smartdesk/gui/briefing/page.py" line="-30"/>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/criteria.py" line="-7"/>
        <source>Critical success factors</source>
        <translation>Ffactorau llwyddiant hanfodol</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/long_list.py" line="+16"/>
        <source>Options (long list)</source>
        <translation>Opsiynau (rhestr hir)</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/page.py" line="-180"/>
        <source>Ranking (live)</source>
        <translation>Safleoedd (byw)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ranking</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value for money</source>
        <translation>Gwerth am arian</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sensitivity</source>
        <translation>Sensitifrwydd</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/options/risks.py" line="+54"/>
        <source>Risk register</source>
        <translation>Cofrestr risg</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/tables.py" line="+73"/>
        <source>Stakeholder register</source>
        <translation>Cofrestr rhanddeiliaid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relationships</source>
        <translation>Perthnasoedd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engagement plan</source>
        <translation>Cynllun ymgysylltu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening log</source>
        <translation>Log gwrando</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/room/participants.py" line="+48"/>
        <source>Participants</source>
        <translation>Cyfranogwyr</translation>
    </message>
</context>
<context>
    <name>TimeBox</name>
    <message>
        <location filename="../../smartdesk/gui/common/guidance.py" line="+95"/>
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time box minutes</source>
        <translation>Munudau’r blwch amser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+157"/>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Start or pause the time box</source>
        <translation>Dechrau neu oedi’r blwch amser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset the time box</source>
        <translation>Ailosod y blwch amser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound at zero; keep the clock running</source>
        <translation>Sain ar sero; cadw’r cloc i redeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time box options</source>
        <translation>Dewisiadau’r blwch amser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound at zero</source>
        <translation>Sain ar sero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the clock running across stages</source>
        <translation>Cadw’r cloc i redeg ar draws camau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time box</source>
        <translation>Blwch amser</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
</context>
<context>
    <name>TimeUpBanner</name>
    <message>
        <location filename="../../smartdesk/gui/common/time_boxes.py" line="+65"/>
        <location line="+1"/>
        <source>Time&apos;s up</source>
        <translation>Mae’r amser ar ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to put this away</source>
        <translation>Cliciwch i gau hwn</translation>
    </message>
</context>
<context>
    <name>TrayPanel</name>
    <message>
        <location filename="../../smartdesk/gui/stakeholders/tray_panel.py" line="+45"/>
        <source>Not placed yet ({n}) ▸</source>
        <translation>Heb eu gosod eto ({n}) ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold the list away to give the grid the room</source>
        <translation>Plygu’r rhestr o’r golwg i roi lle i’r grid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◂ {n}</source>
        <translation>◂ {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the {n} stakeholders not placed on the grid yet</source>
        <translation>Dangos y {n} o randdeiliaid sydd heb eu gosod ar y grid eto</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <location filename="../../smartdesk/gui/vision/page.py" line="-130"/>
        <source>1. The problem</source>
        <translation>1. Y broblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Vision and horizon</source>
        <translation>2. Gweledigaeth a gorwel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Strategies it serves</source>
        <translation>3. Strategaethau a wasanaethir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Outcomes</source>
        <translation>4. Canlyniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Principles</source>
        <translation>5. Egwyddorion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Digital maturity</source>
        <translation>6. Aeddfedrwydd digidol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment check</source>
        <translation>Gwirio cysondeb</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Vision steps</source>
        <translation>Camau’r weledigaeth</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>The problem</source>
        <translation>Y broblem</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>What is wrong today, for whom, and how do we know? (Ctrl+Enter saves)</source>
        <translation>Beth sydd o’i le heddiw, i bwy, a sut rydyn ni’n gwybod? (mae Ctrl+Enter yn cadw)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Vision statement</source>
        <translation>Datganiad gweledigaeth</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>By &lt;year&gt;, &lt;people and place&gt; will be &lt;better in a way they notice&gt;.</source>
        <translation>Erbyn &lt;blwyddyn&gt;, bydd &lt;pobl a lle&gt; &lt;yn well mewn ffordd y byddant yn sylwi arni&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Horizon year</source>
        <translation>Blwyddyn y gorwel</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>e.g. 2032</source>
        <translation>e.e. 2032</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Horizon year: problem</source>
        <translation>Blwyddyn y gorwel: problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vision statement warnings</source>
        <translation>Rhybuddion am y datganiad gweledigaeth</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Strategy</source>
        <translation>Strategaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>How it aligns</source>
        <translation>Sut mae’n cyd-fynd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Cyfrinachol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strategies</source>
        <translation>Strategaethau</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Unit</source>
        <translation>Uned</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Baseline</source>
        <translation>Llinell sylfaen</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>By</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serves</source>
        <translation>Yn gwasanaethu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F2 or double-click to tick the strategies served</source>
        <translation>F2 neu glicio dwbl i dicio’r strategaethau a wasanaethir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outcome warnings</source>
        <translation>Rhybuddion am ganlyniadau</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Guiding principles, most important first</source>
        <translation>Egwyddorion arweiniol, y pwysicaf yn gyntaf</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Edit problem</source>
        <translation>Golygu’r broblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vision statement</source>
        <translation>Golygu’r datganiad gweledigaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit horizon year</source>
        <translation>Golygu blwyddyn y gorwel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit principles</source>
        <translation>Golygu’r egwyddorion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reorder principles</source>
        <translation>Aildrefnu’r egwyddorion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Horizon year: {0}</source>
        <translation>Blwyddyn y gorwel: {0}</translation>
    </message>
</context>
<context>
    <name>VoteGridView</name>
    <message>
        <location filename="../../smartdesk/gui/room/vote_grid.py" line="+218"/>
        <source>Select every vote</source>
        <translation>Dewis pob pleidlais</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location line="-166"/>
        <source>Option {letter}</source>
        <translation>Opsiwn {letter}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>dots</source>
        <translation>dotiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>pwyntiau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unnamed)</source>
        <translation>(dienw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (table)</source>
        <translation>{name} (bwrdd)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{n} left</source>
        <translation>{n} ar ôl</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../smartdesk/gui/room/voting.py" line="+57"/>
        <source>Vote round shown</source>
        <translation>Y rownd bleidleisio a ddangosir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Round:</source>
        <translation>&amp;Rownd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Voting tools</source>
        <translation>Offer pleidleisio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New round</source>
        <translation>Rownd &amp;newydd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the room a new question</source>
        <translation>Gofyn cwestiwn newydd i’r ystafell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose round</source>
        <translation>&amp;Cau’r rownd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop taking votes</source>
        <translation>Peidio â derbyn rhagor o bleidleisiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a&amp;gain</source>
        <translation>Ail&amp;agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take votes again</source>
        <translation>Derbyn pleidleisiau eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete round</source>
        <translation>&amp;Dileu’r rownd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete it, votes too</source>
        <translation>Ei dileu, a’r pleidleisiau hefyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to &amp;weights</source>
        <translation>Cymhwyso at y p&amp;wysoliadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the criteria&apos;s weights this round&apos;s shares of the points (undoable)</source>
        <translation>Gwneud pwysoliadau’r meini prawf yn gyfrannau’r rownd hon o’r pwyntiau (gellir dadwneud)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Round state</source>
        <translation>Cyflwr y rownd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Votes</source>
        <translation>Pleidleisiau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vote&amp;s (type a count, Enter moves along the voter&apos;s row):</source>
        <translation>Pleidlei&amp;siau (teipiwch nifer; mae Enter yn symud ar hyd rhes y pleidleisiwr):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Votes: problem</source>
        <translation>Pleidleisiau: problem</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(untitled)</source>
        <translation>(heb deitl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} — {status}, {budget} {unit} each on {subject}</source>
        <translation>{title} — {status}, {budget} {unit} yr un ar {subject}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No round yet: type a question above and press Enter.</source>
        <translation>Dim rownd eto: teipiwch gwestiwn uchod a phwyswch Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add participants who attended (Participants tab) to take votes.</source>
        <translation>Ychwanegwch y cyfranogwyr a oedd yn bresennol (tab Cyfranogwyr) i dderbyn pleidleisiau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open: type each voter&apos;s {unit} ({budget} each).</source>
        <translation>Ar agor: teipiwch {unit} pob pleidleisiwr ({budget} yr un).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: open it again to change its votes.</source>
        <translation>Ar gau: agorwch hi eto i newid ei phleidleisiau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The criteria&apos;s weights are this round&apos;s.</source>
        <translation>Pwysoliadau’r rownd hon yw pwysoliadau’r meini prawf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New vote round {title}</source>
        <translation>Rownd bleidleisio newydd {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close vote round {title}</source>
        <translation>Cau’r rownd bleidleisio {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen vote round {title}</source>
        <translation>Ailagor y rownd bleidleisio {title}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Vote: {voter} gives {count} {unit} to {subject}</source>
        <translation>Pleidlais: {voter} yn rhoi {count} {unit} i {subject}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Apply vote round {title} to the weights</source>
        <translation>Cymhwyso rownd bleidleisio {title} at y pwysoliadau</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type a whole number of {unit}, 0 or more.</source>
        <translation>Teipiwch nifer cyfan o {unit}, 0 neu fwy.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: {voter} has {left} {unit} left of {budget}; {count} is over the budget.</source>
        <translation>Heb ei gadw: mae gan {voter} {left} {unit} ar ôl o {budget}; mae {count} dros y gyllideb.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../smartdesk/gui/window/actions.py" line="+56"/>
        <source>&amp;New Workshop…</source>
        <translation>Gweithdy &amp;Newydd…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a &amp;Copy…</source>
        <translation>Cadw &amp;Copi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Stakeholders…</source>
        <translation>&amp;Mewnforio Rhanddeiliaid…</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/merge/breakouts.py" line="-115"/>
        <location filename="../../smartdesk/gui/window/actions.py" line="+3"/>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <location filename="../../smartdesk/gui/window/actions.py" line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find in Stage</source>
        <translation>C&amp;hwilio yn y Cam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Presentation Mode</source>
        <translation>Modd C&amp;yflwyno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next Agenda &amp;Step</source>
        <translation>&amp;Eitem Nesaf yr Agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite &amp;Phones…</source>
        <translation>Gwahodd &amp;Ffonau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave Presentation Mode</source>
        <translation>Gadael y Modd Cyflwyno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About SmartDesk</source>
        <translation>&amp;Ynghylch SmartDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;Diweddar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Room</source>
        <translation>&amp;Ystafell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <location filename="../../smartdesk/gui/briefing/cover_form.py" line="-140"/>
        <source>Report title</source>
        <translation>Teitl yr adroddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Pwyllgor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report author</source>
        <translation>Awdur yr adroddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio holder</source>
        <translation>Deiliad y portffolio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact officer</source>
        <translation>Swyddog cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact officer&apos;s job title</source>
        <translation>Teitl swydd y swyddog cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>E-bost cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact telephone</source>
        <translation>Ffôn cyswllt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the officer who can answer questions on the report</source>
        <translation>Enw’r swyddog sy’n gallu ateb cwestiynau am yr adroddiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An official address, e.g. smart.places@example.gov.uk</source>
        <translation>Cyfeiriad swyddogol, e.e. smart.places@example.gov.uk</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
</TS>

#!/usr/bin/env bash
# The window's Welsh: update the translators' source from the code, then compile it.
#   bash scripts/translations.sh          update resources/translations/smartdesk_cy.ts
#                                         from smartdesk/gui, then build the .qm
#   bash scripts/translations.sh build    build the .qm only (install and bundle do this)
# Translate new texts in Qt Linguist (pyside6-linguist) or by editing the .ts; the
# completeness test (tests/gui/test_welsh.py) fails until every one is translated.
# VENV names the virtual environment with PySide6 (default: .venv).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-update}"
case "$mode" in update|build) ;; *) echo "usage: $0 [update|build]" >&2; exit 2 ;; esac
bin="${VENV:-.venv}/bin"
folder=resources/translations

if [ "$mode" = update ]; then
  mapfile -t sources < <(find smartdesk/gui -name '*.py' | sort)
  # -no-obsolete: a text gone from the code leaves the file (git keeps its history).
  "$bin/pyside6-lupdate" -silent -no-obsolete -locations relative "${sources[@]}" \
    -ts "$folder/smartdesk_cy.ts"
fi
"$bin/pyside6-lrelease" -silent "$folder/smartdesk_cy.ts" -qm "$folder/smartdesk_cy.qm"

#!/usr/bin/env bash
# Install everything SmartDesk needs on Debian/Ubuntu, then run the app or the tests.
#   bash scripts/setup.sh run    install, then open the app on the demo workshop
#   bash scripts/setup.sh test   install, then run lint, type checks and the whole test suite
# Works as root or as a user with sudo (only the system packages need it).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

# Qt's X11/EGL libraries and fonts (Qt wheels need them), Xvfb for a screenless
# machine, poppler-utils to look at PDFs, python3-venv for the virtual environment.
APT_PACKAGES=(
  python3 python3-venv python3-pip
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libglib2.0-0 libx11-6 libx11-xcb1 libdbus-1-3 fonts-dejavu-core
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxcb-xinerama0
  xvfb xauth poppler-utils
  chromium nodejs
  icu-devtools binutils gcc
)
# The web pages (phones' page, HTML pack) are tested in Debian's chromium, driven by
# Playwright's Python client, with axe-core from the npm registry.
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! command -v npm >/dev/null; then
  # Debian packages npm apart from nodejs (NodeSource's nodejs brings its own).
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >/dev/null
fi

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# Newer pips show setuptools' "Editable installation" warning box on every install;
# it warns of nothing that applies here, so only that warning is silenced.
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install -q -e ".[test]"
# The command line's Welsh: .mo catalogues from the .po sources in resources/locale
# (without them, smartdesk --lang cy compiles the .po at every start).
.venv/bin/python -m smartdesk.catalogues.po_files >/dev/null
# The window's Welsh catalogue (.qm) from its Linguist source (.ts), with the venv's
# pyside6-lrelease; a built copy is also committed, so a bare checkout speaks Welsh too.
bash scripts/translations.sh build

if [ "$mode" = test ] && [ ! -f .tools/node_modules/axe-core/axe.min.js ]; then
  # Test tool only (never shipped, never used at run time): the accessibility checker.
  npm install --silent --no-audit --no-fund --prefix .tools axe-core@4.14.1 >/dev/null
fi

if [ "$mode" = run ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No screen here: starting SmartDesk off-screen once to show it works"
    echo "(to use it without a screen: QT_QPA_PLATFORM=offscreen, or the commands in .venv/bin/smartdesk --help)."
    QT_QPA_PLATFORM=offscreen exec .venv/bin/smartdesk --demo --quit-after-show
  fi
  exec .venv/bin/smartdesk --demo
fi

echo "== ruff (lint, format)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy (whole package; strict below the gui, cli and reports)"
.venv/bin/mypy
echo "== pytest"
set +e
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -p no:cacheprovider "${@:2}"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure" >&2
  exit 1
fi
exit "$status"

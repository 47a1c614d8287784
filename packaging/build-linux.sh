#!/usr/bin/env bash
# Build the Linux bundle, smoke-test the bundled executables, and pack the tarball.
#
#   bash packaging/build-linux.sh
#
# Needs the project's .venv (scripts/setup.sh makes it); installs PyInstaller into it if
# missing. Writes only build/ and dist/:
#   dist/SmartDesk/                                   the one-folder bundle
#   dist/SmartDesk-<version>-linux-x86_64.tar.gz      bundle + install-user.sh (no root)
# Prints the figures: build time, bundle size and file count, tarball size, start-up of
# the bundle against the venv. Exits non-zero on any failure, and when a figure is over
# budget (200 MB unpacked, 90 MB compressed, start-up 1.3x); SMARTDESK_BUDGET=warn
# reports an over-budget figure without failing (shared CI runners are noisy).
set -euo pipefail
cd "$(dirname "$0")/.."

python=.venv/bin/python
budget_mode="${SMARTDESK_BUDGET:-fail}"
size_budget_mb=200
tarball_budget_mb=90

fail() { echo "build-linux.sh: $*" >&2; exit 1; }
[ -x "$python" ] || fail "no .venv here: run 'bash scripts/setup.sh test' first"

version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
name="SmartDesk-$version-linux-$arch"

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "== installing PyInstaller into .venv"
  "$python" -m pip install -q "pyinstaller>=6.10"
fi

# ICU's own tools slim Qt's 32 MB locale data to English and Welsh (packaging/icu_slim.py).
if ! command -v icupkg >/dev/null || ! command -v genccode >/dev/null; then
  echo "== installing icu-devtools (icupkg, genccode)"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq icu-devtools >/dev/null \
    || echo "build-linux.sh: could not install icu-devtools; ICU data stays whole" >&2
fi

echo "== building SmartDesk $version with PyInstaller $("$python" -m PyInstaller --version)"
rm -rf dist/SmartDesk
start=$(date +%s.%N)
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/smartdesk.spec 2>&1 \
  | grep -v -e "required via ctypes not found" -e "libqgtk3.so'" -e "Hidden import \"lxml\." || true
[ -x dist/SmartDesk/SmartDesk ] && [ -x dist/SmartDesk/smartdesk-cli ] \
  || fail "PyInstaller did not produce dist/SmartDesk"
build_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

bundle_bytes=$(du -sb dist/SmartDesk | cut -f1)
bundle_mb=$(awk -v b="$bundle_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
files=$(find dist/SmartDesk -type f | wc -l)

echo "== smoke test of the bundled executables"
"$python" packaging/smoke_test.py dist/SmartDesk || fail "smoke test failed"

echo "== start-up: bundle against venv"
set +e
startup_report=$("$python" packaging/measure_startup.py dist/SmartDesk --runs 5)
startup_status=$?
set -e
echo "$startup_report"
[ "$startup_status" -le 3 ] || fail "start-up measurement failed"

echo "== tarball"
stage=build/tarball
rm -rf "$stage" && mkdir -p "$stage/$name"
cp -a dist/SmartDesk "$stage/$name/SmartDesk"
cp packaging/linux/install-user.sh packaging/linux/smartdesk.desktop \
  packaging/linux/smartdesk-mime.xml "$stage/$name/"
cat > "$stage/$name/README.txt" <<EOF
SmartDesk $version for Linux ($arch)

Install for yourself (no administrator rights needed):
    sh install-user.sh
This copies SmartDesk to ~/.local/opt/SmartDesk, adds it to the applications menu,
registers .smartdesk workshop files, and adds the 'smartdesk' command to ~/.local/bin.
Remove it again with:  sh install-user.sh --uninstall

Or run it in place, without installing:  ./SmartDesk/SmartDesk
SmartDesk needs no network connection and sends nothing anywhere.
EOF
tarball="dist/$name.tar.gz"
tar -C "$stage" -czf "$tarball" "$name"
tar_bytes=$(stat -c %s "$tarball")
tar_mb=$(awk -v b="$tar_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

echo "== install-user.sh into a throw-away home"
fake_home=$(mktemp -d)
trap 'rm -rf "$fake_home"' EXIT
mkdir -p "$fake_home/unpack"
tar -C "$fake_home/unpack" -xzf "$tarball"
HOME="$fake_home" XDG_DATA_HOME="$fake_home/.local/share" \
  sh "$fake_home/unpack/$name/install-user.sh" >/dev/null || fail "install-user.sh failed"
installed_version=$(HOME="$fake_home" "$fake_home/.local/bin/smartdesk" --version)
[ "$installed_version" = "SmartDesk $version" ] || fail "installed smartdesk says '$installed_version'"
for installed in .local/share/applications/smartdesk.desktop \
  .local/share/mime/packages/smartdesk-mime.xml \
  .local/share/icons/hicolor/48x48/apps/smartdesk.png; do
  [ -f "$fake_home/$installed" ] || fail "install-user.sh did not install ~/$installed"
done
if command -v update-mime-database >/dev/null 2>&1; then
  grep -q "application/x-smartdesk" "$fake_home/.local/share/mime/globs2" \
    || fail "the shared-mime-info database does not know *.smartdesk"
fi
HOME="$fake_home" XDG_DATA_HOME="$fake_home/.local/share" \
  sh "$fake_home/unpack/$name/install-user.sh" --uninstall >/dev/null
[ ! -e "$fake_home/.local/opt/SmartDesk" ] || fail "--uninstall left ~/.local/opt/SmartDesk"
echo "installed, ran '$installed_version', uninstalled: ok"

over=()
awk -v a="$bundle_mb" -v b="$size_budget_mb" 'BEGIN { exit !(a <= b) }' || over+=("bundle $bundle_mb MB > $size_budget_mb MB")
awk -v a="$tar_mb" -v b="$tarball_budget_mb" 'BEGIN { exit !(a <= b) }' || over+=("tarball $tar_mb MB > $tarball_budget_mb MB")
[ "$startup_status" -eq 0 ] || over+=("start-up ratio over 1.3x")

echo
echo "== figures: SmartDesk $version, linux-$arch"
printf '  build time        %6.1f s\n' "$build_s"
printf '  bundle size       %6.1f MB unpacked (%d bytes; budget %d MB)\n' "$bundle_mb" "$bundle_bytes" "$size_budget_mb"
printf '  bundle files      %6d\n' "$files"
printf '  tarball           %6.1f MB compressed (budget %d MB): %s\n' "$tar_mb" "$tarball_budget_mb" "$tarball"
echo "$startup_report" | sed 's/^/  /'
if [ "${#over[@]}" -gt 0 ]; then
  for item in "${over[@]}"; do echo "  OVER BUDGET: $item" >&2; done
  [ "$budget_mode" = warn ] || exit 4
fi
echo "== done"

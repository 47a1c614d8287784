#!/usr/bin/env bash
# Build SmartDesk.app and a .dmg on macOS, with the same smoke test as Linux.
#
#   bash packaging/macos/build-macos.sh
#
# Needs Python 3.11 with SmartDesk's dependencies installed (pip install .). PYTHON picks
# the interpreter (default: .venv/bin/python if present, else python3). Writes build/ and
#   dist/SmartDesk.app                          (the spec's BUNDLE: Info.plist declares the
#                                                .smartdesk document type and its UTI)
#   dist/SmartDesk-<version>-macos-<arch>.dmg
# Signing and notarisation run only when their secrets are in the environment:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: ..." (certificate already in a keychain)
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_PASSWORD (app-specific), MACOS_NOTARY_TEAM_ID
set -euo pipefail
cd "$(dirname "$0")/../.."

python="${PYTHON:-}"
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
fail() { echo "build-macos.sh: $*" >&2; exit 1; }

version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
app=dist/SmartDesk.app
dmg="dist/SmartDesk-$version-macos-$arch.dmg"

"$python" -c "import PyInstaller" 2>/dev/null || "$python" -m pip install -q "pyinstaller>=6.10"

echo "== building SmartDesk $version ($arch)"
start=$(date +%s)
rm -rf "$app" dist/SmartDesk
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/smartdesk.spec
[ -x "$app/Contents/MacOS/SmartDesk" ] || fail "PyInstaller did not produce $app"
build_s=$(( $(date +%s) - start ))

plist="$app/Contents/Info.plist"
/usr/libexec/PlistBuddy -c "Print :CFBundleDocumentTypes:0:LSItemContentTypes:0" "$plist" \
  | grep -q "uk.gov.smartdesk.workshop" || fail "Info.plist lacks the .smartdesk document type"
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$plist" | grep -qx "$version" \
  || fail "Info.plist version is not $version"

echo "== smoke test of the bundled executables"
"$python" packaging/smoke_test.py "$app" || fail "smoke test failed"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "== signing with $MACOS_SIGN_IDENTITY"
  codesign --force --deep --options runtime --timestamp \
    --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "== not signing (MACOS_SIGN_IDENTITY not set); Gatekeeper will ask users to confirm"
fi

echo "== disk image"
stage=build/dmg
rm -rf "$stage" "$dmg" && mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"  # drag-to-install; ~/Applications works too
hdiutil create -volname "SmartDesk $version" -srcfolder "$stage" -ov -format UDZO "$dmg" >/dev/null
[ -z "${MACOS_SIGN_IDENTITY:-}" ] || codesign --force --sign "$MACOS_SIGN_IDENTITY" "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] \
  && [ -n "${MACOS_NOTARY_PASSWORD:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ]; then
  echo "== notarising"
  xcrun notarytool submit "$dmg" --wait \
    --apple-id "$MACOS_NOTARY_APPLE_ID" --password "$MACOS_NOTARY_PASSWORD" \
    --team-id "$MACOS_NOTARY_TEAM_ID"
  xcrun stapler staple "$dmg"
else
  echo "== not notarising (notary secrets not set)"
fi

echo
echo "== figures: SmartDesk $version, macos-$arch"
echo "  build time    ${build_s} s"
echo "  app size      $(du -sk "$app" | awk '{ printf "%.1f", $1 * 1024 / 1e6 }') MB unpacked"
echo "  app files     $(find "$app" -type f | wc -l | tr -d ' ')"
echo "  disk image    $(stat -f %z "$dmg" | awk '{ printf "%.1f", $1 / 1e6 }') MB: $dmg"

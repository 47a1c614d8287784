#!/bin/sh
# Install SmartDesk for the current user only: no root, nothing outside ~/.local.
#   sh install-user.sh              install (or update) from the folder this script is in
#   sh install-user.sh --uninstall  remove everything this script installed
# Puts the program in ~/.local/opt/SmartDesk, a `smartdesk` command in ~/.local/bin,
# a menu entry, the icon, and the .smartdesk file type.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="$HOME/.local/opt/SmartDesk"
bin="$HOME/.local/bin"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  # Desktops pick the new menu entry and file type up from these caches.
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix"
  rm -f "$bin/smartdesk" "$bin/smartdesk-cli"
  rm -f "$data/applications/smartdesk.desktop" "$data/mime/packages/smartdesk-mime.xml"
  for size in $sizes; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/smartdesk.png"
    rm -f "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-smartdesk.png"
  done
  refresh
  echo "SmartDesk removed. Your workshop files and settings were not touched."
  exit 0
fi

if [ ! -x "$here/SmartDesk/SmartDesk" ]; then
  echo "install-user.sh: run me from the unpacked SmartDesk archive (SmartDesk/ missing)" >&2
  exit 2
fi

mkdir -p "$HOME/.local/opt" "$bin" "$data/applications" "$data/mime/packages"
# Replace the whole folder so files from an older version never linger.
rm -rf "$prefix.new"
cp -R "$here/SmartDesk" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
# On Linux the console executable opens the window too, and prints to a terminal.
ln -sf "$prefix/smartdesk-cli" "$bin/smartdesk"
ln -sf "$prefix/smartdesk-cli" "$bin/smartdesk-cli"

sed "s|^Exec=smartdesk |Exec=\"$prefix/SmartDesk\" |" "$here/smartdesk.desktop" \
  > "$data/applications/smartdesk.desktop"
cp "$here/smartdesk-mime.xml" "$data/mime/packages/smartdesk-mime.xml"
icons="$prefix/_internal/smartdesk/_data/resources/icons"
for size in $sizes; do
  for kind in apps mimetypes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/$kind"
  done
  cp "$icons/smartdesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/smartdesk.png"
  cp "$icons/smartdesk-$size.png" \
    "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-smartdesk.png"
done
refresh

echo "SmartDesk $("$prefix/smartdesk-cli" --version | sed 's/^SmartDesk //') installed in $prefix"
case ":$PATH:" in
  *":$bin:"*) echo "Run it from the applications menu, or type: smartdesk" ;;
  *) echo "Run it from the applications menu, or add $bin to your PATH to type: smartdesk" ;;
esac

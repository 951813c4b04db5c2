#!/bin/sh
# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
#
# Register Copydesk with the Linux desktop: the menu entry, the icons (hicolor theme), the
# file associations ("Open with Copydesk" for .docx, .odt, .md, .txt, .html) and the AppStream
# metadata software centres read. Works from a source checkout, an unpacked sdist, or the
# PyInstaller bundle folder (where `make dist` puts a copy of this script).
#
#   install-desktop.sh [--prefix DIR] [--exec COMMAND] [--uninstall]
#
#   --prefix DIR    where to install: ~/.local (the default, this user only) or /usr/local
#                   (everyone; run as root)
#   --exec COMMAND  what the menu entry starts: default `copydesk` from PATH, or the bundle's
#                   own executable when this script sits in a bundle folder
#   --uninstall     remove what an earlier run installed under DIR
set -eu

ID=org.copydesk.Copydesk
SIZES="16 32 48 64 128 256"
here=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local"
command_path=""
uninstall=0

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --exec) command_path="$2"; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '5,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-desktop.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

if [ -d "$here/_internal/resources/icons/hicolor" ]; then
    icons="$here/_internal/resources/icons/hicolor"           # a PyInstaller bundle
    [ -n "$command_path" ] || command_path="$here/copydesk"
else
    icons="$here/../resources/icons/hicolor"                  # a checkout or an sdist
fi
share="$prefix/share"
targets="$share/applications/$ID.desktop $share/metainfo/$ID.metainfo.xml
$share/icons/hicolor/scalable/apps/$ID.svg"
for size in $SIZES; do
    targets="$targets $share/icons/hicolor/${size}x${size}/apps/$ID.png"
done

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
    fi
}

if [ "$uninstall" = 1 ]; then
    for target in $targets; do rm -f "$target"; done
    refresh_caches
    echo "Removed Copydesk's desktop entry, icons and metadata from $share"
    exit 0
fi

[ -f "$icons/scalable/apps/$ID.svg" ] || { echo "install-desktop.sh: icons not found in $icons" >&2; exit 1; }
install -D -m 644 "$here/$ID.desktop" "$share/applications/$ID.desktop"
if [ -n "$command_path" ]; then
    # Desktop Entry quoting: the path in double quotes, with \ " ` $ escaped.
    quoted=$(printf '%s' "$command_path" | sed 's/[\\"`$]/\\\\&/g')
    sed -i -e "s|^Exec=.*|Exec=\"$quoted\" %f|" -e "s|^TryExec=.*|TryExec=$command_path|" \
        "$share/applications/$ID.desktop"
fi
install -D -m 644 "$here/$ID.metainfo.xml" "$share/metainfo/$ID.metainfo.xml"
install -D -m 644 "$icons/scalable/apps/$ID.svg" "$share/icons/hicolor/scalable/apps/$ID.svg"
for size in $SIZES; do
    install -D -m 644 "$icons/${size}x${size}/apps/$ID.png" \
        "$share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
refresh_caches
echo "Installed Copydesk's desktop entry, icons and metadata under $share"

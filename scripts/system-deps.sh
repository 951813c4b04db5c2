#!/bin/sh
# Make sure the system packages Copydesk needs are present on Debian/Ubuntu.
#
# Qt's wheels need a handful of shared libraries (see docs/platform.md), and
# `python3 -m venv` needs python3-venv on Debian's own Python. If any is
# missing we install it with apt when we can (root, or sudo without a
# password); otherwise we stop and print the exact command to run.
# Set COPYDESK_EXTRA_APT to add packages (CI uses it for test tools).
set -eu

QT_PACKAGES="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libx11-6 libfreetype6 libfontconfig1 \
libdbus-1-3 fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
libxcb-xfixes0 libxcb-xkb1 libxcb-render0 libxcb-util1 libx11-xcb1 libxcb1"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system; make sure Qt 6's libraries are installed." >&2
    exit 0
fi

wanted="$QT_PACKAGES ${COPYDESK_EXTRA_APT:-}"
# Debian's own Python needs python3-venv for `python3 -m venv`; a pyenv or
# self-built Python carries ensurepip itself.
python=${PYTHON:-python3}
if ! "$python" -c "import ensurepip" >/dev/null 2>&1; then
    wanted="$wanted python3-venv"
fi

missing=""
for pkg in $wanted; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = "0" ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
else
    echo "Copydesk needs these system packages:$missing" >&2
    echo "Install them with:" >&2
    echo "    sudo apt-get update && sudo $cmd" >&2
    exit 1
fi
echo "Installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >/dev/null || echo "apt-get update failed; trying the install anyway" >&2
$sudo $cmd

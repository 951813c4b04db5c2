#!/bin/sh
# Run scripts/screenshots.py on a virtual X screen (real xcb platform, not offscreen).
set -eu
cd "$(dirname "$0")/.."
command -v xvfb-run >/dev/null 2>&1 || { echo "screenshots need xvfb-run: sudo apt-get install xvfb xauth" >&2; exit 1; }
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py docs/screenshots

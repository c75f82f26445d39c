#!/usr/bin/env bash
# Installs what is missing, builds Clientele (release) and opens it on the demo book.
# Without a display (a server, CI) it runs under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target clientele clientele-cli

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/release/app/clientele --demo
fi
echo "No display found: running under Xvfb and saving build/release/demo-screenshot.png"
xvfb-run -a -s "-screen 0 1280x800x24" build/release/app/clientele --demo --screenshot build/release/demo-screenshot.png
echo "Saved build/release/demo-screenshot.png"

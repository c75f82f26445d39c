#!/usr/bin/env bash
# Installs the Debian 12 packages Clientele needs to build, run and test (run as root). Does nothing when all
# of them are already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libphonenumber-dev libsqlite3-dev libxlsxwriter-dev libminizip-dev libgtest-dev libgmock-dev
    xvfb xauth imagemagick poppler-utils fonts-wqy-microhei sqlite3 python3-openpyxl python3-icalendar
    libuchardet-dev libicu-dev libreoffice-calc-nogui
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "These packages are missing: ${missing[*]}" >&2
    echo "Run this script as root (or with sudo) to install them." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"

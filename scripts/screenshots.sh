#!/usr/bin/env bash
# Renders the screenshots in docs/screenshots from a fresh demo book, in English and Chinese, under Xvfb.
# usage: scripts/screenshots.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
app="$build/app/clientele"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
out=docs/screenshots
mkdir -p "$out"

shoot() { # FILE LANGUAGE [options...]
    local file=$1 language=$2
    shift 2
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --language "$language" --screenshot "$out/$file" "$@"
}

shoot main-window-en.png en
shoot main-window-zh_CN.png zh_CN --search 有限
shoot main-window-zh_TW.png zh_TW --search 台北
shoot search-two-characters-zh_CN.png zh_CN --search 伟芳 --view contacts
shoot timeline-en.png en --search harbor --view timeline
shoot edit-customer-en.png en --view edit
shoot edit-customer-zh_CN.png zh_CN --search 深圳 --view edit
shoot import-mapping-en.png en --view import-mapping --import docs/samples/import-sample-en.csv
shoot import-check-en.png en --view import-check --import docs/samples/import-sample-en.csv
shoot import-mapping-zh_CN.png zh_CN --view import-mapping --import docs/samples/import-sample-zh.csv
shoot import-check-zh_CN.png zh_CN --view import-check --import docs/samples/import-sample-zh.csv
shoot import-duplicates-zh_TW.png zh_TW --view import-duplicates --import docs/samples/import-sample-zh.csv
shoot duplicates-merge-en.png en --view duplicates
shoot duplicates-merge-zh_CN.png zh_CN --view duplicates
shoot trust-backup-settings-en.png en --view backup-settings
shoot trust-backup-settings-zh_CN.png zh_CN --view backup-settings
shoot trust-audit-en.png en --view audit
shoot trust-audit-zh_CN.png zh_CN --view audit
shoot trust-erase-en.png en --view erase
shoot trust-erase-zh_CN.png zh_CN --view erase
shoot trust-erase-zh_TW.png zh_TW --view erase
echo "Screenshots written to $out"

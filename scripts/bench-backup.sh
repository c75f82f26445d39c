#!/usr/bin/env bash
# Backup plus verify (issue #9) beside the sqlite3 command line's `.backup` followed by `PRAGMA integrity_check`
# on the same book, in the same run. Target: clientele within 1.5x of sqlite3.
# usage: scripts/bench-backup.sh [N]   (N demo customers, default 1,000,000; BUILD=build/release by default)
# Figures go into docs/PERFORMANCE.md by hand. Works in a temporary directory, removed at the end unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
build=$(realpath "${BUILD:-build/release}")
cli=$build/app/clientele-cli
for tool in "$cli" sqlite3 /usr/bin/time; do
    command -v "$tool" > /dev/null || { echo "missing: $tool (cmake --build $build --target clientele-cli)" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-backup.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
book=$work/book.clientele

echo "nproc: $(nproc), load average at start: $(cut -d' ' -f1-3 /proc/loadavg), sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "source tree: $(git rev-parse --short HEAD), date: $(date -u '+%Y-%m-%d %H:%M UTC'), N = $count"
"$cli" --db "$book" demo --customers "$count" --seed 1 > /dev/null
echo "book: $(du -h "$book" | cut -f1)"

seconds() { /usr/bin/time -f '%e' -o "$work/t" "$@" > /dev/null 2>&1; cat "$work/t"; }
for round in 1 2 3; do
    rm -f "$work"/copy-*
    ours=$(seconds "$cli" --db "$book" backup create "$work/copy-ours.clientele")
    theirs=$(seconds sh -c "sqlite3 '$book' \".backup '$work/copy-sqlite3.db'\" && sqlite3 '$work/copy-sqlite3.db' 'PRAGMA integrity_check' | grep -qx ok")
    echo "round $round: clientele-cli backup create (copy + integrity_check + counts) ${ours} s; sqlite3 .backup + integrity_check ${theirs} s; ratio $(echo "scale=2; $ours / $theirs" | bc)"
done

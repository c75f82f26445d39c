#!/usr/bin/env bash
# Builds a release, creates a demo book of N customers (default 1,000,000) and runs the timed benchmarks.
# usage: scripts/bench.sh [N]     (figures go into docs/PERFORMANCE.md by hand, with the machine)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLIENTELE_BUILD_TESTS=OFF > /dev/null
cmake --build build/bench --target clientele-cli clientele-bench clientele-agenda-bench
book=build/bench/bench-$count.clientele
rm -f "$book" "$book-wal" "$book-shm"
echo "## Demo book of $count customers"
/usr/bin/time -f "wall %e s, peak memory %M KB" build/bench/app/clientele-cli --db "$book" demo --customers "$count" --seed 1 --quiet
ls -l "$book" | awk '{ printf "book file: %.0f MB\n", $5 / 1048576 }'
echo
echo "## List and search"
build/bench/bench/clientele-bench "$book"
echo
echo "## Follow-ups and renewals"
build/bench/bench/clientele-agenda-bench "$book"

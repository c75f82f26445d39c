#!/usr/bin/env bash
# The SIGKILL durability test of issue #9 with 100 rounds per case (CTest runs 20, 5 and 5): a writer process commits
# customers (and imports, and backups), is killed at a random moment, and the reopened book must pass integrity_check
# and hold every commit the writer reported. Result in docs/RELIABILITY.md.
# usage: scripts/durability.sh [BUILD_DIR] [ROUNDS]   (default build/dev, 100)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
rounds=${2:-100}
cmake --build "$build" --target durability_tests > /dev/null
CLIENTELE_DURABILITY_ROUNDS=$rounds QT_QPA_PLATFORM=offscreen "$build/tests/durability_tests"

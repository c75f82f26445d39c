#!/usr/bin/env bash
# Import and export benchmarks of issue #7, each beside a baseline run on the same machine in the same run.
# usage: scripts/bench-io.sh [N]    (N customers, default 1,000,000; figures go into docs/PERFORMANCE.md by hand)
# Environment: BOOK=FILE exports an existing demo book of N customers instead of making one (the export adds
# an audit entry to it); REPEAT=K runs each export and its baselines K times, interleaved, and compares medians
# (the machine is a shared VM: single runs vary by 30%); EXPORT_ONLY=1 skips the imports.
# Uses the release build in build/release (clientele-cli, bare-xlsxwriter-rows), sqlite3 and /usr/bin/python3 with
# openpyxl. Works in a temporary directory, removed at the end unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
build=${BUILD:-build/release}
build=$(realpath "$build")
cli=$build/app/clientele-cli
bare=$build/bench/bare-xlsxwriter-rows
for tool in "$cli" "$bare" /usr/bin/time /usr/bin/python3 sqlite3; do
    command -v "$tool" > /dev/null || { echo "missing: $tool (build: cmake --build $build --target clientele-cli bare-xlsxwriter-rows)" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-io.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
cd "$work"

echo "## Machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "ram: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1), libxlsxwriter: $(dpkg-query -W -f '${Version}' libxlsxwriter-dev 2>/dev/null || echo '?'), openpyxl: $(/usr/bin/python3 -c 'import openpyxl; print(openpyxl.__version__)')"
echo "source tree: $(git -C "$OLDPWD" rev-parse --short HEAD)$(git -C "$OLDPWD" diff --quiet HEAD -- core app || echo ' (core/app modified)')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), N = $count"
echo

# run LABEL COMMAND...: wall time and peak resident memory of one command; stdout to LABEL.out, stderr to LABEL.err.
declare -A wall rss
run() {
    local label=$1
    shift
    /usr/bin/time -f '%e %M' -o "$label.time" "$@" > "$label.out" 2> "$label.err" || {
        echo "FAILED: $label: $*" >&2
        tail -5 "$label.err" >&2
        exit 1
    }
    read -r wall[$label] rss[$label] < "$label.time"
    printf '%-16s %8.2f s  %7.0f MB  %s\n' "$label" "${wall[$label]}" "$(echo "${rss[$label]} / 1024" | bc -l)" "$*"
}
ratio() { echo "scale=2; ${wall[$1]} / ${wall[$2]}" | bc -l; }

# median LABEL: the median wall time of LABEL.1 .. LABEL.$repeat
repeat=${REPEAT:-1}
median() {
    local label=$1 i
    for ((i = 1; i <= repeat; i++)); do echo "${wall[$label.$i]}"; done | sort -g | awk '{ v[NR] = $1 }
        END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

columns=name,kind,industry,province,city,phone,email,owner,tier,stage,source,tags
book=demo.clientele
if [ -n "${BOOK:-}" ]; then
    book=$(realpath "$BOOK")
    echo "book: $book ($(sqlite3 -readonly "$book" 'SELECT count(*) FROM customers') customers)"
else
    run demo "$cli" --db demo.clientele demo --customers "$count" --seed 1 --quiet
fi

# The query CustomerRepository::forEachRow runs for this export (no filter, sorted by name, no time column), word
# for word: the table read in storage order and sorted, with one sorter helper thread (PRAGMA threads = 1) as
# ours; the times left out (NULL), the tags as their ids (ours names them from the tags table).
first_point="(SELECT p.value FROM contact_points p WHERE p.customer_id = c.id AND p.contact_id IS NULL AND p.kind = '%s' AND p.position = 0)"
phone=$(printf "$first_point" phone)
email=$(printf "$first_point" email)
tag_ids="(SELECT group_concat(v, ',') FROM (SELECT CAST(ct.tag_id AS TEXT) AS v FROM customer_tags ct WHERE ct.customer_id = c.id ORDER BY ct.tag_id))"
tags="(SELECT group_concat(v, ', ') FROM (SELECT t.name AS v FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = c.id ORDER BY t.name))"
from="FROM customers c NOT INDEXED LEFT JOIN owners o ON o.id = c.owner_id WHERE c.deleted_at IS NULL \
ORDER BY +c.name ASC, c.id ASC"
exporter_query="SELECT c.id, c.kind, c.name, c.industry, c.province, c.city, c.owner_id, o.name, c.tier, c.stage, c.source, \
NULL, NULL, NULL, $phone, $email, $tag_ids $from"
# The same rows, only the twelve exported columns, in the export's order.
cells_query="SELECT c.name AS Name, c.kind AS Kind, c.industry AS Industry, c.province AS Province, c.city AS City, \
$phone AS Phone, $email AS Email, o.name AS Owner, c.tier AS Tier, c.stage AS Stage, c.source AS Source, $tags AS Tags $from"

threads=(-cmd "PRAGMA threads = 1")
# Not timed: the cells for the bare libxlsxwriter program, in the same query's order.
sqlite3 -readonly "${threads[@]}" -header -separator $'\x1f' -newline $'\x1e' "$book" "$cells_query" > cells.txt

echo
echo "## Export"
for ((i = 1; i <= repeat; i++)); do
    run export-csv.$i "$cli" --db "$book" export customers out.csv --columns "$columns"
    run sqlite-csv.$i sqlite3 -readonly "${threads[@]}" -csv -header "$book" "$exporter_query"
    run export-xlsx.$i "$cli" --db "$book" export customers out.xlsx --columns "$columns"
    run bare-xlsx.$i "$bare" cells.txt bare.xlsx
done
for label in export-csv sqlite-csv export-xlsx bare-xlsx; do wall[$label]=$(median $label); done
run sqlite-csv12 sqlite3 -readonly "${threads[@]}" -csv -header "$book" "$cells_query"
run sqlite-csv-all sqlite3 -readonly -csv -header "$book" "SELECT * FROM customers"
ls -l out.csv sqlite-csv.1.out sqlite-csv12.out out.xlsx bare.xlsx | awk '{ printf "  %-16s %6.1f MB\n", $9, $5 / 1048576 }'
echo "  medians of $repeat: export CSV ${wall[export-csv]} s, sqlite3 CSV ${wall[sqlite-csv]} s," \
    "export XLSX ${wall[export-xlsx]} s, bare writer ${wall[bare-xlsx]} s"

ratios_export() {
    echo "export CSV  / sqlite3 -csv (exporter's query):      $(ratio export-csv sqlite-csv)   (target <= 2)"
    echo "export CSV  / sqlite3 -csv (12 exported columns):   $(ratio export-csv sqlite-csv12)"
    echo "export XLSX / bare libxlsxwriter, same cells:       $(ratio export-xlsx bare-xlsx)   (target <= 1.5)"
}
if [ "${EXPORT_ONLY:-0}" = 1 ]; then
    echo
    echo "## Ratios (ours / baseline; wall time)"
    ratios_export
    echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi

echo
echo "## Import"
run import-csv "$cli" --db imp-csv.clientele import customers out.csv --on-duplicate create
run check-csv "$cli" --db check-csv.clientele import customers out.csv --on-duplicate create --check

# Baseline: sqlite3's .import of the same CSV into a table with the same twelve columns, then the search text and
# both FTS5 tables as SqliteSearchIndex builds them (see docs/PERFORMANCE.md for what is approximated).
cat > baseline-import.sql <<'EOF'
CREATE TABLE customers (name TEXT, kind TEXT, industry TEXT, province TEXT, city TEXT, phone TEXT, email TEXT,
                        owner TEXT, tier TEXT, stage TEXT, source TEXT, tags TEXT);
EOF
cat > baseline-index.sql <<'EOF'
BEGIN;
ALTER TABLE customers ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
UPDATE customers SET search_text = lower(name || ' | ' || replace(replace(phone, ' ', ''), '-', '') || ' | ' || email);
CREATE VIRTUAL TABLE customer_search_trigram USING fts5(search_text, content='customers', content_rowid='rowid',
                                                        tokenize='trigram', detail='none');
INSERT INTO customer_search_trigram (customer_search_trigram) VALUES ('rebuild');
CREATE VIRTUAL TABLE customer_search_bigram USING fts5(grams, content='', tokenize='trigram', detail='none');
INSERT INTO customer_search_bigram (rowid, grams) SELECT rowid, search_text FROM customers;
COMMIT;
EOF
rm -f baseline.db
run sqlite-import sqlite3 baseline.db ".read baseline-import.sql" ".import --csv --skip 1 out.csv customers" \
    ".read baseline-index.sql"
echo "  baseline rows: $(sqlite3 baseline.db 'SELECT count(*) FROM customers')," \
    "ours: $(sqlite3 imp-csv.clientele 'SELECT count(*) FROM customers')"

run import-xlsx "$cli" --db imp-xlsx.clientele import customers out.xlsx --on-duplicate create
run check-xlsx "$cli" --db check-xlsx.clientele import customers out.xlsx --on-duplicate create --check
cat > openpyxl-read.py <<'EOF'
import sys
import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1], read_only=True)
rows = sum(1 for _ in workbook.active.iter_rows(values_only=True))
print(rows)
EOF
run openpyxl /usr/bin/python3 openpyxl-read.py out.xlsx
echo "  openpyxl rows (with the header): $(cat openpyxl.out)," \
    "ours: $(sqlite3 imp-xlsx.clientele 'SELECT count(*) FROM customers')"

echo
echo "## Ratios (ours / baseline; wall time)"
ratios_export
echo "import CSV  / sqlite3 .import + FTS5 tables:        $(ratio import-csv sqlite-import)   (target <= 2)"
echo "import CSV --check (no writes) / same baseline:     $(ratio check-csv sqlite-import)"
echo "openpyxl read-only / import XLSX:                   $(ratio openpyxl import-xlsx)   (target >= 10)"
echo "openpyxl read-only / import XLSX --check:           $(ratio openpyxl check-xlsx)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

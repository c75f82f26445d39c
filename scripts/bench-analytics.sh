#!/usr/bin/env bash
# Times the analyses (issue #6) on a demo book topped up to ORDERS orders, against the sqlite3 command line
# running the same RFM in SQL (window functions) on the same file.
# usage: scripts/bench-analytics.sh [CUSTOMERS] [ORDERS]   (defaults 100000 and 1000000; BUILD=build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-100000}
orders=${2:-1000000}
build=${BUILD:-build/release}
cmake --build "$build" --target clientele-cli clientele-analytics-bench >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
book="$dir/bench.clientele"
asof=2026-11-20
"$build/app/clientele-cli" --db "$book" demo --customers "$customers" --seed 1 --quiet
existing=$(sqlite3 "$book" "SELECT count(*) FROM orders")
# Top up with orders of random customers over three years (revenue 100.00-5,000.00, cost 40-80% of it).
sqlite3 "$book" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $orders - $existing)
INSERT INTO orders (uuid, number, customer_id, order_date, currency, subtotal, total, tax, cost, created_at, updated_at)
SELECT lower(hex(randomblob(16))), 'B-' || i, 1 + abs(random()) % $customers,
       date('$asof', '-' || (abs(random()) % 1095) || ' days'), 'CNY', r, r, 0, r * (40 + abs(random()) % 41) / 100,
       '$asof', '$asof'
FROM (SELECT i, 10000 + abs(random()) % 490000 AS r FROM n);
ANALYZE;
SQL
echo "book: $customers customers, $(sqlite3 "$book" "SELECT count(*) FROM orders") orders, $(du -h "$book" | cut -f1)"
rfm_sql="WITH t AS (SELECT o.customer_id, SUM(CASE WHEN o.total - o.tax > 0 THEN 1 ELSE 0 END) AS f,
  SUM(o.total - o.tax) AS m, MAX(CASE WHEN o.total - o.tax > 0 THEN o.order_date END) AS last
  FROM orders o JOIN customers c ON c.id = o.customer_id
  WHERE o.deleted_at IS NULL AND c.deleted_at IS NULL AND o.currency = 'CNY' AND o.order_date <= '$asof'
  GROUP BY o.customer_id),
s AS (SELECT customer_id, CAST(julianday('$asof') - julianday(last) AS INTEGER) AS days, f, m FROM t WHERE f > 0)
SELECT customer_id, days, f, m, 1 + 5 * (RANK() OVER (ORDER BY days DESC) - 1) / COUNT(*) OVER (),
  1 + 5 * (RANK() OVER (ORDER BY f) - 1) / COUNT(*) OVER (), 1 + 5 * (RANK() OVER (ORDER BY m) - 1) / COUNT(*) OVER ()
FROM s;"
best=""
for run in 1 2 3; do
    start=$(date +%s%N)
    sqlite3 "$book" "$rfm_sql" >/dev/null
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "sqlite3 RFM (window functions, best of 3, process included): $best ms"
"$build/bench/clientele-analytics-bench" "$book" "$asof" "$dir/analysis.pdf"

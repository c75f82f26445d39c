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
# Settings ▸ Colours: Dark.
shoot main-window-dark-en.png en --appearance dark --search harbor
shoot complaint-reports-dark-zh_CN.png zh_CN --appearance dark --view complaint-reports
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

# Quoting: the catalogue, the quotes list with pipeline and win rate, the quote editor, and printed quotations.
shoot quotes-products-en.png en --view products
shoot quotes-list-en.png en --view quotes
shoot quotes-list-zh_CN.png zh_CN --view quotes
shoot quotes-editor-en.png en --view quote-editor
shoot quotes-editor-zh_CN.png zh_CN --view quote-editor
shoot quotes-editor-zh_TW.png zh_TW --view quote-editor
shoot quotes-orders-en.png en --view orders
pdfdir=$(mktemp -d)
cli="$build/app/clientele-cli"
"$cli" --db "$pdfdir/demo.clientele" demo --customers 2000 --seed 1 --quiet
quote=$(sqlite3 "$pdfdir/demo.clientele" "SELECT id FROM quotes WHERE status = 'sent' ORDER BY quote_date DESC, id LIMIT 1")
for language in en zh_CN; do
    "$cli" --db "$pdfdir/demo.clientele" quote pdf "$quote" "$pdfdir/quote-$language.pdf" --language "$language" 2>/dev/null
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdfdir/quote-$language.pdf" "$out/quotes-pdf-$language"
done
# Reports: the analyses on the Reports page and pages of the printed customer analysis.
shoot reports-segments-en.png en --view reports-segments
shoot reports-segments-zh_CN.png zh_CN --view reports-segments
shoot reports-pareto-en.png en --view reports-pareto
shoot reports-pareto-zh_TW.png zh_TW --view reports-pareto
shoot reports-clusters-en.png en --view reports-clusters
shoot reports-lifecycle-zh_CN.png zh_CN --view reports-lifecycle
shoot reports-churn-en.png en --view reports-churn
# The seven views of customer analysis and customer value.
shoot views-profile-en.png en --view views-profile
shoot views-profile-zh_CN.png zh_CN --view views-profile
shoot views-loyalty-en.png en --view views-loyalty
shoot views-profitability-zh_CN.png zh_CN --view views-profitability
shoot views-performance-en.png en --view views-performance
shoot views-performance-zh_CN.png zh_CN --view views-performance
shoot views-prospects-en.png en --view views-prospects
shoot views-products-zh_TW.png zh_TW --view views-products
shoot views-promotion-en.png en --view views-promotion
shoot views-value-en.png en --view views-value
shoot views-value-zh_CN.png zh_CN --view views-value
for language in en zh_CN; do
    "$cli" --db "$pdfdir/demo.clientele" report pdf "$pdfdir/analysis-$language.pdf" --language "$language" 2>/dev/null
    # One page a file (-singlefile): a range names its files page-01.png once the document has ten pages or more.
    for page in 1 2; do
        pdftoppm -png -r 70 -f $page -l $page -singlefile "$pdfdir/analysis-$language.pdf" "$pdfdir/page-$page"
    done
    convert "$pdfdir/page-1.png" "$pdfdir/page-2.png" +append "$out/reports-pdf-$language.png"
    # Two pages of the seven views: the first one (profile) and the seventh (performance by category).
    # awk reads to the end: leaving early would stop pdftotext with SIGPIPE, which pipefail makes fatal.
    first=$(pdftotext "$pdfdir/analysis-$language.pdf" - | awk -v RS='\f' '!found && /Customer analysis view|客户分析视图/ { print NR; found = 1 }')
    pdftoppm -png -r 70 -f "$first" -l "$first" -singlefile "$pdfdir/analysis-$language.pdf" "$pdfdir/views-a"
    pdftoppm -png -r 70 -f $((first + 6)) -l $((first + 6)) -singlefile "$pdfdir/analysis-$language.pdf" "$pdfdir/views-b"
    convert "$pdfdir/views-a.png" "$pdfdir/views-b.png" +append "$out/views-pdf-$language.png"
    rm -f "$pdfdir"/views-*.png
done
# The printed one-customer report: a customer with orders, contracts and complaints, its first two pages.
customer=$(sqlite3 "$pdfdir/demo.clientele" "SELECT c.id FROM customers c JOIN contracts k ON k.customer_id = c.id
    JOIN complaints m ON m.customer_id = c.id JOIN orders o ON o.customer_id = c.id GROUP BY c.id
    ORDER BY COUNT(DISTINCT o.id) DESC, c.id LIMIT 1")
for language in en zh_CN zh_TW; do
    "$cli" --db "$pdfdir/demo.clientele" report customer "$customer" "$pdfdir/customer-$language.pdf" \
        --lang "$language" 2>/dev/null
    for page in 1 2; do
        pdftoppm -png -r 70 -f $page -l $page -singlefile "$pdfdir/customer-$language.pdf" "$pdfdir/customer-$page"
    done
    convert "$pdfdir/customer-1.png" "$pdfdir/customer-2.png" +append "$out/customer-report-$language.png"
done
rm -rf "$pdfdir"

# Follow-ups: agenda, calendar, renewals and neglected customers.
shoot followups-agenda-en.png en --view agenda
shoot followups-agenda-zh_CN.png zh_CN --view agenda
shoot followups-agenda-zh_TW.png zh_TW --view agenda
shoot followups-calendar-en.png en --view calendar
shoot followups-calendar-zh_CN.png zh_CN --view calendar
shoot followups-renewals-en.png en --view renewals
shoot followups-renewals-zh_CN.png zh_CN --view renewals
shoot followups-renewal-rate-en.png en --view renewal-rate
shoot followups-renewal-rate-zh_CN.png zh_CN --view renewal-rate
shoot followups-neglected-en.png en --view neglected
shoot followups-neglected-zh_TW.png zh_TW --view neglected

# Complaints: the list, a case, its history and the reports.
shoot complaints-list-en.png en --view complaints
shoot complaints-list-zh_CN.png zh_CN --view complaints
shoot complaints-case-en.png en --view complaint-case
shoot complaints-case-zh_CN.png zh_CN --view complaint-case
shoot complaints-history-en.png en --view complaint-history
shoot complaints-history-zh_CN.png zh_CN --view complaint-history
shoot complaints-reports-en.png en --view complaint-reports
shoot complaints-reports-zh_CN.png zh_CN --view complaint-reports
shoot complaints-list-zh_TW.png zh_TW --view complaints
# Callbacks and visits on a case, and follow-ups for a whole segment in one step.
shoot callback-case-followups-en.png en --view complaint-followups
shoot callback-case-followups-zh_CN.png zh_CN --view complaint-followups
shoot callback-case-followups-zh_TW.png zh_TW --view complaint-followups
shoot callback-schedule-followups-en.png en --view schedule-followups
shoot callback-schedule-followups-zh_CN.png zh_CN --view schedule-followups

# Trust: backup settings, the audit trail and the erase dialog.
shoot trust-backup-settings-en.png en --view backup-settings
shoot trust-backup-settings-zh_CN.png zh_CN --view backup-settings
shoot trust-audit-en.png en --view audit
shoot trust-audit-zh_CN.png zh_CN --view audit
shoot trust-erase-en.png en --view erase
shoot trust-erase-zh_CN.png zh_CN --view erase
shoot trust-erase-zh_TW.png zh_TW --view erase
# Trust: audit entries of every kind of record, and a contact's marketing consent.
shoot audit-kinds-en.png en --view audit-kinds
shoot audit-kinds-zh_CN.png zh_CN --view audit-kinds
shoot audit-contact-consent-en.png en --view contact-consent
shoot audit-contact-consent-zh_CN.png zh_CN --view contact-consent
shoot audit-contact-consent-zh_TW.png zh_TW --view contact-consent

# Opening a book safely: the book is open in another Clientele; the book is damaged (its newest good backup offered).
shoot book-locked-en.png en --view book-locked
shoot book-locked-zh_CN.png zh_CN --view book-locked
shoot book-damaged-en.png en --view book-damaged
shoot book-damaged-zh_CN.png zh_CN --view book-damaged
shoot book-damaged-zh_TW.png zh_TW --view book-damaged
echo "Screenshots written to $out"

#pragma once

#include "Result.h"
#include "io/CustomerImporter.h"
#include "io/SalesRowParser.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

class TableReader;

// Imports products into the catalogue, or a sales history into orders, from a table file.
//
// Products match the catalogue by code (or by name when the row has no code). A sales history has one row per
// order line: rows with the same order number make one order (with the customer, date and currency of its first
// row; a later row that disagrees is a problem of its own). Each order's customer is found by name (and city), its
// products by code or name; a product not in the catalogue becomes a free-text line, which then needs its price.
// Totals are computed as for a quote. As CustomerImporter: check() writes nothing; run() writes in one transaction,
// all or nothing unless validOnly, and with validOnly an order with one bad line is left out whole.
class SalesImporter
{
    Q_DECLARE_TR_FUNCTIONS(SalesImporter)

public:
    explicit SalesImporter(QSqlDatabase db);
    ~SalesImporter();

    void setProgressHandler(std::function<void(double)> handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result<ImportSummary> check(TableReader &reader, const ImportMapping &mapping, const ImportOptions &options);
    Result<ImportSummary> run(TableReader &reader, const ImportMapping &mapping, const ImportOptions &options);

private:
    struct Session;
    struct PendingOrder;
    Result<ImportSummary> process(
        TableReader &reader, const ImportMapping &mapping, const ImportOptions &options, bool write);
    Status prepare(Session &session);
    Status productRow(Session &session, const ParsedProductRow &row, qint64 rowNumber);
    Status orderLine(Session &session, const ParsedOrderLine &line, qint64 rowNumber);
    std::optional<ImportProblem> takeOrderTerms(Session &session, PendingOrder &pending, const ParsedOrderLine &line,
        const QString &currency, qint64 rowNumber);
    Result<qint64> customerOf(Session &session, const ParsedOrderLine &line, qint64 rowNumber);
    std::optional<Product> productOf(Session &session, const ParsedOrderLine &line, qint64 rowNumber);
    PendingOrder *orderFor(Session &session, const ParsedOrderLine &line, qint64 customerId, qint64 rowNumber);
    Status finishOrders(Session &session);
    Status writeOrder(Session &session, const PendingOrder &pending);
    void rowProblem(Session &session, const ImportProblem &problem);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QSqlDatabase m_db;
    std::function<void(double)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

// Checks (write = false) or imports a table into the book, whatever the options' target.
Result<ImportSummary> importTable(QSqlDatabase db, TableReader &reader, const ImportMapping &mapping,
    const ImportOptions &options, bool write, const std::function<void(double)> &progress = {},
    const std::atomic_bool *cancel = nullptr);

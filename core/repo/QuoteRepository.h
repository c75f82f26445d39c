#pragma once

#include "Result.h"
#include "domain/Quote.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

struct QuoteFilter
{
    std::optional<QuoteStatus> status;
    qint64 ownerId = 0; // 0: any
    qint64 customerId = 0; // 0: any
    QDate from; // invalid: open
    QDate to;
    QString search; // number or customer name
    bool includeSuperseded = false;
    int limit = 5000;
};

// Open value per status and currency: the pipeline.
struct PipelineEntry
{
    QuoteStatus status = QuoteStatus::Draft;
    QString currency;
    int count = 0;
    qint64 total = 0;
};

// Quotes decided per month (by quote date): won = accepted; lost = rejected or expired.
struct WinRateEntry
{
    QString month; // YYYY-MM
    int won = 0;
    int lost = 0;
};

// Quotes, their lines and revisions; accepting one makes its order (OrderRepository) in the same transaction.
class QuoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(QuoteRepository)

public:
    explicit QuoteRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // A new draft (revision 1) numbered from the book's pattern; totals computed and stored. Returns the id.
    Result<qint64> create(Quote quote);
    // Saves the user's changes. A draft is changed in place; a sent, rejected or expired quote becomes the next
    // revision (a new draft with the same number), the earlier one kept readable. Returns the id of the quote
    // that now holds the changes. An accepted quote or a superseded revision cannot be changed.
    Result<qint64> save(const Quote &quote);
    Result<Quote> get(qint64 id) const;
    Result<QList<QuoteRow>> list(const QuoteFilter &filter = {}) const;
    // Every revision of a number, oldest first.
    Result<QList<QuoteRow>> revisions(const QString &number) const;

    Status markSent(qint64 id);
    Status reject(qint64 id);
    // Accepts the quote and creates its order dated `date` (the quote's lines, amounts and costs); returns the
    // order's id. Only a draft or sent quote that is the newest revision can be accepted.
    Result<qint64> accept(qint64 id, const QDate &date, const QString &channel = QStringLiteral("direct"));
    // A new draft with the same customer and lines, a new number and today's date.
    Result<qint64> duplicate(qint64 id, const QDate &today);
    // Sent quotes whose validity ended before `today` become expired; returns how many.
    Result<int> expireOverdue(const QDate &today);

    Result<QList<PipelineEntry>> pipeline() const;
    Result<QList<WinRateEntry>> winRateByMonth(const QDate &from) const;

private:
    Status cancelChases(qint64 id);
    Status checkQuote(const Quote &quote) const;
    // A new numbered draft; `duplicateOf` (0: none) is the quote it copies, named in the audit entry.
    Result<qint64> createNumbered(Quote quote, qint64 duplicateOf);
    // The audit entry of a new revision: what changed against the revision it replaces.
    Status auditRevision(const Quote &previous, qint64 revisionId);
    Result<qint64> insert(const Quote &quote);
    Status writeLines(qint64 quoteId, const Quote &quote);
    Status setStatus(qint64 id, QuoteStatus status, const QList<QuoteStatus> &allowedFrom);

    QSqlDatabase m_db;
};

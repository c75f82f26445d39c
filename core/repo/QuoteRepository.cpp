#include "QuoteRepository.h"
#include "Clock.h"
#include "DocumentNumbers.h"
#include "LookupRepository.h"
#include "OrderRepository.h"
#include "SqlHelpers.h"
#include "audit/AuditLog.h"
#include "audit/AuditTrail.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Money.h"
#include "services/QuoteCalculator.h"
#include "services/QuoteChaser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace SqlHelpers;

namespace {

const QString kRowSelect = QStringLiteral(
    "SELECT q.id, q.number, q.revision, q.customer_id, c.name, coalesce(o.name, ''), q.quote_date, q.valid_until, "
    "q.currency, q.status, q.total, q.subtotal - q.discount - q.cost FROM quotes q JOIN customers c ON "
    "c.id = q.customer_id LEFT JOIN owners o ON o.id = q.owner_id WHERE q.deleted_at IS NULL AND c.deleted_at IS NULL");

QuoteRow rowFrom(const QSqlQuery &query)
{
    QuoteRow row;
    row.id = query.value(0).toLongLong();
    row.number = query.value(1).toString();
    row.revision = query.value(2).toInt();
    row.customerId = query.value(3).toLongLong();
    row.customerName = query.value(4).toString();
    row.ownerName = query.value(5).toString();
    row.date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    row.validUntil = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    row.currency = query.value(8).toString();
    row.status = quoteStatusFromString(query.value(9).toString()).value_or(QuoteStatus::Draft);
    row.total = query.value(10).toLongLong();
    row.margin = query.value(11).toLongLong();
    return row;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kEntity = QStringLiteral("quote");

QString quantityText(qint64 thousandths)
{
    return Money::format(thousandths, 3, false).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

// The audited fields of a quote as stored: its header, its stored total and one line of text per line.
QJsonObject auditFields(const Quote &q)
{
    const int decimals = qMax(0, Money::decimals(q.currency));
    QJsonArray lines;
    for (const QuoteLine &line : q.lines)
        lines.append(QStringLiteral("%1 × %2 @ %3").arg(line.description, quantityText(line.quantity),
            Money::format(line.unitPrice, decimals, false)));
    return QJsonObject {
        { QStringLiteral("number"), q.number },
        { QStringLiteral("revision"), q.revision },
        { QStringLiteral("customer_id"), q.customerId },
        { QStringLiteral("contact_id"), q.contactId },
        { QStringLiteral("owner_id"), q.ownerId },
        { QStringLiteral("date"), q.date.toString(Qt::ISODate) },
        { QStringLiteral("valid_until"), q.validUntil.toString(Qt::ISODate) },
        { QStringLiteral("currency"), q.currency },
        { QStringLiteral("status"), toString(q.status) },
        { QStringLiteral("discount_rate"), q.discount },
        { QStringLiteral("charges"), q.charges },
        { QStringLiteral("terms"), q.terms },
        { QStringLiteral("notes"), q.notes },
        { QStringLiteral("lines"), lines },
        { QStringLiteral("total"), q.total },
    };
}

} // namespace

Status QuoteRepository::checkQuote(const Quote &quote) const
{
    if (quote.customerId <= 0)
        return Error { tr("A quote needs a customer."), {}, -1, -1, QStringLiteral("customer") };
    if (Money::decimals(quote.currency) < 0)
        return Error { tr("\"%1\" is not a currency this version knows.").arg(quote.currency), {}, -1, -1,
            QStringLiteral("currency") };
    if (!quote.date.isValid())
        return Error { tr("A quote needs a date."), {}, -1, -1, QStringLiteral("date") };
    if (!quote.validUntil.isValid() || quote.validUntil < quote.date)
        return Error { tr("The quote must be valid until its date or later."), {}, -1, -1,
            QStringLiteral("valid_until") };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(quote.customerId);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Checking the customer"));
    if (query.value(0).toLongLong() == 0)
        return Error { tr("There is no customer %1.").arg(quote.customerId), {}, -1, -1, QStringLiteral("customer") };
    return {};
}

Result<qint64> QuoteRepository::create(Quote quote)
{
    return createNumbered(std::move(quote), 0);
}

Result<qint64> QuoteRepository::createNumbered(Quote quote, qint64 duplicateOf)
{
    LookupRepository settings(m_db);
    const QString pattern = settings.setting(QStringLiteral("quote_number_pattern"), QStringLiteral("Q-{YYYY}-{####}"))
                                .value_or(QStringLiteral("Q-{YYYY}-{####}"));
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto number = DocumentNumbers(m_db).next(QStringLiteral("quote"), pattern,
        quote.date.isValid() ? quote.date : Clock::instance().today(), QStringLiteral("quotes"));
    if (!number)
        return number.error();
    quote.number = number.value();
    quote.revision = 1;
    quote.status = QuoteStatus::Draft;
    quote.uuid.clear();
    auto id = insert(quote);
    if (!id)
        return id;
    auto stored = get(id.value());
    if (!stored)
        return stored.error();
    QJsonObject changes = AuditLog::diff({}, auditFields(stored.value()));
    if (duplicateOf > 0)
        changes.insert(QStringLiteral("duplicate_of"), QJsonObject { { QStringLiteral("new"), duplicateOf } });
    if (Status status = AuditTrail::record(m_db, AuditEntry::Action::Create, kEntity, id.value(),
            stored.value().customerId, changes);
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<qint64> QuoteRepository::insert(const Quote &quote)
{
    if (Status status = checkQuote(quote); !status)
        return status.error();
    auto totals = QuoteCalculator::compute(quote);
    if (!totals)
        return totals.error();
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO quotes (uuid, number, revision, customer_id, contact_id, owner_id, quote_date, valid_until, "
        "currency, status, discount_rate, charges, charges_tax_rate, terms, notes, subtotal, discount, tax, total, "
        "cost, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(quote.uuid.isEmpty() ? Database::newUuid() : quote.uuid);
    query.addBindValue(quote.number);
    query.addBindValue(quote.revision);
    query.addBindValue(quote.customerId);
    query.addBindValue(idOrNull(quote.contactId));
    query.addBindValue(idOrNull(quote.ownerId));
    query.addBindValue(fromDate(quote.date));
    query.addBindValue(fromDate(quote.validUntil));
    query.addBindValue(quote.currency);
    query.addBindValue(toString(quote.status));
    query.addBindValue(quote.discount);
    query.addBindValue(quote.charges);
    query.addBindValue(quote.chargesTaxRate);
    query.addBindValue(text(quote.terms));
    query.addBindValue(text(quote.notes));
    query.addBindValue(totals.value().subtotal);
    query.addBindValue(totals.value().discount);
    query.addBindValue(totals.value().tax);
    query.addBindValue(totals.value().total);
    query.addBindValue(totals.value().cost);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(query, tr("Saving the quote"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status status = writeLines(id, quote); !status)
        return status.error();
    return id;
}

Status QuoteRepository::writeLines(qint64 quoteId, const Quote &quote)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM quote_lines WHERE quote_id = ?"));
    query.addBindValue(quoteId);
    if (!query.exec())
        return sqlError(query, tr("Saving the quote lines"));
    query.prepare(QStringLiteral(
        "INSERT INTO quote_lines (quote_id, position, product_id, code, description, unit, quantity, unit_price, "
        "discount_rate, tax_rate, unit_cost, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < quote.lines.size(); ++i) {
        const QuoteLine &line = quote.lines[i];
        auto total = QuoteCalculator::computeLine(line, i + 1);
        if (!total)
            return total.error();
        query.addBindValue(quoteId);
        query.addBindValue(i + 1);
        query.addBindValue(idOrNull(line.productId));
        query.addBindValue(text(line.code));
        query.addBindValue(text(line.description));
        query.addBindValue(text(line.unit));
        query.addBindValue(line.quantity);
        query.addBindValue(line.unitPrice);
        query.addBindValue(line.discount);
        query.addBindValue(line.taxRate);
        query.addBindValue(line.unitCost);
        query.addBindValue(total.value().amount);
        if (!query.exec())
            return sqlError(query, tr("Saving line %1 of the quote").arg(i + 1));
    }
    return {};
}

Result<qint64> QuoteRepository::save(const Quote &quote)
{
    if (quote.id == 0)
        return create(quote);
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto stored = get(quote.id);
    if (!stored)
        return stored.error();
    if (stored.value().superseded)
        return Error { tr("Quote %1 revision %2 was replaced by a later revision and cannot be changed.")
                           .arg(stored.value().number)
                           .arg(stored.value().revision) };
    if (stored.value().status == QuoteStatus::Accepted)
        return Error { tr("Quote %1 was accepted and cannot be changed.").arg(stored.value().number) };
    Quote changed = quote;
    changed.number = stored.value().number;
    qint64 id = quote.id;
    if (stored.value().status == QuoteStatus::Draft) {
        if (Status status = checkQuote(changed); !status)
            return status.error();
        auto totals = QuoteCalculator::compute(changed);
        if (!totals)
            return totals.error();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE quotes SET customer_id = ?, contact_id = ?, owner_id = ?, quote_date = ?, valid_until = ?, "
            "currency = ?, discount_rate = ?, charges = ?, charges_tax_rate = ?, terms = ?, notes = ?, subtotal = ?, "
            "discount = ?, tax = ?, total = ?, cost = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(changed.customerId);
        query.addBindValue(idOrNull(changed.contactId));
        query.addBindValue(idOrNull(changed.ownerId));
        query.addBindValue(fromDate(changed.date));
        query.addBindValue(fromDate(changed.validUntil));
        query.addBindValue(changed.currency);
        query.addBindValue(changed.discount);
        query.addBindValue(changed.charges);
        query.addBindValue(changed.chargesTaxRate);
        query.addBindValue(text(changed.terms));
        query.addBindValue(text(changed.notes));
        query.addBindValue(totals.value().subtotal);
        query.addBindValue(totals.value().discount);
        query.addBindValue(totals.value().tax);
        query.addBindValue(totals.value().total);
        query.addBindValue(totals.value().cost);
        query.addBindValue(Database::nowTimestamp());
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query, tr("Saving the quote"));
        if (Status status = writeLines(id, changed); !status)
            return status.error();
        auto after = get(id);
        if (!after)
            return after.error();
        if (Status status = AuditTrail::recordUpdate(m_db, kEntity, id, after.value().customerId,
                auditFields(stored.value()), auditFields(after.value()));
            !status)
            return status.error();
    } else {
        changed.revision = stored.value().revision + 1;
        changed.status = QuoteStatus::Draft;
        changed.uuid.clear();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE quotes SET superseded = 1, updated_at = ? WHERE id = ?"));
        query.addBindValue(Database::nowTimestamp());
        query.addBindValue(quote.id);
        if (!query.exec())
            return sqlError(query, tr("Saving the quote"));
        auto newId = insert(changed);
        if (!newId)
            return newId.error();
        id = newId.value();
        if (Status status = auditRevision(stored.value(), id); !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<Quote> QuoteRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT q.id, q.uuid, q.number, q.revision, q.superseded, q.customer_id, c.name, coalesce(q.contact_id, 0), "
        "coalesce(ct.name, ''), coalesce(q.owner_id, 0), coalesce(o.name, ''), q.quote_date, q.valid_until, "
        "q.currency, q.status, q.discount_rate, q.charges, q.charges_tax_rate, q.terms, q.notes, q.subtotal, q.total, "
        "q.sent_at, q.decided_at, q.created_at, q.updated_at FROM quotes q JOIN customers c ON c.id = q.customer_id "
        "LEFT JOIN contacts ct ON ct.id = q.contact_id LEFT JOIN owners o ON o.id = q.owner_id "
        "WHERE q.id = ? AND q.deleted_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the quote"));
    if (!query.next())
        return Error { tr("There is no quote %1.").arg(id) };
    Quote quote;
    int i = 0;
    quote.id = query.value(i++).toLongLong();
    quote.uuid = query.value(i++).toString();
    quote.number = query.value(i++).toString();
    quote.revision = query.value(i++).toInt();
    quote.superseded = query.value(i++).toInt() != 0;
    quote.customerId = query.value(i++).toLongLong();
    quote.customerName = query.value(i++).toString();
    quote.contactId = query.value(i++).toLongLong();
    quote.contactName = query.value(i++).toString();
    quote.ownerId = query.value(i++).toLongLong();
    quote.ownerName = query.value(i++).toString();
    quote.date = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
    quote.validUntil = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
    quote.currency = query.value(i++).toString();
    quote.status = quoteStatusFromString(query.value(i++).toString()).value_or(QuoteStatus::Draft);
    quote.discount = query.value(i++).toLongLong();
    quote.charges = query.value(i++).toLongLong();
    quote.chargesTaxRate = query.value(i++).toLongLong();
    quote.terms = query.value(i++).toString();
    quote.notes = query.value(i++).toString();
    quote.subtotal = query.value(i++).toLongLong();
    quote.total = query.value(i++).toLongLong();
    quote.sentAt = toDateTime(query.value(i++));
    quote.decidedAt = toDateTime(query.value(i++));
    quote.createdAt = toDateTime(query.value(i++));
    quote.updatedAt = toDateTime(query.value(i++));

    query.prepare(QStringLiteral("SELECT id, coalesce(product_id, 0), code, description, unit, quantity, unit_price, "
                                 "discount_rate, tax_rate, unit_cost FROM quote_lines WHERE quote_id = ? "
                                 "ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Reading the quote lines"));
    while (query.next()) {
        QuoteLine line;
        line.id = query.value(0).toLongLong();
        line.productId = query.value(1).toLongLong();
        line.code = query.value(2).toString();
        line.description = query.value(3).toString();
        line.unit = query.value(4).toString();
        line.quantity = query.value(5).toLongLong();
        line.unitPrice = query.value(6).toLongLong();
        line.discount = query.value(7).toLongLong();
        line.taxRate = query.value(8).toLongLong();
        line.unitCost = query.value(9).toLongLong();
        quote.lines << line;
    }
    return quote;
}

Result<QList<QuoteRow>> QuoteRepository::list(const QuoteFilter &filter) const
{
    QString sql = kRowSelect;
    QVariantList binds;
    if (!filter.includeSuperseded)
        sql += QStringLiteral(" AND q.superseded = 0");
    if (filter.status) {
        sql += QStringLiteral(" AND q.status = ?");
        binds << toString(*filter.status);
    }
    if (filter.ownerId > 0) {
        sql += QStringLiteral(" AND q.owner_id = ?");
        binds << filter.ownerId;
    }
    if (filter.customerId > 0) {
        sql += QStringLiteral(" AND q.customer_id = ?");
        binds << filter.customerId;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND q.quote_date >= ?");
        binds << fromDate(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND q.quote_date <= ?");
        binds << fromDate(filter.to);
    }
    if (!filter.search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (lower(q.number) LIKE ? OR lower(c.name) LIKE ?)");
        const QString pattern = QStringLiteral("%%1%").arg(filter.search.trimmed().toLower());
        binds << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY q.quote_date DESC, q.id DESC LIMIT %1").arg(qMax(1, filter.limit));
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, tr("Reading the quotes"));
    QList<QuoteRow> rows;
    while (query.next())
        rows << rowFrom(query);
    return rows;
}

Result<QList<QuoteRow>> QuoteRepository::revisions(const QString &number) const
{
    QSqlQuery query(m_db);
    query.prepare(kRowSelect + QStringLiteral(" AND q.number = ? ORDER BY q.revision"));
    query.addBindValue(number);
    if (!query.exec())
        return sqlError(query, tr("Reading the quotes"));
    QList<QuoteRow> rows;
    while (query.next())
        rows << rowFrom(query);
    return rows;
}

Status QuoteRepository::setStatus(qint64 id, QuoteStatus status, const QList<QuoteStatus> &allowedFrom)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto quote = get(id);
    if (!quote)
        return quote.error();
    if (quote.value().superseded)
        return Error { tr("Quote %1 revision %2 was replaced by a later revision.")
                           .arg(quote.value().number)
                           .arg(quote.value().revision) };
    if (!allowedFrom.contains(quote.value().status))
        return Error { tr("Quote %1 is %2 and cannot become %3.")
                           .arg(quote.value().number, displayName(quote.value().status).toLower(),
                               displayName(status).toLower()) };
    const QString now = Database::nowTimestamp();
    QSqlQuery query(m_db);
    query.prepare(status == QuoteStatus::Sent
            ? QStringLiteral("UPDATE quotes SET status = ?, sent_at = ?, updated_at = ? WHERE id = ?")
            : QStringLiteral("UPDATE quotes SET status = ?, decided_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(toString(status));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(query, tr("Changing the quote's status"));
    const QJsonObject change { { QStringLiteral("status"),
        QJsonObject { { QStringLiteral("old"), toString(quote.value().status) },
            { QStringLiteral("new"), toString(status) } } } };
    if (Status audited = AuditTrail::record(
            m_db, AuditEntry::Action::Update, kEntity, id, quote.value().customerId, change);
        !audited)
        return audited;
    return transaction.commit();
}

Status QuoteRepository::auditRevision(const Quote &previous, qint64 revisionId)
{
    auto revision = get(revisionId);
    if (!revision)
        return revision.error();
    QJsonObject changes = AuditLog::diff(auditFields(previous), auditFields(revision.value()));
    changes.insert(QStringLiteral("revises"), QJsonObject { { QStringLiteral("new"), previous.id } });
    return AuditTrail::record(
        m_db, AuditEntry::Action::Update, kEntity, revisionId, revision.value().customerId, changes);
}

Status QuoteRepository::markSent(qint64 id)
{
    return setStatus(id, QuoteStatus::Sent, { QuoteStatus::Draft, QuoteStatus::Sent });
}

Status QuoteRepository::reject(qint64 id)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    if (Status status
        = setStatus(id, QuoteStatus::Rejected, { QuoteStatus::Draft, QuoteStatus::Sent, QuoteStatus::Expired });
        !status)
        return status;
    if (Status status = cancelChases(id); !status)
        return status;
    return transaction.commit();
}

// A quote accepted or rejected has nothing left to chase: its planned calls are cancelled (found by a review: the
// rep was told to chase a quote the customer had signed).
Status QuoteRepository::cancelChases(qint64 id)
{
    auto quote = get(id);
    if (!quote)
        return quote.error();
    auto cancelled = QuoteChaser(m_db).cancelChases(quote.value().number);
    return cancelled ? Status() : Status(cancelled.error());
}

Result<qint64> QuoteRepository::accept(qint64 id, const QDate &date, const QString &channel)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    if (Status status = setStatus(id, QuoteStatus::Accepted, { QuoteStatus::Draft, QuoteStatus::Sent }); !status)
        return status.error();
    if (Status status = cancelChases(id); !status)
        return status.error();
    auto quote = get(id);
    if (!quote)
        return quote.error();
    auto totals = QuoteCalculator::compute(quote.value());
    if (!totals)
        return totals.error();
    Order order;
    order.customerId = quote.value().customerId;
    order.quoteId = id;
    order.ownerId = quote.value().ownerId;
    order.date = date;
    order.currency = quote.value().currency;
    order.channel = channel;
    QuoteCalculator::fillOrder(order, quote.value(), totals.value());
    auto orderId = OrderRepository(m_db).insert(order);
    if (!orderId)
        return orderId.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return orderId;
}

Result<qint64> QuoteRepository::duplicate(qint64 id, const QDate &today)
{
    auto quote = get(id);
    if (!quote)
        return quote.error();
    Quote copy = quote.value();
    const int validDays = int(quote.value().date.daysTo(quote.value().validUntil));
    copy.id = 0;
    copy.date = today;
    copy.validUntil = today.addDays(qMax(0, validDays));
    for (QuoteLine &line : copy.lines)
        line.id = 0;
    return createNumbered(copy, id);
}

Result<int> QuoteRepository::expireOverdue(const QDate &today)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    const QString overdue = QStringLiteral("status = 'sent' AND valid_until < ? AND superseded = 0");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM quotes WHERE %1 ORDER BY id").arg(overdue));
    query.addBindValue(fromDate(today));
    if (!query.exec())
        return sqlError(query, tr("Expiring overdue quotes"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.prepare(QStringLiteral("UPDATE quotes SET status = 'expired', updated_at = ? WHERE %1").arg(overdue));
    query.addBindValue(Database::nowTimestamp());
    query.addBindValue(fromDate(today));
    if (!query.exec())
        return sqlError(query, tr("Expiring overdue quotes"));
    const int expired = query.numRowsAffected();
    const QJsonObject change { { QStringLiteral("status"),
        QJsonObject { { QStringLiteral("old"), QStringLiteral("sent") },
            { QStringLiteral("new"), QStringLiteral("expired") } } } };
    if (Status status = AuditTrail::recordBulk(m_db, AuditEntry::Action::Update, kEntity, ids, change); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return expired;
}

Result<QList<PipelineEntry>> QuoteRepository::pipeline() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT q.status, q.currency, count(*), sum(q.total) FROM quotes q JOIN customers c "
                                 "ON c.id = q.customer_id WHERE q.deleted_at IS NULL AND c.deleted_at IS NULL AND "
                                 "q.superseded = 0 GROUP BY q.status, q.currency ORDER BY q.status, q.currency"));
    if (!query.exec())
        return sqlError(query, tr("Reading the pipeline"));
    QList<PipelineEntry> entries;
    while (query.next()) {
        entries << PipelineEntry { quoteStatusFromString(query.value(0).toString()).value_or(QuoteStatus::Draft),
            query.value(1).toString(), query.value(2).toInt(), query.value(3).toLongLong() };
    }
    return entries;
}

Result<QList<WinRateEntry>> QuoteRepository::winRateByMonth(const QDate &from) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT substr(q.quote_date, 1, 7), sum(CASE WHEN q.status = 'accepted' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN q.status IN ('rejected', 'expired') THEN 1 ELSE 0 END) FROM quotes q JOIN customers c ON "
        "c.id = q.customer_id WHERE q.deleted_at IS NULL AND c.deleted_at IS NULL AND q.superseded = 0 AND "
        "q.quote_date >= ? GROUP BY substr(q.quote_date, 1, 7) ORDER BY 1"));
    query.addBindValue(fromDate(from));
    if (!query.exec())
        return sqlError(query, tr("Reading the win rate"));
    QList<WinRateEntry> entries;
    while (query.next())
        entries << WinRateEntry { query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt() };
    return entries;
}

#include "QuoteChaser.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "repo/ActivityRepository.h"
#include "repo/LookupRepository.h"
#include "services/FollowUpService.h"

#include <QSqlQuery>

int QuoteChaser::chaseAfterDays() const
{
    bool ok = false;
    const int days = LookupRepository(m_db)
                         .setting(QStringLiteral("quote_followup_days"), QStringLiteral("7"))
                         .value_or(QStringLiteral("7"))
                         .toInt(&ok);
    return ok && days >= 0 ? days : 7;
}

QString QuoteChaser::subject(const Quote &quote) const
{
    return tr("Chase quote %1").arg(quote.number);
}

Result<qint64> QuoteChaser::plan(const Quote &quote, const QDate &sentOn)
{
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT count(*) FROM activities WHERE customer_id = ? AND status = 'planned' AND "
                                    "deleted_at IS NULL AND (subject = ? OR quote_id IN (SELECT id FROM quotes WHERE "
                                    "number = ?))"));
    existing.addBindValue(quote.customerId);
    existing.addBindValue(subject(quote));
    existing.addBindValue(quote.number);
    if (!existing.exec() || !existing.next())
        return sqlError(existing, tr("Planning the follow-up of quote %1").arg(quote.number));
    if (existing.value(0).toInt() > 0)
        return qint64(0);
    Activity activity;
    activity.customerId = quote.customerId;
    activity.contactId = quote.contactId;
    activity.ownerId = quote.ownerId;
    activity.type = ActivityType::Call;
    activity.subject = subject(quote);
    activity.notes = tr("Ask whether quote %1 suits them and what is still open.").arg(quote.number);
    activity.allDay = true;
    activity.dueDate = proposedDate(sentOn);
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto id = ActivityRepository(m_db).create(activity);
    if (!id)
        return id.error();
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("UPDATE activities SET quote_id = ? WHERE id = ?"));
    link.addBindValue(quote.id > 0 ? QVariant(quote.id) : QVariant(QMetaType(QMetaType::LongLong)));
    link.addBindValue(id.value());
    if (!link.exec())
        return sqlError(link, tr("Planning the follow-up of quote %1").arg(quote.number));
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<int> QuoteChaser::cancelChases(const QString &quoteNumber)
{
    QSqlQuery planned(m_db);
    planned.prepare(QStringLiteral("SELECT id FROM activities WHERE status = 'planned' AND deleted_at IS NULL AND "
                                   "quote_id IN (SELECT id FROM quotes WHERE number = ?) ORDER BY id"));
    planned.addBindValue(quoteNumber);
    if (!planned.exec())
        return sqlError(planned, tr("Cancelling the follow-up of quote %1").arg(quoteNumber));
    QList<qint64> ids;
    while (planned.next())
        ids << planned.value(0).toLongLong();
    for (qint64 id : std::as_const(ids)) {
        if (Status status = FollowUpService(m_db).cancel(id); !status)
            return status.error();
    }
    return int(ids.size());
}

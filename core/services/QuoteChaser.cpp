#include "QuoteChaser.h"
#include "db/SqlError.h"
#include "repo/ActivityRepository.h"
#include "repo/LookupRepository.h"

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
    existing.prepare(QStringLiteral("SELECT count(*) FROM activities WHERE customer_id = ? AND subject = ? AND "
                                    "status = 'planned' AND deleted_at IS NULL"));
    existing.addBindValue(quote.customerId);
    existing.addBindValue(subject(quote));
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
    return ActivityRepository(m_db).create(activity);
}

#include "DemoFollowUps.h"
#include "db/BulkStatement.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "services/RenewalService.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

struct Template
{
    const char *type;
    QString chinese;
    QString english;
};

const QList<Template> kActivities {
    { "call", QStringLiteral("电话回访"), QStringLiteral("Follow-up call") },
    { "call", QStringLiteral("确认下季度采购计划"), QStringLiteral("Call about next quarter's order") },
    { "visit", QStringLiteral("上门拜访"), QStringLiteral("Visit at their office") },
    { "meeting", QStringLiteral("年度合作回顾"), QStringLiteral("Annual account review") },
    { "email", QStringLiteral("发送报价单"), QStringLiteral("Send the quotation") },
    { "message", QStringLiteral("微信跟进样品反馈"), QStringLiteral("Message about the samples") },
    { "task", QStringLiteral("准备合同草案"), QStringLiteral("Prepare the contract draft") },
};
const QStringList kChineseOutcomes { QStringLiteral("客户有兴趣，等待回复"), QStringLiteral("已确认订单"),
    QStringLiteral("需要再跟进"), QStringLiteral("客户暂无需求"), QStringLiteral("已发送资料") };
const QStringList kEnglishOutcomes { QStringLiteral("Interested; waiting for their answer"),
    QStringLiteral("Order confirmed"), QStringLiteral("Needs another call"), QStringLiteral("No need at the moment"),
    QStringLiteral("Sent the documents") };
const QStringList kChineseTitles { QStringLiteral("年度维保合同"), QStringLiteral("设备租赁合同"),
    QStringLiteral("软件服务合同"), QStringLiteral("年度供货框架协议") };
const QStringList kEnglishTitles { QStringLiteral("Annual maintenance"), QStringLiteral("Equipment lease"),
    QStringLiteral("Software subscription"), QStringLiteral("Supply framework agreement") };

QString dayText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

DemoFollowUps::DemoFollowUps(QSqlDatabase db, quint64 seed, QDateTime nowUtc)
    : m_db(std::move(db))
    , m_rng(seed ^ 0x5f0110e5ULL)
    , m_now(std::move(nowUtc))
{
}

QString DemoFollowUps::uuid()
{
    // Growing like a UUIDv7 (see DemoGenerator::uuid), in a range of its own.
    const quint64 sequence = 0x01a000000000ULL + ++m_uuidCounter;
    const quint64 random = next();
    QUuid id(uint(sequence >> 16), ushort(sequence), ushort(0x7000 | (random & 0x0fff)),
        uchar(0x80 | ((random >> 12) & 0x3f)), uchar(random >> 18), uchar(random >> 26), uchar(random >> 34),
        uchar(random >> 42), uchar(random >> 50), uchar(random >> 56), uchar(random >> 8));
    return id.toString(QUuid::WithoutBraces);
}

QDateTime DemoFollowUps::workingMoment(const QDate &day)
{
    // 9:00 to 17:30 in China (UTC+8), on the half hour.
    return QDateTime(day, QTime(1 + below(9), below(2) * 30), Qt::UTC);
}

Status DemoFollowUps::deferIndexes()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND tbl_name IN ('activities', 'contracts')")))
        return sqlError(query, tr("Preparing the demo follow-ups"));
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
        m_deferredIndexes << query.value(1).toString();
    }
    query.finish();
    for (const QString &name : names) {
        // Index names come from the schema itself, never from input.
        if (!query.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return sqlError(query, tr("Preparing the demo follow-ups"));
    }
    return {};
}

Status DemoFollowUps::restoreIndexes()
{
    QSqlQuery query(m_db);
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        if (!query.exec(sql))
            return sqlError(query, tr("Indexing the demo follow-ups"));
    }
    return {};
}

Status DemoFollowUps::generate()
{
    QList<CustomerInfo> customers;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, coalesce(owner_id, 0), tier, created_at, name, kind FROM customers "
                                       "ORDER BY id")))
            return sqlError(query, tr("Reading the demo customers"));
        while (query.next()) {
            const QString name = query.value(4).toString();
            customers << CustomerInfo { query.value(0).toLongLong(), query.value(1).toLongLong(),
                query.value(2).toString(), QDateTime::fromString(query.value(3).toString(), Qt::ISODate),
                !name.isEmpty() && name.at(0).unicode() > 0x2e80,
                query.value(5).toString() == QLatin1String("company") };
        }
    }
    if (Status status = deferIndexes(); !status)
        return status;
    Error error;
    auto activity = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO activities (uuid, customer_id, owner_id, type, subject, due_at, due_date, "
                       "duration_minutes, priority, status, outcome, recurrence, series_start, completed_at, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!activity)
        return error;
    auto contract = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO contracts (uuid, customer_id, number, title, start_date, end_date, value_minor, "
                       "currency, billing_cycle, auto_renew, notice_days, status, previous_contract_id, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!contract)
        return error;

    const QDate today = m_now.date();
    int contractNumber = 0;
    for (const CustomerInfo &customer : std::as_const(customers)) {
        const qint64 span = qMax<qint64>(1, customer.createdAt.date().daysTo(today));
        // Done activities since the customer came: more for better tiers.
        const int done = customer.tier == QLatin1String("A") ? 4 + below(8)
            : customer.tier == QLatin1String("B")            ? 3 + below(6)
                                                             : 1 + below(7);
        for (int i = 0; i <= done; ++i) {
            const bool planned = i == done;
            if (planned && !chance(55))
                break;
            const Template &t = kActivities[below(int(kActivities.size()))];
            // Planned ones fall from 4 days ago (overdue) to 45 days ahead.
            const QDate day
                = planned ? today.addDays(-4 + below(50)) : customer.createdAt.date().addDays(below(int(span)));
            const bool allDay = QLatin1String(t.type) == QLatin1String("task");
            const QDateTime at = workingMoment(day);
            const QString when = Database::timestamp(at);
            activity->bindText(0, uuid());
            activity->bindInt(1, customer.id);
            if (customer.ownerId > 0)
                activity->bindInt(2, customer.ownerId);
            else
                activity->bindNull(2);
            activity->bindText(3, QString::fromLatin1(t.type));
            activity->bindText(4, customer.chinese ? t.chinese : t.english);
            if (allDay) {
                activity->bindNull(5);
                activity->bindText(6, dayText(day));
            } else {
                activity->bindText(5, when);
                activity->bindNull(6);
            }
            activity->bindInt(7, allDay ? 0 : 30);
            activity->bindText(8, chance(15) ? QStringLiteral("high") : QStringLiteral("normal"));
            activity->bindText(9, planned ? QStringLiteral("planned") : QStringLiteral("done"));
            activity->bindText(10,
                planned                ? QString()
                    : customer.chinese ? kChineseOutcomes[below(5)]
                                       : kEnglishOutcomes[below(5)]);
            const bool repeats = planned && customer.tier == QLatin1String("A") && chance(30);
            activity->bindText(11, repeats ? QStringLiteral("FREQ=MONTHLY;INTERVAL=1") : QString());
            if (repeats)
                activity->bindText(12, dayText(day));
            else
                activity->bindNull(12);
            if (planned)
                activity->bindNull(13);
            else
                activity->bindText(13, Database::timestamp(at.addSecs(1800)));
            const QString created = Database::timestamp(qMin(at, m_now).addDays(-below(7)));
            activity->bindText(14, created);
            activity->bindText(15, created);
            if (!activity->exec())
                return Error { tr("Writing demo follow-ups failed: %1").arg(activity->errorText()) };
        }
        // Companies with a contract: one that may have been renewed up to twice.
        if (!customer.company || !chance(customer.tier == QLatin1String("A") ? 60 : 12))
            continue;
        QDate start = customer.createdAt.date().addDays(below(120));
        qint64 previous = 0;
        const qint64 value = (customer.chinese ? 5000 + below(200) * 1000 : 1000 + below(100) * 250) * qint64(100);
        const QString number
            = QStringLiteral("HT-%1-%2").arg(start.year()).arg(++contractNumber, 6, 10, QLatin1Char('0'));
        for (int round = 0; round < 3; ++round) {
            const QDate end = start.addYears(1).addDays(-1);
            const bool renewed = end < today.addDays(-10) && chance(70);
            const QString status = renewed ? QStringLiteral("renewed")
                : end < today              ? QStringLiteral("expired")
                : today.daysTo(end) <= 30  ? QStringLiteral("expiring")
                                           : QStringLiteral("active");
            contract->bindText(0, uuid());
            contract->bindInt(1, customer.id);
            contract->bindText(2, round == 0 ? number : QStringLiteral("%1-R%2").arg(number).arg(round));
            contract->bindText(3, customer.chinese ? kChineseTitles[below(4)] : kEnglishTitles[below(4)]);
            contract->bindText(4, dayText(start));
            contract->bindText(5, dayText(end));
            contract->bindInt(6, value + round * value / 10);
            contract->bindText(7, customer.chinese ? QStringLiteral("CNY") : QStringLiteral("USD"));
            contract->bindText(8, chance(70) ? QStringLiteral("yearly") : QStringLiteral("quarterly"));
            contract->bindInt(9, chance(20) ? 1 : 0);
            contract->bindInt(10, 30);
            contract->bindText(11, status);
            if (previous > 0)
                contract->bindInt(12, previous);
            else
                contract->bindNull(12);
            const QString created = Database::timestamp(QDateTime(start.addDays(-below(20)), QTime(3, 0), Qt::UTC));
            contract->bindText(13, created);
            contract->bindText(14, created);
            if (!contract->exec())
                return Error { tr("Writing demo contracts failed: %1").arg(contract->errorText()) };
            if (!renewed)
                break;
            previous = contract->lastInsertId();
            start = end.addDays(1);
        }
    }
    activity.reset();
    contract.reset();
    if (Status status = restoreIndexes(); !status)
        return status;
    auto reminders = RenewalService(m_db).runReminders(today);
    if (!reminders)
        return reminders.error();
    return {};
}

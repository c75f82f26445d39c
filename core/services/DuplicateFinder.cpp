#include "DuplicateFinder.h"
#include "db/SqlError.h"
#include "search/SearchText.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace {

constexpr int kCheckEvery = 4096; // rows between looks at the cancel flag and progress reports
constexpr int kSharedValuesDone = 15; // progress, in percent, at the end of each step
constexpr int kContactPointsDone = 30;
constexpr int kNamesDone = 95;
constexpr size_t kFirstSeed = 0x5eed;
constexpr size_t kSecondSeed = 0xc0ffee;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

void report(const DuplicateFinder::Progress &progress, int percent)
{
    if (progress)
        progress(percent);
}

// Groups of the very same customers become one group with all their evidence.
QList<DuplicateGroup> joinSameCustomers(QList<DuplicateGroup> groups)
{
    std::stable_sort(groups.begin(), groups.end(), [](const DuplicateGroup &a, const DuplicateGroup &b) {
        return std::lexicographical_compare(
            a.customerIds.begin(), a.customerIds.end(), b.customerIds.begin(), b.customerIds.end());
    });
    QList<DuplicateGroup> joined;
    for (DuplicateGroup &group : groups) {
        if (!joined.isEmpty() && joined.last().customerIds == group.customerIds)
            joined.last().evidence << group.evidence;
        else
            joined << std::move(group);
    }
    for (DuplicateGroup &group : joined) {
        std::sort(group.evidence.begin(), group.evidence.end(),
            [](const DuplicateGroup::Evidence &a, const DuplicateGroup::Evidence &b) {
                return std::make_pair(int(a.reason), a.value) < std::make_pair(int(b.reason), b.value);
            });
    }
    return joined;
}

// Two independent 64-bit hashes of a core name: names are grouped by this key instead of keeping a million
// strings; two different names get the same key with a probability of about 2^-128 per pair.
struct NameKey
{
    size_t first;
    size_t second;
    bool operator==(const NameKey &other) const = default;
};

struct NameKeyHash
{
    size_t operator()(const NameKey &key) const { return key.first; }
};

// The first customer seen with a name, and the group made when a second one turns up.
struct FirstWithName
{
    qint64 customerId;
    qsizetype group = -1;
};

} // namespace

Result<QList<DuplicateGroup>> DuplicateFinder::find(const Progress &progress, const std::atomic_bool *cancel) const
{
    report(progress, 0);
    QList<DuplicateGroup> groups;
    if (Status status = findByContactPoints(groups, progress, cancel); !status)
        return status.error();
    if (Status status = findByNames(groups, progress, cancel); !status)
        return status.error();
    groups = joinSameCustomers(std::move(groups));
    report(progress, 100);
    return groups;
}

// Values held by two or more customers are found by GROUP BY on the (kind, normalized, customer_id, contact_id)
// index alone, which covers the query; each such value's rows are then read from the same index. What is in the
// trash (usually little) is read first and left out here rather than joined for every row.
Status DuplicateFinder::findByContactPoints(
    QList<DuplicateGroup> &groups, const Progress &progress, const std::atomic_bool *cancel) const
{
    QSet<qint64> trashedCustomers;
    QSet<qint64> trashedContacts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    for (auto [sql, ids] : { std::pair { "SELECT id FROM customers WHERE deleted_at IS NOT NULL", &trashedCustomers },
             std::pair { "SELECT id FROM contacts WHERE deleted_at IS NOT NULL", &trashedContacts } }) {
        if (!query.exec(QLatin1String(sql)))
            return sqlError(query, tr("Looking for duplicates"));
        while (query.next())
            ids->insert(query.value(0).toLongLong());
    }
    if (!query.exec(QStringLiteral("SELECT kind, normalized FROM contact_points WHERE normalized <> '' "
                                   "GROUP BY kind, normalized HAVING COUNT(DISTINCT customer_id) > 1")))
        return sqlError(query, tr("Looking for duplicates"));
    QList<std::pair<QString, QString>> shared;
    while (query.next())
        shared.emplace_back(query.value(0).toString(), query.value(1).toString());
    query.finish();
    report(progress, kSharedValuesDone);

    query.prepare(QStringLiteral("SELECT customer_id, contact_id FROM contact_points WHERE kind = ? AND normalized = ? "
                                 "ORDER BY customer_id"));
    for (qsizetype i = 0; i < shared.size(); ++i) {
        if (i % kCheckEvery == 0) {
            if (cancelled(cancel))
                return Error { tr("The search for duplicates was cancelled.") };
            report(progress, kSharedValuesDone + int((kContactPointsDone - kSharedValuesDone) * i / shared.size()));
        }
        const auto &[kind, value] = shared[i];
        query.addBindValue(kind);
        query.addBindValue(value);
        if (!query.exec())
            return sqlError(query, tr("Looking for duplicates"));
        DuplicateGroup group;
        while (query.next()) {
            const qint64 customerId = query.value(0).toLongLong();
            const QVariant contactId = query.value(1);
            if (trashedCustomers.contains(customerId)
                || (!contactId.isNull() && trashedContacts.contains(contactId.toLongLong())))
                continue;
            if (group.customerIds.isEmpty() || group.customerIds.last() != customerId)
                group.customerIds << customerId;
        }
        if (group.customerIds.size() < 2)
            continue;
        const auto reason
            = kind == QLatin1String("phone") ? DuplicateDetector::Reason::Phone : DuplicateDetector::Reason::Email;
        group.evidence << DuplicateGroup::Evidence { reason, value };
        groups << std::move(group);
    }
    report(progress, kContactPointsDone);
    return {};
}

// Names are streamed once; what is kept per customer is a 128-bit key of its core name and, for names seen
// twice or more, the group (with the core name itself, taken from the second customer that has it).
Status DuplicateFinder::findByNames(
    QList<DuplicateGroup> &groups, const Progress &progress, const std::atomic_bool *cancel) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM customers WHERE deleted_at IS NULL")) || !query.next())
        return sqlError(query, tr("Looking for duplicates"));
    const qint64 total = std::max<qint64>(1, query.value(0).toLongLong());
    query.finish();

    std::unordered_map<NameKey, FirstWithName, NameKeyHash> seen;
    seen.reserve(size_t(total));
    QList<DuplicateGroup> byName;
    // In name order: the name index of live customers holds name and id, so no table row is read (without an
    // order SQLite walks another index and looks up every row). Each group's ids are sorted at the end.
    if (!query.exec(QStringLiteral("SELECT id, name FROM customers WHERE deleted_at IS NULL ORDER BY name")))
        return sqlError(query, tr("Looking for duplicates"));
    for (qint64 rows = 0; query.next(); ++rows) {
        if (rows % kCheckEvery == 0) {
            if (cancelled(cancel))
                return Error { tr("The search for duplicates was cancelled.") };
            report(progress, kContactPointsDone + int((kNamesDone - kContactPointsDone) * rows / total));
        }
        const QString core = DuplicateDetector::coreName(query.value(1).toString());
        if (SearchText::characterCount(core) < 2)
            continue;
        const qint64 id = query.value(0).toLongLong();
        auto [it, added] = seen.try_emplace(NameKey { qHash(core, kFirstSeed), qHash(core, kSecondSeed) }, id);
        if (added)
            continue;
        if (it->second.group < 0) {
            it->second.group = byName.size();
            byName << DuplicateGroup { { it->second.customerId },
                { DuplicateGroup::Evidence { DuplicateDetector::Reason::Name, core } } };
        }
        byName[it->second.group].customerIds << id;
    }
    for (DuplicateGroup &group : byName)
        std::sort(group.customerIds.begin(), group.customerIds.end());
    groups << byName;
    report(progress, kNamesDone);
    return {};
}

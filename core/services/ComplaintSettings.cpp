#include "ComplaintSettings.h"
#include "db/Transaction.h"
#include "repo/LookupRepository.h"

namespace {
const QString kCategories = QStringLiteral("complaint_categories");
const QString kTargets = QStringLiteral("complaint_sla");
const QString kHours = QStringLiteral("complaint_business_hours");
const QString kDefaultCategories = QStringLiteral("product_quality,delivery,service_attitude,billing,other");
} // namespace

Result<QStringList> ComplaintSettings::categories() const
{
    auto value = LookupRepository(m_db).setting(kCategories, kDefaultCategories);
    if (!value)
        return value.error();
    QStringList list;
    for (const QString &category : value.value().split(QLatin1Char(','), Qt::SkipEmptyParts))
        list << category.trimmed();
    return list;
}

Status ComplaintSettings::setCategories(const QStringList &categories)
{
    QStringList list;
    for (const QString &category : categories) {
        const QString trimmed = category.trimmed();
        if (trimmed.contains(QLatin1Char(',')))
            return Error { tr("A complaint category cannot contain a comma: \"%1\".").arg(trimmed) };
        if (!trimmed.isEmpty() && !list.contains(trimmed))
            list << trimmed;
    }
    if (list.isEmpty())
        return Error { tr("Keep at least one complaint category.") };
    return LookupRepository(m_db).setSetting(kCategories, list.join(QLatin1Char(',')));
}

Result<ServiceLevels> ComplaintSettings::serviceLevels() const
{
    LookupRepository lookups(m_db);
    auto targets = lookups.setting(kTargets);
    if (!targets)
        return targets.error();
    auto hours = lookups.setting(kHours);
    if (!hours)
        return hours.error();
    return ServiceLevels::fromText(targets.value(), hours.value());
}

Status ComplaintSettings::setServiceLevels(const ServiceLevels &levels)
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    LookupRepository lookups(m_db);
    if (Status status = lookups.setSetting(kTargets, levels.targetsText()); !status)
        return status;
    if (Status status = lookups.setSetting(kHours, levels.businessHoursText()); !status)
        return status;
    return transaction.commit();
}

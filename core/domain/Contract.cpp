#include "Contract.h"
#include "Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace {

const std::array<std::pair<ContractStatus, const char *>, 6> kStatuses { { { ContractStatus::Draft, "draft" },
    { ContractStatus::Active, "active" }, { ContractStatus::Expiring, "expiring" },
    { ContractStatus::Expired, "expired" }, { ContractStatus::Renewed, "renewed" },
    { ContractStatus::Terminated, "terminated" } } };
const std::array<std::pair<BillingCycle, const char *>, 4> kCycles { { { BillingCycle::Once, "once" },
    { BillingCycle::Monthly, "monthly" }, { BillingCycle::Quarterly, "quarterly" },
    { BillingCycle::Yearly, "yearly" } } };

} // namespace

QString toString(ContractStatus status)
{
    for (const auto &[value, name] : kStatuses) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ContractStatus> contractStatusFromString(const QString &text)
{
    for (const auto &[value, name] : kStatuses) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString displayName(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft:
        return QCoreApplication::translate("Contract", "Draft");
    case ContractStatus::Active:
        return QCoreApplication::translate("Contract", "Active");
    case ContractStatus::Expiring:
        return QCoreApplication::translate("Contract", "Expiring");
    case ContractStatus::Expired:
        return QCoreApplication::translate("Contract", "Expired");
    case ContractStatus::Renewed:
        return QCoreApplication::translate("Contract", "Renewed");
    case ContractStatus::Terminated:
        return QCoreApplication::translate("Contract", "Terminated");
    }
    return {};
}

QList<ContractStatus> allContractStatuses()
{
    QList<ContractStatus> statuses;
    for (const auto &entry : kStatuses)
        statuses << entry.first;
    return statuses;
}

QString toString(BillingCycle cycle)
{
    for (const auto &[value, name] : kCycles) {
        if (value == cycle)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<BillingCycle> billingCycleFromString(const QString &text)
{
    for (const auto &[value, name] : kCycles) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString displayName(BillingCycle cycle)
{
    switch (cycle) {
    case BillingCycle::Once:
        return QCoreApplication::translate("Contract", "One-off");
    case BillingCycle::Monthly:
        return QCoreApplication::translate("Contract", "Monthly");
    case BillingCycle::Quarterly:
        return QCoreApplication::translate("Contract", "Quarterly");
    case BillingCycle::Yearly:
        return QCoreApplication::translate("Contract", "Yearly");
    }
    return {};
}

QList<BillingCycle> allBillingCycles()
{
    QList<BillingCycle> cycles;
    for (const auto &entry : kCycles)
        cycles << entry.first;
    return cycles;
}

int Amount::decimals() const
{
    const int known = Money::decimals(currency);
    return known < 0 ? 2 : known;
}

QString Amount::toPlainText() const
{
    return QStringLiteral("%1 %2").arg(Money::format(minor, decimals()), currency).trimmed();
}

std::optional<qint64> Amount::parseMinor(const QString &text, int decimals)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    // "12,000.00" is 12,000 whole New Taiwan dollars; "12,000.50" is not an amount of them.
    for (qsizetype i = decimals; i < fraction.size(); ++i) {
        if (fraction.at(i) != QLatin1Char('0'))
            return std::nullopt;
    }
    fraction = (fraction + QString(decimals, QLatin1Char('0'))).left(decimals);
    QString whole = match.captured(1);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 15 - decimals)
        return std::nullopt;
    return whole.toLongLong() * Money::pow10(decimals) + fraction.toLongLong();
}

ContractStatus Contract::statusOn(const QDate &today) const
{
    if (status != ContractStatus::Active && status != ContractStatus::Expiring)
        return status;
    if (endDate < today)
        return ContractStatus::Expired;
    if (today.daysTo(endDate) <= noticeDays)
        return ContractStatus::Expiring;
    return ContractStatus::Active;
}

#include "Contract.h"

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

QString Amount::toPlainText() const
{
    const qint64 whole = (minor < 0 ? -minor : minor) / 100;
    const qint64 cents = (minor < 0 ? -minor : minor) % 100;
    QString digits = QString::number(whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return QStringLiteral("%1%2.%3 %4")
        .arg(minor < 0 ? QStringLiteral("-") : QString(), digits)
        .arg(cents, 2, 10, QLatin1Char('0'))
        .arg(currency)
        .trimmed();
}

std::optional<qint64> Amount::parseMinor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString whole = match.captured(1);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 15)
        return std::nullopt;
    const QString fraction = (match.captured(2) + QStringLiteral("00")).left(2);
    return whole.toLongLong() * 100 + fraction.toLongLong();
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

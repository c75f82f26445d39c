#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class ContractStatus
{
    Draft,
    Active,
    Expiring,
    Expired,
    Renewed,
    Terminated
};
enum class BillingCycle
{
    Once,
    Monthly,
    Quarterly,
    Yearly
};

QString toString(ContractStatus status);
std::optional<ContractStatus> contractStatusFromString(const QString &text);
QString displayName(ContractStatus status);
QList<ContractStatus> allContractStatuses();

QString toString(BillingCycle cycle);
std::optional<BillingCycle> billingCycleFromString(const QString &text);
QString displayName(BillingCycle cycle);
QList<BillingCycle> allBillingCycles();

// An amount in the minor units of its ISO 4217 currency (fen and cents; whole dollars for TWD, yen for JPY), as
// Money counts them everywhere: contracts.value_minor holds the same units as quotes.total. Never a double.
struct Amount
{
    qint64 minor = 0;
    QString currency;

    // Digits after the decimal point: Money::decimals, or 2 for a code this build does not know.
    int decimals() const;
    // "12,345.67 CNY", "12,000 TWD" in the C locale's digits; the ui formats with the user's locale.
    QString toPlainText() const;
    // Parses "12345.67", "12,345.6" or "12345" into minor units of a currency with the given decimals (as
    // Amount::decimals gives them); nullopt for anything else, including more decimals than the currency has.
    static std::optional<qint64> parseMinor(const QString &text, int decimals);
};

// A contract with a customer: dates, value, billing and the renewal chain (previousContractId).
struct Contract
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QString customerName; // read-only, filled by the repository
    qint64 ownerId = 0; // 0: the customer's owner
    QString ownerName; // read-only
    QString number;
    QString title;
    QDate startDate;
    QDate endDate;
    Amount value;
    BillingCycle billingCycle = BillingCycle::Yearly;
    bool autoRenew = false;
    int noticeDays = 30;
    ContractStatus status = ContractStatus::Active;
    QString notes;
    std::optional<qint64> quoteId;
    qint64 previousContractId = 0;
    qint64 nextContractId = 0; // read-only: the successor, when renewed
    QDateTime createdAt;
    QDateTime updatedAt;

    // What the status is on `today`: active and expiring contracts past their end are expired, and active ones
    // inside their notice period are expiring. Drafts, renewed and terminated ones stay as they are.
    ContractStatus statusOn(const QDate &today) const;
};

#include "CustomerReportData.h"
#include "domain/Activity.h"
#include "domain/Contract.h"
#include "repo/ActivityRepository.h"
#include "repo/ComplaintRepository.h"
#include "repo/ContactRepository.h"
#include "repo/ContractRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/QuoteRepository.h"
#include "repo/SalesHistoryRepository.h"
#include "repo/TimelineRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Done and cancelled follow-ups, worded as on the customer file's timeline.
QList<TimelineEntry> activityEntries(const QList<Activity> &activities)
{
    QList<TimelineEntry> entries;
    for (const Activity &a : activities) {
        if (a.status == ActivityStatus::Planned)
            continue;
        const QString what = a.status == ActivityStatus::Done
            ? (a.outcome.isEmpty()
                    ? QCoreApplication::translate("FollowUps", "%1 done: %2").arg(displayName(a.type), a.subject)
                    : QCoreApplication::translate("FollowUps", "%1 done: %2 — %3")
                          .arg(displayName(a.type), a.subject, a.outcome))
            : QCoreApplication::translate("FollowUps", "%1 cancelled: %2").arg(displayName(a.type), a.subject);
        entries << TimelineEntry { TimelineEntry::Kind::Note,
            a.completedAt.isValid() ? a.completedAt : a.dueMomentUtc(), what };
    }
    return entries;
}

ReportContract reportContract(const Contract &contract, const QDate &asOf)
{
    ReportContract row;
    row.number = contract.number;
    row.title = contract.title;
    row.start = contract.startDate;
    row.end = contract.endDate;
    row.renewBy = contract.endDate.isValid() ? contract.endDate.addDays(-contract.noticeDays) : QDate();
    row.value = contract.value.minor;
    row.currency = contract.value.currency;
    row.status = contract.statusOn(asOf);
    row.autoRenew = contract.autoRenew;
    row.renewed = contract.nextContractId > 0;
    return row;
}

} // namespace

double CustomerReportData::margin() const
{
    return totals.revenue > 0 ? double(totals.profit) / double(totals.revenue) : 0;
}

QString CustomerReportData::contractStatusName(ContractStatus status)
{
    return displayName(status);
}

Result<CustomerReportData> CustomerReportData::gather(
    const QSqlDatabase &db, qint64 customerId, const CustomerReportOptions &options)
{
    CustomerReportData data;
    data.options = options;
    auto customer = CustomerRepository(db).find(customerId);
    if (!customer)
        return customer.error();
    data.customer = std::move(customer).value();
    auto contacts = ContactRepository(db).forCustomer(customerId);
    if (!contacts)
        return contacts.error();
    data.contacts = std::move(contacts).value();

    CustomerSalesRepository sales(db);
    auto currencies = sales.currencies(customerId, options.asOf);
    if (!currencies)
        return currencies.error();
    auto bookCurrencies = SalesHistoryRepository(db).currencies();
    if (!bookCurrencies)
        return bookCurrencies.error();
    data.currency = currencies.value().value(0, bookCurrencies.value().value(0, QStringLiteral("CNY")));

    // RFM against every customer of the book, all their sales up to the as-of date in the same currency.
    SalesQuery query;
    query.currency = data.currency;
    query.to = options.asOf;
    auto totals = SalesHistoryRepository(db).totals(query);
    if (!totals)
        return totals.error();
    const QList<RfmScore> scores = Rfm::score(totals.value(), options.asOf);
    data.scoredCustomers = int(scores.size());
    for (const RfmScore &score : scores) {
        if (score.customerId == customerId)
            data.rfm = score;
    }
    for (const CustomerTotals &t : totals.value()) {
        if (t.customerId == customerId)
            data.totals = t;
    }
    data.totals.customerId = customerId;
    const QList<LifetimeValueRow> value = LifetimeValue::estimate({ data.totals }, options.asOf);
    if (!value.isEmpty())
        data.value = value.first();

    auto orders = sales.orderCount(customerId, data.currency, options.asOf);
    auto months = sales.monthly(customerId, data.currency, options.asOf.addMonths(1 - options.months), options.asOf);
    auto products = sales.topProducts(customerId, data.currency, options.topProducts);
    if (!orders)
        return orders.error();
    if (!months)
        return months.error();
    if (!products)
        return products.error();
    data.orders = orders.value();
    auto byCurrency = sales.byCurrency(customerId, options.asOf);
    if (!byCurrency)
        return byCurrency.error();
    for (const CurrencySales &other : byCurrency.value()) {
        if (other.currency != data.currency)
            data.otherCurrencies << other;
    }
    data.months = std::move(months).value();
    data.topProducts = std::move(products).value();

    auto timeline = TimelineRepository(db).forCustomer(customerId, options.timelineEvents);
    auto activities = ActivityRepository(db).forCustomer(customerId);
    if (!timeline)
        return timeline.error();
    if (!activities)
        return activities.error();
    data.timeline = std::move(timeline).value() + activityEntries(activities.value());
    std::stable_sort(data.timeline.begin(), data.timeline.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    data.timeline = data.timeline.mid(0, options.timelineEvents);

    QuoteFilter quotes;
    quotes.customerId = customerId;
    auto quoteRows = QuoteRepository(db).list(quotes);
    if (!quoteRows)
        return quoteRows.error();
    for (const QuoteRow &row : quoteRows.value()) {
        if (row.status == QuoteStatus::Draft || row.status == QuoteStatus::Sent)
            data.openQuotes << row;
    }

    auto contracts = ContractRepository(db).forCustomer(customerId);
    if (!contracts)
        return contracts.error();
    for (const Contract &contract : contracts.value())
        data.contracts << reportContract(contract, options.asOf);

    ComplaintFilter complaints;
    complaints.customerId = customerId;
    auto complaintRows = ComplaintRepository(db).list(complaints);
    if (!complaintRows)
        return complaintRows.error();
    data.complaints = std::move(complaintRows).value();
    return data;
}

#pragma once

#include "Result.h"
#include "analytics/LifetimeValue.h"
#include "analytics/Rfm.h"
#include "domain/Complaint.h"
#include "domain/Customer.h"
#include "domain/Quote.h"
#include "repo/CustomerSalesRepository.h"

#include <QSqlDatabase>

#include <optional>

// Declared here without its values (domain/Contract.h has them): this header needs only the type.
enum class ContractStatus;

// A contract as the customer report shows it: its status on the report's date and the date to decide on renewal
// (the end date less the notice period).
struct ReportContract
{
    QString number;
    QString title;
    QDate start;
    QDate end;
    QDate renewBy;
    qint64 value = 0; // minor units
    QString currency;
    ContractStatus status {};
    bool autoRenew = false;
    bool renewed = false; // a later contract continues this one
};

struct CustomerReportOptions
{
    QDate asOf; // "today" of the report: RFM, lifetime value and contract statuses are taken on this date
    int months = 24; // the months of the purchase history chart, up to and including asOf's month
    int topProducts = 5;
    int timelineEvents = 10;
};

// Everything the printed one-customer report shows, read from the book in one go: the profile and contacts, RFM
// scores and segment against every customer of the book (all sales up to the as-of date, in the customer's main
// currency, Rfm's quintile rules as on the Reports page), value (revenue, gross profit, margin, orders, average
// order value and the LifetimeValue estimate), orders per month, top products, the recent timeline, open quotes,
// contracts and complaints.
struct CustomerReportData
{
    CustomerReportOptions options;
    Customer customer;
    QList<Contact> contacts;

    QString currency; // the customer's most used order currency, else the book's
    QList<CurrencySales> otherCurrencies; // orders up to asOf in other currencies, which the figures leave out
    int orders = 0; // every order in that currency, refunds and free samples included
    CustomerTotals totals; // purchases, revenue and profit of every order up to asOf
    std::optional<RfmScore> rfm; // none: no purchase up to asOf
    int scoredCustomers = 0; // how many customers the RFM quintiles were taken over
    std::optional<LifetimeValueRow> value; // none: no purchase
    QList<MonthlySales> months;
    QList<ProductSales> topProducts;

    QList<TimelineEntry> timeline; // newest first
    QList<QuoteRow> openQuotes; // drafts and sent quotes, newest first
    QList<ReportContract> contracts; // the latest end date first
    QList<Complaint> complaints; // newest first

    double margin() const; // profit / revenue, 0 without positive revenue (a refund's -300 / -300 is no margin)

    // An unknown customer id is an Error naming the id.
    static Result<CustomerReportData> gather(
        const QSqlDatabase &db, qint64 customerId, const CustomerReportOptions &options);
    static QString contractStatusName(ContractStatus status);
};

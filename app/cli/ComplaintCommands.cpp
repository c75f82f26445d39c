#include "CliContext.h"
#include "Clock.h"
#include "analytics/ComplaintStatistics.h"
#include "io/CsvWriter.h"
#include "repo/ComplaintRepository.h"
#include "services/ServiceLevels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

const QStringList kColumns { QStringLiteral("number"), QStringLiteral("received_at"), QStringLiteral("customer"),
    QStringLiteral("contact"), QStringLiteral("channel"), QStringLiteral("category"), QStringLiteral("severity"),
    QStringLiteral("status"), QStringLiteral("owner"), QStringLiteral("summary"), QStringLiteral("product"),
    QStringLiteral("order"), QStringLiteral("response_due_at"), QStringLiteral("resolution_due_at"),
    QStringLiteral("responded_at"), QStringLiteral("resolved_at"), QStringLiteral("closed_at"),
    QStringLiteral("service_level"), QStringLiteral("escalation_level"), QStringLiteral("csat"),
    QStringLiteral("nps") };

QString stamp(const QDateTime &at)
{
    return at.isValid() ? Database::timestamp(at) : QString();
}

QString stateName(ServiceLevelState state)
{
    switch (state) {
    case ServiceLevelState::OnTrack:
        return QStringLiteral("on_track");
    case ServiceLevelState::AtRisk:
        return QStringLiteral("at_risk");
    case ServiceLevelState::Overdue:
        return QStringLiteral("overdue");
    case ServiceLevelState::Done:
        return QStringLiteral("done");
    }
    return {};
}

QStringList fields(const Complaint &c, const QDateTime &now)
{
    return { c.number, stamp(c.receivedAt), Csv::neutralised(c.customerName), Csv::neutralised(c.contactName),
        toString(c.channel), Csv::neutralised(c.category), toString(c.severity), toString(c.status),
        Csv::neutralised(c.ownerName), Csv::neutralised(c.summary), Csv::neutralised(c.productRef),
        Csv::neutralised(c.orderRef), stamp(c.responseDueAt), stamp(c.resolutionDueAt), stamp(c.respondedAt),
        stamp(c.resolvedAt), stamp(c.closedAt), stateName(ServiceLevels::state(c, now)),
        QString::number(c.escalationLevel), c.csat ? QString::number(*c.csat) : QString(),
        c.nps ? QString::number(*c.nps) : QString() };
}

QJsonObject object(const Complaint &c, const QDateTime &now)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), c.id);
    json.insert(QStringLiteral("number"), c.number);
    json.insert(QStringLiteral("received_at"), stamp(c.receivedAt));
    json.insert(QStringLiteral("customer_id"), c.customerId);
    json.insert(QStringLiteral("customer"), c.customerName);
    json.insert(QStringLiteral("contact"), c.contactName);
    json.insert(QStringLiteral("channel"), toString(c.channel));
    json.insert(QStringLiteral("category"), c.category);
    json.insert(QStringLiteral("severity"), toString(c.severity));
    json.insert(QStringLiteral("status"), toString(c.status));
    json.insert(QStringLiteral("owner"), c.ownerName);
    json.insert(QStringLiteral("summary"), c.summary);
    json.insert(QStringLiteral("description"), c.description);
    json.insert(QStringLiteral("product"), c.productRef);
    json.insert(QStringLiteral("order"), c.orderRef);
    json.insert(QStringLiteral("resolution"), c.resolution);
    json.insert(QStringLiteral("root_cause"), c.rootCause);
    json.insert(QStringLiteral("corrective_action"), c.correctiveAction);
    const auto time = [](const QDateTime &at) { return at.isValid() ? QJsonValue(stamp(at)) : QJsonValue(); };
    json.insert(QStringLiteral("response_due_at"), time(c.responseDueAt));
    json.insert(QStringLiteral("resolution_due_at"), time(c.resolutionDueAt));
    json.insert(QStringLiteral("responded_at"), time(c.respondedAt));
    json.insert(QStringLiteral("resolved_at"), time(c.resolvedAt));
    json.insert(QStringLiteral("closed_at"), time(c.closedAt));
    json.insert(QStringLiteral("service_level"), stateName(ServiceLevels::state(c, now)));
    json.insert(QStringLiteral("escalation_level"), c.escalationLevel);
    json.insert(QStringLiteral("csat"), c.csat ? QJsonValue(*c.csat) : QJsonValue());
    json.insert(QStringLiteral("nps"), c.nps ? QJsonValue(*c.nps) : QJsonValue());
    return json;
}

int listComplaints(CliContext &context)
{
    const auto status = context.args.take(QStringLiteral("--status"));
    const bool overdue = context.args.takeFlag(QStringLiteral("--overdue"));
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("csv"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return context.fail(
            QCoreApplication::translate("Cli", "--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    ComplaintFilter filter;
    if (status) {
        filter.status = complaintStatusFromString(*status);
        if (!filter.status)
            return context.fail(QCoreApplication::translate("Cli",
                                    "--status must be new, acknowledged, in_progress, "
                                    "resolved or closed, not \"%1\"")
                                    .arg(*status),
                ExitUsage);
    }
    const QDateTime now = Clock::instance().nowUtc();
    if (overdue)
        filter.overdueAt = now;
    ComplaintRepository repository(context.db.connection());
    QJsonArray array;
    if (format == QLatin1String("csv"))
        context.out << Csv::line(kColumns);
    const Status written
        = repository.forEach(filter, ComplaintRepository::Order::ReceivedNewestFirst, [&](const Complaint &c) {
              if (format == QLatin1String("csv"))
                  context.out << Csv::line(fields(c, now));
              else
                  array.append(object(c, now));
              return true;
          });
    if (!written)
        return context.fail(written.error().toString());
    if (format == QLatin1String("json"))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return ExitOk;
}

QJsonValue rounded(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 100.0) / 100.0) : QJsonValue();
}

QJsonObject counts(const QList<KeyCount> &list)
{
    QJsonObject json;
    for (const KeyCount &entry : list)
        json.insert(entry.key, entry.count);
    return json;
}

QJsonArray namedCounts(const QList<KeyCount> &list)
{
    QJsonArray json;
    for (const KeyCount &entry : list)
        json.append(QJsonObject { { QStringLiteral("name"), entry.key }, { QStringLiteral("count"), entry.count } });
    return json;
}

QJsonObject statisticsJson(const ComplaintStatistics &s)
{
    QJsonObject json;
    json.insert(QStringLiteral("total"), s.total);
    json.insert(QStringLiteral("by_category"), counts(s.byCategory));
    json.insert(QStringLiteral("by_severity"), counts(s.bySeverity));
    json.insert(QStringLiteral("by_status"), counts(s.byStatus));
    json.insert(QStringLiteral("by_month"), counts(s.byMonth));
    json.insert(QStringLiteral("average_response_hours"), rounded(s.averageResponseHours));
    json.insert(QStringLiteral("average_resolution_hours"), rounded(s.averageResolutionHours));
    json.insert(QStringLiteral("responses_met"), s.responseMet);
    json.insert(QStringLiteral("responses_missed"), s.responseMissed);
    json.insert(QStringLiteral("response_compliance_percent"), rounded(s.responseCompliancePercent));
    json.insert(QStringLiteral("resolutions_met"), s.resolutionMet);
    json.insert(QStringLiteral("resolutions_missed"), s.resolutionMissed);
    json.insert(QStringLiteral("resolution_compliance_percent"), rounded(s.resolutionCompliancePercent));
    json.insert(QStringLiteral("csat_responses"), s.csatCount);
    json.insert(QStringLiteral("csat_average"), rounded(s.csatAverage));
    json.insert(QStringLiteral("promoters"), s.promoters);
    json.insert(QStringLiteral("passives"), s.passives);
    json.insert(QStringLiteral("detractors"), s.detractors);
    json.insert(QStringLiteral("nps"), rounded(s.nps));
    QJsonArray months;
    for (const MonthlySatisfaction &month : s.satisfactionByMonth)
        months.append(QJsonObject { { QStringLiteral("month"), month.month },
            { QStringLiteral("csat_average"), rounded(month.csatAverage) },
            { QStringLiteral("nps"), rounded(month.nps) } });
    json.insert(QStringLiteral("satisfaction_by_month"), months);
    json.insert(QStringLiteral("repeated_customers"), namedCounts(s.repeatedCustomers));
    json.insert(QStringLiteral("repeated_products"), namedCounts(s.repeatedProducts));
    QJsonArray terms;
    for (const TermCount &term : s.frequentTerms)
        terms.append(QJsonObject { { QStringLiteral("term"), term.term }, { QStringLiteral("count"), term.count } });
    json.insert(QStringLiteral("frequent_terms"), terms);
    return json;
}

int complaintStatistics(CliContext &context)
{
    const QString fromText = context.args.take(QStringLiteral("--from")).value_or(QString());
    const QString toText = context.args.take(QStringLiteral("--to")).value_or(QString());
    const QString format = context.args.take(QStringLiteral("--format")).value_or(QStringLiteral("json"));
    if (!context.args.problem().isEmpty())
        return context.fail(context.args.problem(), ExitUsage);
    if (format != QLatin1String("json"))
        return context.fail(
            QCoreApplication::translate("Cli", "--format must be json, not \"%1\"").arg(format), ExitUsage);
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return context.fail(QCoreApplication::translate("Cli",
                                "complaints stats needs --from and --to as dates "
                                "YYYY-MM-DD, not \"%1\" and \"%2\"")
                                .arg(fromText, toText),
            ExitUsage);
    if (to < from)
        return context.fail(
            QCoreApplication::translate("Cli", "--to %1 is before --from %2").arg(toText, fromText), ExitUsage);
    // Whole local days, --to included.
    const QDateTime start = QDateTime(from, QTime(0, 0)).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    auto complaints = ComplaintRepository(context.db.connection()).receivedBetween(start, end);
    if (!complaints)
        return context.fail(complaints.error().toString());
    const ComplaintStatistics stats
        = computeComplaintStatistics(complaints.value(), Clock::instance().nowUtc(), QTimeZone::systemTimeZone());
    QJsonObject json = statisticsJson(stats);
    json.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    json.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int runComplaintsCommand(CliContext &context)
{
    const QString action = context.args.takePositional().value_or(QString());
    if (action == QLatin1String("list"))
        return listComplaints(context);
    if (action == QLatin1String("stats"))
        return complaintStatistics(context);
    return context.fail(
        QCoreApplication::translate("Cli", "complaints needs list or stats, not \"%1\"").arg(action), ExitUsage);
}

#include "DemoConsent.h"
#include "db/SqlError.h"
#include "domain/MarketingConsent.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <iterator>

namespace DemoConsent {

namespace {
    // Out of every 20 contacts: 6 agreed, 1 refused or withdrew, 13 were never asked.
    constexpr int kCycle = 20;
    constexpr int kGiven = 6;
    constexpr int kDays = 12; // twelve consent days spread over two years
    const char *const kSources[] = { "Web form", "Trade fair", "Phone call", "Email", "Signed form", "In person" };
} // namespace

Status generate(const QSqlDatabase &db, quint64 seed, const QDate &today)
{
    QStringList dayCases;
    QStringList sourceCases;
    QVariantList binds;
    binds << toStoredValue(MarketingConsent::Given) << toStoredValue(MarketingConsent::Refused);
    for (int day = 0; day < kDays; ++day) {
        dayCases << QStringLiteral("WHEN %1 THEN ?").arg(day);
        binds << today.addDays(-(day * 61 + 3)).toString(Qt::ISODate);
    }
    const int sources = int(std::size(kSources));
    for (int source = 0; source < sources; ++source) {
        sourceCases << QStringLiteral("WHEN %1 THEN ?").arg(source);
        binds << QCoreApplication::translate("MarketingConsent", kSources[source]);
    }
    const QString slot = QStringLiteral("((id + %1) % %2)").arg(seed % kCycle).arg(kCycle);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE contacts SET marketing_consent = CASE WHEN %1 < %2 THEN ? ELSE ? END, "
                                 "consent_at = CASE id % %3 %4 END, consent_source = CASE id % %5 %6 END "
                                 "WHERE %1 <= %2")
                      .arg(slot)
                      .arg(kGiven)
                      .arg(kDays)
                      .arg(dayCases.join(QLatin1Char(' ')))
                      .arg(sources)
                      .arg(sourceCases.join(QLatin1Char(' '))));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("DemoConsent", "Writing the demo contacts' consent"));
    return {};
}

} // namespace DemoConsent

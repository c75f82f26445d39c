// Times the follow-up queries on a large demo book: the agenda (overdue, today, next 7 days) for the team and
// for one owner, the overdue badge count, the renewals overview and the neglected customers.
// usage: clientele-agenda-bench BOOK [DATE]     (figures go into docs/PERFORMANCE.md)
#include "Book.h"
#include "Clock.h"
#include "repo/ActivityRepository.h"
#include "repo/LookupRepository.h"
#include "services/FollowUpService.h"
#include "services/RenewalService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

// The median of `runs` timed calls, in milliseconds (the first call warms the page cache and is not counted).
double medianMs(int runs, const std::function<void()> &call)
{
    call();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        call();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: clientele-agenda-bench BOOK [YYYY-MM-DD]\n";
        return 2;
    }
    auto book = openBook(QString::fromLocal8Bit(argv[1]));
    if (!book) {
        out << book.error().toString() << "\n";
        return 1;
    }
    const QSqlDatabase db = book.value()->connection();
    const QDate date
        = argc > 2 ? QDate::fromString(QString::fromLatin1(argv[2]), Qt::ISODate) : Clock::instance().today();
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM activities), "
                              "(SELECT count(*) FROM activities WHERE status = 'planned'), "
                              "(SELECT count(*) FROM contracts)"));
    query.next();
    out << "customers " << query.value(0).toLongLong() << ", activities " << query.value(1).toLongLong() << " (planned "
        << query.value(2).toLongLong() << "), contracts " << query.value(3).toLongLong() << "\n";
    query.finish();
    const QList<Owner> owners = LookupRepository(db).owners().value_or({});
    const qint64 owner = owners.isEmpty() ? 0 : owners.first().id;
    ActivityRepository activities(db);
    Agenda agenda;
    const double team = medianMs(9, [&] { agenda = activities.agenda({ date, 0, 500 }).value_or(Agenda {}); });
    out << QStringLiteral("agenda, whole team (500 items a section): %1 ms; overdue %2, today %3, next 7 days %4\n")
               .arg(team, 0, 'f', 1)
               .arg(agenda.overdue.total)
               .arg(agenda.today.total)
               .arg(agenda.nextDays.total);
    const double mine = medianMs(9, [&] { agenda = activities.agenda({ date, owner, 500 }).value_or(Agenda {}); });
    out << QStringLiteral("agenda, one owner: %1 ms; overdue %2, today %3, next 7 days %4\n")
               .arg(mine, 0, 'f', 1)
               .arg(agenda.overdue.total)
               .arg(agenda.today.total)
               .arg(agenda.nextDays.total);
    const double badge = medianMs(9, [&] { (void)activities.overdueCount(date, 0); });
    out << QStringLiteral("overdue badge count, whole team: %1 ms\n").arg(badge, 0, 'f', 1);
    RenewalService renewals(db);
    const double overview = medianMs(5, [&] { (void)renewals.overview(date); });
    out << QStringLiteral("renewals overview: %1 ms\n").arg(overview, 0, 'f', 1);
    const QMap<QString, int> intervals = FollowUpService(db).tierIntervals().value_or({});
    int found = 0;
    const double neglected = medianMs(3, [&] {
        found = int(activities.neglected(date, intervals, QStringLiteral("CNY"), owner, 500).value_or({}).size());
    });
    out << QStringLiteral("neglected customers, one owner (top 500 by value): %1 ms (%2 shown)\n")
               .arg(neglected, 0, 'f', 1)
               .arg(found);
    return 0;
}

// Times the steps that change many customers at once on a large demo book: handing the first sales rep's customers
// and open work to the second (SalesRepHandover::handOver), then for 1,000 and 10,000 customers: assigning them to
// a rep with their open work and undoing it, tagging and untagging them (TagRepository), and setting their stage
// and undoing it (CustomerBulkEdit). The handover stays in the book: run it on a copy.
// usage: clientele-sales-rep-bench BOOK      (figures go into docs/PERFORMANCE.md)
#include "Book.h"
#include "repo/TagRepository.h"
#include "services/CustomerBulkEdit.h"
#include "services/SalesRepHandover.h"
#include "services/SalesReps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

namespace {

QTextStream out(stdout);

// Runs `step`, prints its time; false (after printing the error) when it failed.
bool timed(const QString &what, const std::function<Status()> &step)
{
    QElapsedTimer timer;
    timer.start();
    const Status status = step();
    if (!status) {
        out << what << ": " << status.error().toString() << "\n";
        return false;
    }
    out << what << ": " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 0) << " ms\n";
    out.flush();
    return true;
}

template <typename T> Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: clientele-sales-rep-bench BOOK\n";
        return 2;
    }
    auto book = openBook(QString::fromLocal8Bit(argv[1]));
    if (!book) {
        out << book.error().toString() << "\n";
        return 1;
    }
    const QSqlDatabase db = book.value()->connection();
    const QList<SalesReps::Rep> reps = SalesReps(db).list().value_or({});
    if (reps.size() < 2) {
        out << "the book needs two sales reps\n";
        return 1;
    }
    const auto work = SalesRepHandover(db).openWorkOf(reps[0].id).value_or({});
    out << reps[0].name << " has " << work.customers << " customers, " << work.followUps << " planned follow-ups, "
        << work.quotes << " open quotes, " << work.contracts << " open contracts, " << work.complaints
        << " open complaints\n";
    if (!timed(QStringLiteral("hand over to %1").arg(reps[1].name),
            [&] { return statusOf(SalesRepHandover(db).handOver(reps[0].id, reps[1].id)); }))
        return 1;
    QList<qint64> ids;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 10000"));
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    for (const qsizetype size : { 1000, 10000 }) {
        const QList<qint64> chosen = ids.mid(0, size);
        QList<SalesRepHandover::Reassigned> moved;
        QList<CustomerBulkEdit::Previous> previous;
        CustomerBulkEdit::Change stage;
        stage.stage = LifecycleStage::Inactive;
        const bool ok = timed(QStringLiteral("assign %1 customers with their open work").arg(size), [&] {
            auto result = SalesRepHandover(db).assignCustomers(chosen, reps[0].id, true);
            moved = result.value_or({});
            return result ? Status() : Status(result.error());
        }) && timed(QStringLiteral("undo (%1 records)").arg(moved.size()), [&] {
            return SalesRepHandover(db).undo(moved, reps[0].id);
        }) && timed(QStringLiteral("tag %1 customers").arg(size), [&] {
            return statusOf(TagRepository(db).addTag(chosen, QStringLiteral("Bench tag")));
        }) && timed(QStringLiteral("untag %1 customers").arg(size), [&] {
            return statusOf(TagRepository(db).removeTag(chosen, QStringLiteral("Bench tag")));
        }) && timed(QStringLiteral("set the stage of %1 customers").arg(size), [&] {
            auto result = CustomerBulkEdit(db).apply(chosen, stage);
            previous = result.value_or({});
            return result ? Status() : Status(result.error());
        }) && timed(QStringLiteral("undo (%1 customers)").arg(previous.size()), [&] {
            return CustomerBulkEdit(db).undo(previous);
        });
        if (!ok)
            return 1;
    }
    return 0;
}

// Times "Schedule follow-ups" for segments of 1,000, 10,000 and 50,000 customers of a large demo book: one
// activity per customer written in one transaction (BulkFollowUpScheduler). Each run's activities are deleted
// afterwards, so the book ends as it began. A BOOK that does not exist is made first: a demo book of CUSTOMERS
// customers (default 100,000).
// usage: clientele-bulk-followup-bench BOOK [CUSTOMERS]     (figures go into docs/PERFORMANCE.md)
#include "Book.h"
#include "demo/DemoGenerator.h"
#include "services/BulkFollowUpScheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: clientele-bulk-followup-bench BOOK [CUSTOMERS]\n";
        return 2;
    }
    const bool fresh = !QFileInfo::exists(QString::fromLocal8Bit(argv[1]));
    auto book = openBook(QString::fromLocal8Bit(argv[1]));
    if (!book) {
        out << book.error().toString() << "\n";
        return 1;
    }
    const QSqlDatabase db = book.value()->connection();
    if (fresh) {
        DemoGenerator::Options options;
        options.customers = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 100000;
        if (Status status = DemoGenerator(db).generate(options); !status) {
            out << status.error().toString() << "\n";
            return 1;
        }
    }
    QList<qint64> ids;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 50000"));
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    FollowUpBatch batch;
    batch.subject = QStringLiteral("Bench: call {customer} about the spring offer");
    batch.firstDay = QDate::currentDate().addDays(1);
    batch.spreadDays = 10;
    batch.notes = QStringLiteral("Benchmark run");
    for (const qsizetype size : { 1000, 10000, 50000 }) {
        if (size > ids.size())
            break;
        QElapsedTimer timer;
        timer.start();
        auto result = BulkFollowUpScheduler(db).schedule(batch, ids.mid(0, size));
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!result) {
            out << result.error().toString() << "\n";
            return 1;
        }
        out << "schedule follow-ups for " << size << " customers: " << result.value().created << " created in "
            << QString::number(ms, 'f', 0) << " ms\n";
        out.flush();
        QSqlQuery cleanup(db);
        cleanup.exec(QStringLiteral("DELETE FROM activities WHERE notes = 'Benchmark run'"));
    }
    return 0;
}

// Timed run over a large book: how fast the main window shows its first page, how paging to the end behaves,
// how long a search keystroke takes to give its first page, and the memory used. Prints a Markdown table.
// usage: clientele-bench BOOK   (make the book first: clientele-cli --db BOOK demo --customers 1000000)

#include "Book.h"
#include "CustomerListPanel.h"
#include "CustomerTableModel.h"
#include "MainWindow.h"
#include "complaints/ComplaintReportsPanel.h"
#include "followups/RenewalsPanel.h"
#include "repo/CustomerRepository.h"
#include "trust/BackupController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream out(stdout);

long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromUtf8(status.readAll());
    const auto match = QRegularExpression(QStringLiteral("%1:\\s+(\\d+) kB").arg(QLatin1String(field))).match(text);
    return match.hasMatch() ? match.captured(1).toLong() : -1;
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void row(const QString &what, const QString &value)
{
    out << "| " << what << " | " << value << " |\n";
    out.flush();
}

void benchSearch(CustomerRepository &repository, const QString &query, const QString &label)
{
    CustomerQuery filter;
    filter.search = query;
    // The first run is what a keystroke costs; the repeats show how steady it is.
    QList<double> times;
    int found = 0;
    for (int run = 0; run < 6; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto page = repository.page(filter, std::nullopt, CustomerTableModel::PageSize);
        times << ms(timer);
        found = page ? int(page.value().size()) : -1;
    }
    const double first = times.takeFirst();
    std::sort(times.begin(), times.end());
    row(QStringLiteral("search \"%1\" (%2), first page").arg(query, label),
        QStringLiteral("first %1 ms, repeats %2–%3 ms, %4 rows")
                .arg(first, 0, 'f', 1)
                .arg(times.first(), 0, 'f', 1)
                .arg(times.last(), 0, 'f', 1)
                .arg(found));
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    if (argc < 2) {
        std::fprintf(stderr, "usage: clientele-bench BOOK\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    out << "| measurement | result |\n|---|---|\n";

    QElapsedTimer timer;
    timer.start();
    auto book = openBook(path);
    if (!book) {
        std::fprintf(stderr, "%s\n", qPrintable(book.error().toString()));
        return 1;
    }
    const double openMs = ms(timer);
    auto window = std::make_unique<MainWindow>(std::move(book.value()));
    window->show();
    QCoreApplication::processEvents();
    row(QStringLiteral("open book"), QStringLiteral("%1 ms").arg(openMs, 0, 'f', 1));
    row(QStringLiteral("main window with first page shown (from process start)"),
        QStringLiteral("%1 ms").arg(ms(sinceStart), 0, 'f', 1));
    row(QStringLiteral("resident memory after first page"), QStringLiteral("%1 MB").arg(statusKb("VmRSS") / 1024));
    // A book with no recent backup is copied and checked in the background from the first start on (4 GB for the
    // 1M book, minutes on two cores). The figures below are taken after it, so that runs compare.
    if (window->backups()->isRunning()) {
        timer.restart();
        window->backups()->waitForBackup();
        row(QStringLiteral("automatic backup running at start, waited for (background)"),
            QStringLiteral("%1 s").arg(ms(timer) / 1000, 0, 'f', 1));
    }

    // The pages a user opens from the navigation: each reads its rows when it is shown.
    const std::pair<MainWindow::Page, const char *> pages[] = { { MainWindow::AgendaPage, "agenda" },
        { MainWindow::CalendarPage, "calendar (month)" }, { MainWindow::RenewalsPage, "renewals" },
        { MainWindow::ComplaintsPage, "complaints" }, { MainWindow::ComplaintReportsPage, "complaint reports" },
        { MainWindow::CustomersPage, "customers" } };
    for (const auto &[page, name] : pages) {
        timer.restart();
        window->showPage(page);
        QCoreApplication::processEvents();
        row(QStringLiteral("open the %1 page").arg(QLatin1String(name)), QStringLiteral("%1 ms").arg(ms(timer), 0, 'f', 1));
        if (page == MainWindow::RenewalsPage || page == MainWindow::ComplaintReportsPage) { // read in the background
            if (page == MainWindow::RenewalsPage)
                window->renewals()->waitForOverview();
            else
                window->complaintReports()->waitForStatistics();
            row(QStringLiteral("... its figures shown (read off the GUI thread)"),
                QStringLiteral("%1 ms").arg(ms(timer), 0, 'f', 1));
        }
    }
    row(QStringLiteral("resident memory after opening those pages"),
        QStringLiteral("%1 MB").arg(statusKb("VmRSS") / 1024));

    CustomerRepository repository(window->database().connection());
    benchSearch(repository, QStringLiteral("伟芳"), QStringLiteral("2 Chinese characters, person name"));
    benchSearch(repository, QStringLiteral("有限"), QStringLiteral("2 characters in most names"));
    benchSearch(repository, QStringLiteral("欧阳"), QStringLiteral("2 characters, compound surname"));
    benchSearch(repository, QStringLiteral("鑫盛"), QStringLiteral("2 characters, brand"));
    benchSearch(repository, QStringLiteral("龘龘"), QStringLiteral("2 characters, no match"));
    benchSearch(repository, QStringLiteral("深圳华鑫"), QStringLiteral("4 characters"));
    benchSearch(repository, QStringLiteral("harbor"), QStringLiteral("Latin word"));
    benchSearch(repository, QStringLiteral("carter"), QStringLiteral("Latin, names and contacts"));
    benchSearch(repository, QStringLiteral("138 0013"), QStringLiteral("phone fragment"));
    benchSearch(repository, QStringLiteral("@163.com"), QStringLiteral("email domain"));
    benchSearch(repository, QStringLiteral("zzzq"), QStringLiteral("Latin, no match"));
    benchSearch(repository, QStringLiteral("王"), QStringLiteral("1 character"));
    benchSearch(repository, QStringLiteral("龘"), QStringLiteral("1 character, no match"));

    CustomerTableModel *model = window->customerList()->model();
    double worstFetch = 0;
    QElapsedTimer total;
    total.start();
    int fetches = 0;
    while (model->canFetchMore({})) {
        QElapsedTimer one;
        one.start();
        model->fetchMore({});
        worstFetch = std::max(worstFetch, ms(one));
        ++fetches;
    }
    row(QStringLiteral("scroll to the end: pages fetched"), QString::number(fetches));
    row(QStringLiteral("scroll to the end: slowest page"), QStringLiteral("%1 ms").arg(worstFetch, 0, 'f', 1));
    row(QStringLiteral("scroll to the end: total"), QStringLiteral("%1 s for %2 rows")
                                                            .arg(ms(total) / 1000, 0, 'f', 1)
                                                            .arg(model->rowCount()));
    row(QStringLiteral("resident memory after scrolling to the end"),
        QStringLiteral("%1 MB").arg(statusKb("VmRSS") / 1024));
    row(QStringLiteral("peak resident memory"), QStringLiteral("%1 MB").arg(statusKb("VmHWM") / 1024));
    window->backups()->stop(); // the on-close backup would copy the whole book again
    window->close();
    return 0;
}

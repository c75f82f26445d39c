#pragma once

#include "Result.h"

#include <QApplication>
#include <QFuture>
#include <QPointer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTranslator>

#include <atomic>
#include <memory>

class Database;
class MainWindow;
struct Contact;

// Bootstrap of the desktop app: settings, translations, choosing and opening the book, the main window.
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int &argc, char **argv);
    // Stops a background integrity check that is still running and waits for it.
    ~Application() override;

    // Parses the command line, opens a book and shows the window; returns false when the user quit instead.
    bool start();

private:
    void installTranslations(const QString &language);
    bool openFromWelcome();
    bool showBook(std::unique_ptr<Database> database);
    Result<QString> copyForScreenshot(const QString &path);
    void reportProblem(const QString &message);
    // The open book failed its integrity check: close it, then offer its newest good backup or another book.
    void recoverDamagedBook(const QString &path, const QString &problem);
    void checkIntegrityInBackground(const QString &path);
    void takeScreenshotAndQuit(const QString &file, const QString &search, const QString &view,
                               const QString &importFile);
    void screenshotImportAndQuit(const QString &file, const QString &view, const QString &importFile);
    void screenshotReportsAndQuit(const QString &file, const QString &view);
    void screenshotComplaintsAndQuit(const QString &file, const QString &view);
    void screenshotTrustAndQuit(const QString &file, const QString &view);
    void screenshotAuditCoverageAndQuit(const QString &file, const QString &view);
    static void makeEverydayChanges(const QSqlDatabase &db, qint64 customerId, const Contact &contact);
    void screenshotBookQuestionAndQuit(const QString &file, const QString &view);

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QPointer<MainWindow> m_window;
    // --screenshot works on a copy of the book here: some views stage what they show (an audit trail, a hand-over,
    // an import), which must never change the user's book.
    std::unique_ptr<QTemporaryDir> m_screenshotCopy;
    std::atomic_bool m_stopChecks { false };
    QList<QFuture<QString>> m_integrityChecks; // one per book opened in this run
};

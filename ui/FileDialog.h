#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// QFileDialog with a seam for tests: setNextFileName() answers the next dialog without showing it.
// Every file dialog of the app goes through here: it never reads a file's content, which would loosen SQLite's
// locks on the open book (see FileDialog.cpp).
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)

public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // selectedFilter (optional): in, the filter to preselect; out, the one the user chose.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                   QString *selectedFilter = nullptr);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir);
    // The next dialog returns fileName, and the filter given (when not empty) as the chosen one.
    static void setNextFileName(const QString &fileName, const QString &selectedFilter = {});
};

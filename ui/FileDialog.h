#pragma once

#include <QString>

class QWidget;

// QFileDialog with a seam for tests: setNextFileName() answers the next dialog without showing it.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    // selectedFilter (optional): in, the filter to preselect; out, the one the user chose.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                   QString *selectedFilter = nullptr);
    // The next dialog returns fileName, and the filter given (when not empty) as the chosen one.
    static void setNextFileName(const QString &fileName, const QString &selectedFilter = {});
};

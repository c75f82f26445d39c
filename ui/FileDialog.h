#pragma once

#include <QString>

class QWidget;

// QFileDialog with a seam for tests: setNextFileName() answers the next dialog without showing it.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static void setNextFileName(const QString &fileName);
};

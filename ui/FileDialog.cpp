#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> g_nextFileName;
QString g_nextFilter;

std::optional<QString> takeNext()
{
    auto next = g_nextFileName;
    g_nextFileName.reset();
    return next;
}
} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter, QString *selectedFilter)
{
    if (auto next = takeNext()) {
        if (selectedFilter && !g_nextFilter.isEmpty())
            *selectedFilter = g_nextFilter;
        g_nextFilter.clear();
        return *next;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, selectedFilter);
}

void FileDialog::setNextFileName(const QString &fileName, const QString &selectedFilter)
{
    g_nextFileName = fileName;
    g_nextFilter = selectedFilter;
}

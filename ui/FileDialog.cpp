#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> g_nextFileName;

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
                                    const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

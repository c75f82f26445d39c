#include "FileDialog.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QMimeDatabase>

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

// Icons and types from a file's name only. Qt's own provider reads the first bytes of a file whose extension it
// does not know (a book, its -wal and -shm) to guess its type. Opening and closing a file in this process drops
// every POSIX lock the process holds on it, SQLite's included: another program reading the book then took the
// window for gone and deleted its write-ahead log, and the saves that followed were lost (found by a review).
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(QAbstractFileIconProvider::Folder);
        const QMimeType type = m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
        return themed.isNull() ? QFileIconProvider::icon(QAbstractFileIconProvider::File) : themed;
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return FileDialog::tr("Folder");
        return m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
    using QFileIconProvider::icon;

private:
    QMimeDatabase m_types;
};

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

// Where the platform's own dialog runs inside this process and guesses types from content (GTK's and KDE's on
// Linux), Qt's dialog is used instead, with the provider above. Windows locks by handle and macOS's panel reads
// files in other processes, so their native dialogs are safe.
QString run(QWidget *parent, const QString &caption, const QString &dir, const QString &filter, QString *selectedFilter,
    QFileDialog::AcceptMode mode, QFileDialog::FileMode fileMode)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(fileMode);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    if (fileMode == QFileDialog::Directory)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setIconProvider(&iconProvider());
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}
} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (auto next = takeNext())
        return *next;
    return run(parent, caption, dir, filter, nullptr, QFileDialog::AcceptOpen, QFileDialog::ExistingFile);
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
    return run(parent, caption, dir, filter, selectedFilter, QFileDialog::AcceptSave, QFileDialog::AnyFile);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (auto next = takeNext())
        return *next;
    return run(parent, caption, dir, {}, nullptr, QFileDialog::AcceptOpen, QFileDialog::Directory);
}

void FileDialog::setNextFileName(const QString &fileName, const QString &selectedFilter)
{
    g_nextFileName = fileName;
    g_nextFilter = selectedFilter;
}

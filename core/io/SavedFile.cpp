#include "SavedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

namespace SavedFile {

bool commit(QSaveFile &file)
{
    return file.flush() && file.commit(); // not committed, the file is discarded and what was there stays
}

QString failure(const QFileDevice &file)
{
    if (file.error() != QFileDevice::NoError && !file.errorString().isEmpty()
        && file.errorString() != QLatin1String("Unknown error"))
        return file.errorString();
    const QStorageInfo disk(QFileInfo(file.fileName()).absolutePath());
    constexpr qint64 kNearlyFull = 1024 * 1024;
    if (disk.isValid() && disk.bytesAvailable() < kNearlyFull) {
        return QCoreApplication::translate("SavedFile", "the disk is full (%1 free)")
            .arg(QLocale().formattedDataSize(disk.bytesAvailable()));
    }
    return QCoreApplication::translate("SavedFile", "only part of the data could be written; the disk may be full");
}

Status write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !commit(file)) {
        return Error { QCoreApplication::translate("SavedFile", "Cannot write \"%1\": %2")
                           .arg(QDir::toNativeSeparators(path), failure(file)),
            path };
    }
    return {};
}

} // namespace SavedFile

#include "SavedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace SavedFile {

bool commit(QSaveFile &file)
{
    return file.flush() && file.commit(); // not committed, the file is discarded and what was there stays
}

Status write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !commit(file)) {
        return Error { QCoreApplication::translate("SavedFile", "Cannot write \"%1\": %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
            path };
    }
    return {};
}

} // namespace SavedFile

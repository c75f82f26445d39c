#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

class QSaveFile;

// Files written whole or not at all (QSaveFile), that say so when they could not be written.
//
// Qt 6.4's QSaveFile::commit() does not report bytes still in its write buffer that never reached the disk: on a
// full disk a small JSON export or PDF was saved as an empty file and reported written. Flushing first reports it.
namespace SavedFile {

// Writes `bytes` to `path`, replacing what was there only once all of them are on disk.
Status write(const QString &path, const QByteArray &bytes);

// Flushes and commits a QSaveFile already written to; false (with the file's errorString()) if any byte failed.
bool commit(QSaveFile &file);

} // namespace SavedFile

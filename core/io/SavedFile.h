#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

class QFileDevice;
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

// Why writing to `file` failed, for a message: its error text, or, when Qt has none because the device took only
// part of the bytes (a full disk does that), that the disk is full. Call it before a failed QSaveFile is
// discarded, while its partial file still takes the space.
QString failure(const QFileDevice &file);

} // namespace SavedFile

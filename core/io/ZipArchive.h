#pragma once

#include "Result.h"
#include "io/TableReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

// A zip archive (the container of an .xlsx) read with minizip, one entry at a time in chunks, so that no entry
// is ever inflated whole into memory. Guards against zip bombs twice: by the sizes the archive declares before
// an entry is opened, and by the bytes actually inflated while it is read, because headers can lie.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    // Opens the archive and lists its entries. Errors name the file (displayName).
    static Result<std::unique_ptr<ZipArchive>> open(
        const QString &path, const QString &displayName, const TableLimits &limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Entry names compare case-insensitively, with '\' read as '/' and without a leading '/'.
    bool contains(const QString &name) const;
    // Makes the entry the one read() reads, closing the one before.
    Status openEntry(const QString &name);
    // The next chunk of the open entry, or an empty array at its end, where its CRC has been checked.
    Result<QByteArray> read();
    // The open entry's declared uncompressed size and how much of it read() has given so far.
    qint64 entrySize() const { return m_entry.uncompressedSize; }
    qint64 entryRead() const { return m_entryRead; }

private:
    struct Entry
    {
        QString name;
        quint64 posInCentralDir = 0;
        quint64 numFile = 0;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
    };

    ZipArchive(void *zip, QString displayName, const TableLimits &limits);
    static QString key(const QString &name);
    Status listEntries();
    Error error(const QString &message) const;
    void closeEntry();

    void *m_zip = nullptr; // minizip's unzFile
    QString m_displayName;
    TableLimits m_limits;
    QHash<QString, Entry> m_entries;
    Entry m_entry;
    QString m_entryKey;
    QHash<QString, qint64> m_inflatedOf; // bytes inflated of each entry so far (the most, when read again)
    bool m_entryOpen = false;
    qint64 m_entryRead = 0;
    qint64 m_totalInflated = 0;
};

#include "ZipArchive.h"

#include <QFile>

#include <unzip.h>

namespace {

constexpr int chunkBytes = 64 * 1024;
// An .xlsx has a few dozen parts; a listing of millions is an attack on memory, not a workbook.
constexpr quint64 maxEntries = 100000;
// Small parts may compress very well (a sheet of blank rows); the ratio only matters where the size does.
constexpr qint64 ratioFloorBytes = 1024 * 1024;

unzFile handle(void *zip)
{
    return static_cast<unzFile>(zip);
}

bool ratioTooHigh(qint64 inflated, qint64 compressed, int maxRatio)
{
    return inflated > ratioFloorBytes && inflated / qMax<qint64>(compressed, 1) > maxRatio;
}

} // namespace

ZipArchive::ZipArchive(void *zip, QString displayName, const TableLimits &limits)
    : m_zip(zip)
    , m_displayName(std::move(displayName))
    , m_limits(limits)
{
}

ZipArchive::~ZipArchive()
{
    closeEntry();
    unzClose(handle(m_zip));
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(
    const QString &path, const QString &displayName, const TableLimits &limits)
{
    const QByteArray encoded = QFile::encodeName(path);
    unzFile zip = unzOpen64(encoded.constData());
    if (!zip)
        return Error(tr("The file cannot be read as a zip archive: it is damaged or incomplete."), displayName);
    std::unique_ptr<ZipArchive> archive(new ZipArchive(zip, displayName, limits));
    if (Status listed = archive->listEntries(); !listed)
        return listed.error();
    return archive;
}

QString ZipArchive::key(const QString &name)
{
    QString normalised = name.toLower();
    normalised.replace(u'\\', u'/');
    while (normalised.startsWith(u'/'))
        normalised.remove(0, 1);
    return normalised;
}

Error ZipArchive::error(const QString &message) const
{
    return Error(message, m_displayName);
}

Status ZipArchive::listEntries()
{
    unz_global_info64 info {};
    if (unzGetGlobalInfo64(handle(m_zip), &info) != UNZ_OK)
        return error(tr("The zip directory of the file is damaged."));
    if (info.number_entry > maxEntries)
        return error(tr("The zip archive lists %1 entries, more than a workbook can have (%2).")
                         .arg(info.number_entry)
                         .arg(maxEntries));
    int status = unzGoToFirstFile(handle(m_zip));
    while (status == UNZ_OK) {
        unz_file_info64 fileInfo {};
        char name[1024];
        if (unzGetCurrentFileInfo64(handle(m_zip), &fileInfo, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            return error(tr("The zip directory of the file is damaged."));
        unz64_file_pos pos {};
        unzGetFilePos64(handle(m_zip), &pos);
        Entry entry;
        entry.name = QString::fromUtf8(name, qstrnlen(name, sizeof name));
        entry.posInCentralDir = pos.pos_in_zip_directory;
        entry.numFile = pos.num_of_file;
        entry.compressedSize = qint64(qMin<quint64>(fileInfo.compressed_size, std::numeric_limits<qint64>::max()));
        entry.uncompressedSize = qint64(qMin<quint64>(fileInfo.uncompressed_size, std::numeric_limits<qint64>::max()));
        if (fileInfo.flag & 1)
            return error(tr("The zip archive is encrypted (entry %1); remove the password in Excel and save again.")
                             .arg(entry.name));
        m_entries.insert(key(entry.name), entry);
        status = unzGoToNextFile(handle(m_zip));
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return error(tr("The zip directory of the file is damaged."));
    return {};
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(key(name));
}

void ZipArchive::closeEntry()
{
    if (m_entryOpen)
        unzCloseCurrentFile(handle(m_zip));
    m_entryOpen = false;
}

Status ZipArchive::openEntry(const QString &name)
{
    closeEntry();
    const auto found = m_entries.constFind(key(name));
    if (found == m_entries.constEnd())
        return error(tr("The workbook has no part %1.").arg(name));
    const Entry &entry = *found;
    // An entry read again (a sheet's merged cells are found before its rows) counts once.
    const qint64 counted = m_inflatedOf.value(found.key());
    if (entry.uncompressedSize - counted > m_limits.maxUncompressedBytes - m_totalInflated)
        return error(tr("The part %1 would unpack to %2 bytes, more than the limit of %3 bytes: refused as a "
                        "possible zip bomb.")
                         .arg(entry.name)
                         .arg(entry.uncompressedSize)
                         .arg(m_limits.maxUncompressedBytes));
    if (ratioTooHigh(entry.uncompressedSize, entry.compressedSize, m_limits.maxCompressionRatio))
        return error(tr("The part %1 is compressed more than %2 times: refused as a possible zip bomb.")
                         .arg(entry.name)
                         .arg(m_limits.maxCompressionRatio));
    unz64_file_pos pos { entry.posInCentralDir, entry.numFile };
    if (unzGoToFilePos64(handle(m_zip), &pos) != UNZ_OK || unzOpenCurrentFile(handle(m_zip)) != UNZ_OK)
        return error(tr("The part %1 cannot be unpacked: the file is damaged or uses an unsupported compression.")
                         .arg(entry.name));
    m_entry = entry;
    m_entryKey = found.key();
    m_entryOpen = true;
    m_entryRead = 0;
    return {};
}

Result<QByteArray> ZipArchive::read()
{
    if (!m_entryOpen)
        return QByteArray();
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    const int got = unzReadCurrentFile(handle(m_zip), chunk.data(), unsigned(chunk.size()));
    if (got < 0) {
        closeEntry();
        return error(tr("The part %1 is damaged: its compressed data cannot be unpacked.").arg(m_entry.name));
    }
    if (got == 0) {
        const bool complete = m_entryRead == m_entry.uncompressedSize;
        const int closed = unzCloseCurrentFile(handle(m_zip));
        m_entryOpen = false;
        if (closed == UNZ_CRCERROR || !complete)
            return error(tr("The part %1 is damaged: its checksum or size does not match.").arg(m_entry.name));
        return QByteArray();
    }
    m_entryRead += got;
    if (qint64 &counted = m_inflatedOf[m_entryKey]; m_entryRead > counted) {
        m_totalInflated += m_entryRead - counted;
        counted = m_entryRead;
    }
    // minizip stops at the declared size; count anyway, since the declared sizes are what a bomb lies about
    if (m_entryRead > m_entry.uncompressedSize || m_totalInflated > m_limits.maxUncompressedBytes
        || ratioTooHigh(m_entryRead, m_entry.compressedSize, m_limits.maxCompressionRatio)) {
        closeEntry();
        return error(tr("The part %1 unpacks to more data than its zip entry declares: refused as a possible zip "
                        "bomb.")
                         .arg(m_entry.name));
    }
    chunk.resize(got);
    return chunk;
}

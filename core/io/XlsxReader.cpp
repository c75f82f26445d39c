#include "XlsxReader.h"

#include "io/ZipArchive.h"
#include "io/ZipXmlStream.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <charconv>
#include <limits>

namespace {

const QByteArray oleSignature = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
constexpr int excelMaxColumns = 16384; // XFD

enum class OleKind
{
    Encrypted,
    LegacyExcel,
    Other,
};

// What an OLE compound file holds, from the names in its directory: a password-protected .xlsx keeps the
// encrypted zip in "EncryptedPackage", a legacy .xls its sheets in "Workbook" (or "Book" before Excel 97).
OleKind oleKind(QFile &file)
{
    const QByteArray header = file.read(512);
    if (header.size() < 512)
        return OleKind::Other;
    const auto u16 = [](const QByteArray &bytes, int at) { return qFromLittleEndian<quint16>(bytes.constData() + at); };
    const auto u32 = [](const QByteArray &bytes, int at) { return qFromLittleEndian<quint32>(bytes.constData() + at); };
    const int shift = u16(header, 30);
    if (shift != 9 && shift != 12)
        return OleKind::Other;
    const qint64 sectorSize = qint64(1) << shift;
    const auto readSector = [&](quint32 sector) {
        file.seek((qint64(sector) + 1) * sectorSize);
        return file.read(sectorSize);
    };
    const quint32 endOfChain = 0xFFFFFFFE;
    QSet<QString> names;
    quint32 sector = u32(header, 48);
    // a directory of a few sectors; the bound keeps a looping chain in a hostile file from hanging us
    for (int visited = 0; sector < endOfChain && visited < 256; ++visited) {
        const QByteArray directory = readSector(sector);
        if (directory.size() < sectorSize)
            break;
        for (int entry = 0; entry + 128 <= directory.size(); entry += 128) {
            const int nameBytes = qMin<int>(u16(directory, entry + 64), 64);
            if (nameBytes >= 2)
                names.insert(QString::fromUtf16(
                    reinterpret_cast<const char16_t *>(directory.constData() + entry), nameBytes / 2 - 1));
        }
        const quint32 perFatSector = quint32(sectorSize / 4);
        const quint32 fatIndex = sector / perFatSector;
        if (fatIndex >= 109)
            break;
        const QByteArray fat = readSector(u32(header, 76 + int(fatIndex) * 4));
        if (fat.size() < sectorSize)
            break;
        sector = u32(fat, int(sector % perFatSector) * 4);
    }
    if (names.contains(QStringLiteral("EncryptedPackage")) || names.contains(QStringLiteral("EncryptionInfo")))
        return OleKind::Encrypted;
    if (names.contains(QStringLiteral("Workbook")) || names.contains(QStringLiteral("Book")))
        return OleKind::LegacyExcel;
    return OleKind::Other;
}

QString parentOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// A relationship target, relative to the folder of the part that names it or absolute from the package root.
QString resolvePart(const QString &base, QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1).toString());
    const QString folder = parentOf(base);
    return QDir::cleanPath(folder.isEmpty() ? target.toString() : folder + u'/' + target.toString());
}

QString relsOf(const QString &part)
{
    const QString folder = parentOf(part);
    const QString name = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/") + name + QStringLiteral(".rels");
}

// The 0-based column of a reference like "C7", or -1 when it is not one.
int columnOf(std::string_view reference)
{
    int column = 0;
    size_t i = 0;
    for (; i < reference.size(); ++i) {
        char c = reference[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        column = column * 26 + (c - 'A' + 1);
        if (column > excelMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

std::string_view trimmed(std::string_view text)
{
    const auto isSpace
        = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Numbers are parsed straight from the sheet's bytes: a sheet has millions of them.
bool parseInteger(std::string_view text, qint64 &number)
{
    text = trimmed(text);
    if (text.starts_with('+'))
        text.remove_prefix(1);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

bool parseNumber(std::string_view text, double &number)
{
    if (text.starts_with('+'))
        text.remove_prefix(1);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

// How many UTF-16 code units (QString characters) the UTF-8 text decodes to.
qint64 utf16Length(std::string_view text)
{
    qint64 units = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        units += (byte & 0xC0) != 0x80; // each lead byte starts a character
        units += byte >= 0xF0; // and one beyond the BMP takes a surrogate pair
    }
    return units;
}

// Excel writes a character that XML cannot hold, and an underscore before "xHHHH_", as "_xHHHH_"; a cell is read
// as Excel shows it ("_x005F_x0041_" is "_x0041_", "_x0009_" a tab).
QString decodedEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded;
    qsizetype done = 0;
    for (auto matches = escape.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        decoded += QStringView(text).mid(done, match.capturedStart() - done);
        decoded += QChar(char16_t(match.capturedView(1).toUShort(nullptr, 16)));
        done = match.capturedEnd();
    }
    decoded += QStringView(text).mid(done);
    return decoded;
}

// An inlined comparison: element and attribute names are compared many times per part.
template <qsizetype N> bool isNamed(QStringView name, const char16_t (&literal)[N])
{
    return name.size() == N - 1 && std::char_traits<char16_t>::compare(name.utf16(), literal, N - 1) == 0;
}

// A token may be a whole cell of maxCellChars characters, up to 4 bytes each in UTF-8.
qint64 maxTokenBytes(const TableLimits &limits)
{
    return limits.maxCellChars * 4 + 64 * 1024;
}

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const TableLimits &limits)
    : m_displayName(QFileInfo(path).fileName())
    , m_limits(limits)
    , m_sheetXml(m_displayName, maxTokenBytes(limits))
{
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::recognises(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith(oleSignature);
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const TableLimits &limits)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(path, limits));
    if (Status loaded = reader->load(path); !loaded)
        return loaded.error();
    return reader;
}

Status XlsxReader::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("The file cannot be opened: %1").arg(file.errorString()), m_displayName);
    if (file.size() > m_limits.maxFileBytes)
        return Error(tr("The file is %1 bytes, larger than the limit of %2 bytes: refused.")
                         .arg(file.size())
                         .arg(m_limits.maxFileBytes),
            m_displayName);
    const QByteArray head = file.read(8);
    if (head == oleSignature) {
        file.seek(0);
        switch (oleKind(file)) {
        case OleKind::Encrypted:
            return Error(tr("The workbook is protected with a password. Remove the password in Excel (File, Info, "
                            "Protect Workbook) and save it again, then import it."),
                m_displayName);
        case OleKind::LegacyExcel:
            return Error(tr("The workbook is in the old .xls format. Save it as .xlsx or CSV in Excel or "
                            "LibreOffice, then import it."),
                m_displayName);
        case OleKind::Other:
            break;
        }
        return Error(tr("The file is not an Excel workbook."), m_displayName);
    }
    if (!head.startsWith("PK"))
        return Error(
            tr("The file is not an Excel workbook (.xlsx files are zip archives, this one is not)."), m_displayName);
    file.close();

    auto zip = ZipArchive::open(path, m_displayName, m_limits);
    if (!zip)
        return zip.error();
    m_zip = std::move(zip).value();
    m_xml = std::make_unique<ZipXmlStream>(*m_zip, m_displayName, maxTokenBytes(m_limits));

    QString workbookPart;
    if (Status found = readPackageRels(workbookPart); !found)
        return found;
    if (workbookPart.endsWith(QStringLiteral(".bin"), Qt::CaseInsensitive))
        return Error(
            tr("The workbook is in the binary .xlsb format. Save it as .xlsx or CSV, then import it."), m_displayName);
    if (!m_zip->contains(workbookPart))
        return Error(
            tr("The file is a zip archive but not an Excel workbook: it has no %1.").arg(workbookPart), m_displayName);
    if (Status read = readWorkbook(workbookPart); !read)
        return read;
    QStringList sheetIds;
    QString sharedStringsPart;
    QString stylesPart;
    if (Status read = readWorkbookRels(workbookPart, sheetIds, sharedStringsPart, stylesPart); !read)
        return read;
    if (m_sheetNames.isEmpty())
        return Error(tr("The workbook has no sheets."), m_displayName);
    if (!sharedStringsPart.isEmpty() && m_zip->contains(sharedStringsPart)) {
        if (Status read = readSharedStrings(sharedStringsPart); !read)
            return read;
    }
    if (!stylesPart.isEmpty() && m_zip->contains(stylesPart)) {
        if (Status read = readStyles(stylesPart); !read)
            return read;
    }
    return openSheet(0);
}

Status XlsxReader::readPackageRels(QString &workbookPart)
{
    workbookPart = QStringLiteral("xl/workbook.xml");
    const QString rels = QStringLiteral("_rels/.rels");
    if (!m_zip->contains(rels))
        return {};
    if (Status opened = m_xml->open(rels); !opened)
        return opened;
    while (m_xml->next()) {
        const QXmlStreamReader &xml = m_xml->xml();
        if (!xml.isStartElement() || !isNamed(xml.name(), u"Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("Type")).endsWith(u"/officeDocument")
            && attributes.value(QLatin1String("TargetMode")) != u"External")
            workbookPart = resolvePart(QString(), attributes.value(QLatin1String("Target")));
    }
    return m_xml->error() ? Status(*m_xml->error()) : Status();
}

Status XlsxReader::readWorkbook(const QString &workbookPart)
{
    if (Status opened = m_xml->open(workbookPart); !opened)
        return opened;
    while (m_xml->next()) {
        const QXmlStreamReader &xml = m_xml->xml();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (isNamed(xml.name(), u"workbookPr")) {
            const QStringView flag = attributes.value(QLatin1String("date1904"));
            m_date1904 = flag == u"1" || flag == u"true" || flag == u"on";
        } else if (isNamed(xml.name(), u"sheet")) {
            m_sheetNames << attributes.value(QLatin1String("name")).toString();
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (isNamed(attribute.name(), u"id"))
                    id = attribute.value().toString();
            }
            m_sheetParts << id; // replaced by the part name once the relationships are read
        }
    }
    return m_xml->error() ? Status(*m_xml->error()) : Status();
}

Status XlsxReader::readWorkbookRels(
    const QString &workbookPart, QStringList &sheetIds, QString &sharedStringsPart, QString &stylesPart)
{
    sheetIds = m_sheetParts;
    QHash<QString, QString> targets;
    const QString rels = relsOf(workbookPart);
    if (m_zip->contains(rels)) {
        if (Status opened = m_xml->open(rels); !opened)
            return opened;
        while (m_xml->next()) {
            const QXmlStreamReader &xml = m_xml->xml();
            if (!xml.isStartElement() || !isNamed(xml.name(), u"Relationship"))
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString target = resolvePart(workbookPart, attributes.value(QLatin1String("Target")));
            const QStringView type = attributes.value(QLatin1String("Type"));
            targets.insert(attributes.value(QLatin1String("Id")).toString(), target);
            if (type.endsWith(u"/sharedStrings"))
                sharedStringsPart = target;
            else if (type.endsWith(u"/styles"))
                stylesPart = target;
        }
        if (m_xml->error())
            return *m_xml->error();
    }
    if (sharedStringsPart.isEmpty())
        sharedStringsPart = resolvePart(workbookPart, u"sharedStrings.xml");
    if (stylesPart.isEmpty())
        stylesPart = resolvePart(workbookPart, u"styles.xml");
    for (int i = 0; i < m_sheetParts.size(); ++i) {
        const QString part = targets.value(sheetIds.at(i));
        if (part.isEmpty() || !m_zip->contains(part))
            return Error(tr("The sheet %1 has no data in the file (its part is missing).").arg(m_sheetNames.at(i)),
                m_displayName);
        m_sheetParts[i] = part;
    }
    return {};
}

XlsxReader::TextStatus XlsxReader::readText(QString &text)
{
    int depth = 1;
    while (m_xml->next()) {
        const QXmlStreamReader &xml = m_xml->xml();
        if (xml.isCharacters()) {
            if (text.size() + xml.text().size() > m_limits.maxCellChars)
                return TextStatus::TooLong;
            text.append(xml.text());
        } else if (xml.isStartElement()) {
            ++depth;
        } else if (xml.isEndElement() && --depth == 0) {
            return TextStatus::Ok;
        }
    }
    return TextStatus::Failed;
}

XlsxReader::TextStatus XlsxReader::readStringItem(QString &text)
{
    int depth = 1;
    while (m_xml->next()) {
        const QXmlStreamReader &xml = m_xml->xml();
        if (xml.isStartElement()) {
            if (isNamed(xml.name(), u"t")) {
                if (const TextStatus status = readText(text); status != TextStatus::Ok)
                    return status;
            } else if (isNamed(xml.name(), u"rPh")) {
                if (!m_xml->skipElement())
                    return TextStatus::Failed;
            } else {
                ++depth;
            }
        } else if (xml.isEndElement() && --depth == 0) {
            return TextStatus::Ok;
        }
    }
    return TextStatus::Failed;
}

Status XlsxReader::readSharedStrings(const QString &part)
{
    if (Status opened = m_xml->open(part); !opened)
        return opened;
    while (m_xml->next()) {
        if (!m_xml->xml().isStartElement() || !isNamed(m_xml->xml().name(), u"si"))
            continue;
        QString text;
        const TextStatus status = readStringItem(text);
        if (status == TextStatus::TooLong)
            return Error(tr("Shared string %1 has more than %2 characters: refused.")
                             .arg(m_sharedStrings.size() + 1)
                             .arg(m_limits.maxCellChars),
                m_displayName);
        if (status == TextStatus::Failed)
            break;
        m_sharedStrings.append(decodedEscapes(text));
    }
    return m_xml->error() ? Status(*m_xml->error()) : Status();
}

Status XlsxReader::readStyles(const QString &part)
{
    if (Status opened = m_xml->open(part); !opened)
        return opened;
    QHash<int, XlsxNumberFormat::Kind> customKinds;
    bool inCellFormats = false;
    while (m_xml->next()) {
        const QXmlStreamReader &xml = m_xml->xml();
        if (xml.isEndElement() && isNamed(xml.name(), u"cellXfs"))
            inCellFormats = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int id = attributes.value(QLatin1String("numFmtId")).toInt();
        if (isNamed(xml.name(), u"numFmt"))
            customKinds.insert(id, XlsxNumberFormat::codeKind(attributes.value(QLatin1String("formatCode"))));
        else if (isNamed(xml.name(), u"cellXfs"))
            inCellFormats = true;
        else if (isNamed(xml.name(), u"xf") && inCellFormats) // cellStyleXfs has <xf> elements too: not the cells'
            m_styleKinds << customKinds.value(id, XlsxNumberFormat::builtInKind(id));
    }
    return m_xml->error() ? Status(*m_xml->error()) : Status();
}

Status XlsxReader::openSheet(int index)
{
    m_sheet = index;
    m_rowNumber = 0;
    m_column = -1;
    m_sheetDone = false;
    m_error.reset();
    const QString &part = m_sheetParts.at(index);
    if (Status opened = m_zip->openEntry(part); !opened)
        return opened;
    auto merged = XlsxMergedCells::scan([zip = m_zip.get()] { return zip->read(); });
    if (!merged)
        return merged.error();
    m_merged = std::move(merged).value();
    m_fillDown.clear();
    if (Status opened = m_zip->openEntry(part); !opened)
        return opened;
    m_sheetXml.start(
        part, [zip = m_zip.get()] { return zip->read(); }, m_sheetChunkBytes);
    while (m_sheetXml.next()) {
        if (m_sheetXml.token() == XlsxSheetScanner::Token::StartElement && m_sheetXml.name() == "sheetData")
            return {};
    }
    // no <sheetData>: a chart sheet, or a sheet some writer left without one
    m_sheetDone = true;
    return m_sheetXml.error() ? Status(*m_sheetXml.error()) : Status();
}

Status XlsxReader::selectSheet(const QString &name)
{
    const int index = name.isEmpty() ? m_sheet : int(m_sheetNames.indexOf(name));
    if (index < 0)
        return Error(tr("The workbook has no sheet named %1.").arg(name), m_displayName);
    Status opened = openSheet(index);
    if (!opened) {
        m_error = opened.error();
        m_sheetDone = true;
    }
    return opened;
}

double XlsxReader::progress() const
{
    if (m_sheetDone)
        return 1.0;
    const qint64 size = m_zip->entrySize();
    return size > 0 ? qBound(0.0, double(m_zip->entryRead()) / double(size), 1.0) : 1.0;
}

bool XlsxReader::failAt(const QString &message)
{
    m_error = Error(message, m_displayName, int(m_rowNumber), m_column >= 0 ? m_column + 1 : -1);
    m_sheetDone = true;
    return false;
}

bool XlsxReader::failFromStream()
{
    if (!m_sheetXml.error())
        return failAt(tr("The sheet %1 ends too early: the file is incomplete.").arg(m_sheetNames.at(m_sheet)));
    return failAt(m_sheetXml.error()->message);
}

QString XlsxReader::cellReference() const
{
    return m_cellRef.empty() ? tableColumnName(m_column) + QString::number(m_rowNumber) : QString::fromUtf8(m_cellRef);
}

bool XlsxReader::readRow(QVariantList &row)
{
    using Token = XlsxSheetScanner::Token;
    row.clear();
    if (m_error || m_sheetDone)
        return false;
    while (m_sheetXml.next()) {
        const Token token = m_sheetXml.token();
        if (token == Token::StartElement && m_sheetXml.name() == "row") {
            qint64 number = 0;
            for (const XlsxSheetScanner::Attribute &attribute : m_sheetXml.attributes()) {
                if (attribute.name == "r" && !parseInteger(attribute.value, number))
                    number = 0;
            }
            m_rowNumber = number > 0 ? number : m_rowNumber + 1;
            m_column = -1;
            if (!readCells(row))
                return false;
            while (!row.isEmpty() && !row.constLast().isValid())
                row.removeLast();
            if (std::any_of(row.cbegin(), row.cend(), [](const QVariant &value) { return !isEmptyValue(value); })) {
                fillMergedDown(row);
                return true;
            }
            row.clear();
        } else if (token == Token::EndElement && m_sheetXml.name() == "sheetData") {
            m_sheetDone = true;
            if (Status finished = m_sheetXml.finish(); !finished)
                m_error = finished.error();
            return false;
        } else if (token == Token::StartElement && !m_sheetXml.skipElement()) {
            break;
        }
    }
    m_column = -1;
    return failFromStream();
}

void XlsxReader::fillMergedDown(QVariantList &row)
{
    for (auto it = m_fillDown.begin(); it != m_fillDown.end();) {
        if (it->lastRow < m_rowNumber) {
            it = m_fillDown.erase(it);
            continue;
        }
        if (row.size() <= it.key())
            row.resize(it.key() + 1);
        if (isEmptyValue(row.at(it.key())))
            row[it.key()] = it->value;
        ++it;
    }
    for (const XlsxMergedCells::Down &down : m_merged.downFrom(m_rowNumber)) {
        if (down.column < row.size() && !isEmptyValue(row.at(down.column)))
            m_fillDown.insert(down.column, { down.lastRow, row.at(down.column) });
    }
}

bool XlsxReader::readCells(QVariantList &row)
{
    using Token = XlsxSheetScanner::Token;
    int nextColumn = 0;
    while (m_sheetXml.next()) {
        const Token token = m_sheetXml.token();
        if (token == Token::EndElement)
            return true; // </row>
        if (token != Token::StartElement)
            continue;
        if (m_sheetXml.name() == "c") {
            if (!readCell(row, nextColumn))
                return false;
        } else if (!m_sheetXml.skipElement()) {
            break;
        }
    }
    return failFromStream();
}

XlsxReader::TextStatus XlsxReader::readSheetText(std::string &text)
{
    using Token = XlsxSheetScanner::Token;
    // a UTF-8 byte is at least a third of a character: beyond this the text is too long whatever it holds
    const qint64 maxBytes = m_limits.maxCellChars * 3;
    int depth = 1;
    while (m_sheetXml.next()) {
        const Token token = m_sheetXml.token();
        if (token == Token::Text) {
            if (qint64(text.size() + m_sheetXml.text().size()) > maxBytes)
                return TextStatus::TooLong;
            text.append(m_sheetXml.text());
        } else if (token == Token::StartElement) {
            ++depth;
        } else if (--depth == 0) {
            return TextStatus::Ok;
        }
    }
    return TextStatus::Failed;
}

XlsxReader::TextStatus XlsxReader::readInlineString(std::string &text)
{
    using Token = XlsxSheetScanner::Token;
    int depth = 1;
    while (m_sheetXml.next()) {
        const Token token = m_sheetXml.token();
        if (token == Token::StartElement) {
            if (m_sheetXml.name() == "t") {
                if (const TextStatus status = readSheetText(text); status != TextStatus::Ok)
                    return status;
            } else if (m_sheetXml.name() == "rPh") {
                if (!m_sheetXml.skipElement())
                    return TextStatus::Failed;
            } else {
                ++depth;
            }
        } else if (token == Token::EndElement && --depth == 0) {
            return TextStatus::Ok;
        }
    }
    return TextStatus::Failed;
}

bool XlsxReader::readCell(QVariantList &row, int &nextColumn)
{
    using Token = XlsxSheetScanner::Token;
    CellType type = CellType::Number;
    int style = 0;
    m_column = nextColumn;
    m_cellRef.clear();
    for (const XlsxSheetScanner::Attribute &attribute : m_sheetXml.attributes()) {
        const std::string_view value = attribute.value;
        if (attribute.name == "r") {
            m_cellRef = value;
            m_column = columnOf(value);
            if (m_column < 0) {
                m_column = nextColumn;
                return failAt(tr("The cell reference %1 in row %2 is not valid.")
                                  .arg(QString::fromUtf8(value.data(), qsizetype(value.size())))
                                  .arg(m_rowNumber));
            }
        } else if (attribute.name == "s") {
            qint64 number = 0;
            style = parseInteger(value, number) && number <= std::numeric_limits<int>::max() ? int(number) : 0;
        } else if (attribute.name == "t") {
            if (value == "s")
                type = CellType::SharedString;
            else if (value == "inlineStr")
                type = CellType::InlineString;
            else if (value == "str")
                type = CellType::FormulaString;
            else if (value == "b")
                type = CellType::Boolean;
            else if (value == "e")
                type = CellType::ErrorValue;
            else if (value == "d")
                type = CellType::IsoDate;
        }
    }
    if (m_column >= m_limits.maxColumns)
        return failAt(tr("Row %1 has more than %2 columns: refused.").arg(m_rowNumber).arg(m_limits.maxColumns));
    nextColumn = m_column + 1;

    m_value.clear();
    bool hasValue = false;
    bool closed = false;
    while (m_sheetXml.next()) {
        const Token token = m_sheetXml.token();
        if (token == Token::EndElement) {
            closed = true; // </c>
            break;
        }
        if (token != Token::StartElement)
            continue;
        TextStatus status = TextStatus::Ok;
        if (m_sheetXml.name() == "v") {
            m_value.clear();
            status = readSheetText(m_value);
            hasValue = true;
        } else if (m_sheetXml.name() == "is") {
            m_value.clear();
            status = readInlineString(m_value);
            hasValue = true;
        } else if (!m_sheetXml.skipElement()) { // <f> (the formula: its cached <v> is what we want), <extLst>
            status = TextStatus::Failed;
        }
        if (status == TextStatus::Ok && qint64(m_value.size()) > m_limits.maxCellChars
            && utf16Length(m_value) > m_limits.maxCellChars)
            status = TextStatus::TooLong;
        if (status == TextStatus::TooLong)
            return failAt(
                tr("Cell %1 has more than %2 characters: refused.").arg(cellReference()).arg(m_limits.maxCellChars));
        if (status == TextStatus::Failed)
            return failFromStream();
    }
    if (!closed)
        return failFromStream();
    if (!hasValue)
        return true;
    QVariant value;
    if (!cellValue(type, style, value))
        return false;
    if (row.size() <= m_column)
        row.resize(m_column + 1);
    row[m_column] = std::move(value);
    return true;
}

bool XlsxReader::cellValue(CellType type, int style, QVariant &value)
{
    const std::string_view text = trimmed(m_value);
    const auto written = [this] { return QString::fromUtf8(m_value.data(), qsizetype(m_value.size())); };
    // A formula without a saved result (as openpyxl and other programs that do not calculate write them) is an
    // empty cell, as it is for a reader that does not calculate either; not a whole file refused.
    if (text.empty() && type != CellType::SharedString) {
        value = QVariant();
        return true;
    }
    switch (type) {
    case CellType::SharedString: {
        qint64 index = -1;
        if (!parseInteger(text, index) || index < 0 || index >= m_sharedStrings.size())
            return failAt(tr("Cell %1 refers to shared string %2, which the workbook does not have.")
                              .arg(cellReference(), written()));
        value = m_sharedStrings.at(index);
        return true;
    }
    case CellType::InlineString:
        value = decodedEscapes(written());
        return true;
    case CellType::FormulaString:
    case CellType::ErrorValue:
        value = written();
        return true;
    case CellType::Boolean:
        if (text == "1" || text == "true")
            value = true;
        else if (text == "0" || text == "false")
            value = false;
        else
            return failAt(tr("Cell %1 holds %2 where a boolean (0 or 1) belongs.").arg(cellReference(), written()));
        return true;
    case CellType::IsoDate: {
        // t="d" (ISO 8601 text) is rare: strict OOXML and a few writers
        const QDateTime dateTime
            = QDateTime::fromString(QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::ISODateWithMs);
        if (text.size() <= 10 && dateTime.isValid())
            value = dateTime.date();
        else if (dateTime.isValid())
            value = dateTime;
        else
            return failAt(tr("Cell %1 holds %2 where a date belongs.").arg(cellReference(), written()));
        return true;
    }
    case CellType::Number:
        break;
    }
    double number = 0;
    if (!parseNumber(text, number))
        return failAt(tr("Cell %1 holds %2 where a number belongs.").arg(cellReference(), written()));
    const XlsxNumberFormat::Kind kind
        = style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : XlsxNumberFormat::Kind::Number;
    value = XlsxNumberFormat::value(number, kind, m_date1904);
    return true;
}

#include "ZipXmlStream.h"

ZipXmlStream::ZipXmlStream(ZipArchive &zip, QString displayName, qint64 maxTokenBytes)
    : m_zip(zip)
    , m_displayName(std::move(displayName))
    , m_maxTokenBytes(maxTokenBytes)
{
}

Status ZipXmlStream::open(const QString &part)
{
    m_part = part;
    m_xml.clear();
    // local names are all we compare; resolving namespaces costs a sixth of the parse
    m_xml.setNamespaceProcessing(false);
    m_error.reset();
    m_inflatedAll = false;
    m_ended = false;
    m_depth = 0;
    m_rootSeen = false;
    m_bytesSinceToken = 0;
    if (Status opened = m_zip.openEntry(part); !opened) {
        m_error = opened.error();
        return opened;
    }
    return {};
}

bool ZipXmlStream::fail(const QString &message)
{
    m_error = Error(message, m_displayName);
    m_ended = true;
    return false;
}

bool ZipXmlStream::next()
{
    if (m_ended)
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (!m_xml.hasError()) {
            m_bytesSinceToken = 0;
            switch (token) {
            case QXmlStreamReader::DTD:
            case QXmlStreamReader::EntityReference:
                // entities are how "billion laughs" and external-entity attacks work; workbooks never use them
                return fail(tr("The part %1 contains a document type declaration (DTD), which workbooks never "
                               "have: refused.")
                                .arg(m_part));
            case QXmlStreamReader::StartElement:
                ++m_depth;
                m_rootSeen = true;
                break;
            case QXmlStreamReader::EndElement:
                --m_depth;
                break;
            case QXmlStreamReader::EndDocument:
                m_ended = true;
                return false;
            default:
                break;
            }
            return true;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(tr("The part %1 is not well-formed XML (line %2): %3")
                            .arg(m_part)
                            .arg(m_xml.lineNumber())
                            .arg(m_xml.errorString()));
        if (m_inflatedAll) {
            if (m_rootSeen && m_depth == 0) {
                m_ended = true;
                return false;
            }
            return fail(tr("The part %1 ends too early: the file is incomplete.").arg(m_part));
        }
        Result<QByteArray> chunk = m_zip.read();
        if (!chunk) {
            m_error = chunk.error();
            m_ended = true;
            return false;
        }
        if (chunk.value().isEmpty()) {
            m_inflatedAll = true;
            continue;
        }
        m_bytesSinceToken += chunk.value().size();
        if (m_bytesSinceToken > m_maxTokenBytes)
            return fail(tr("The part %1 has a single piece of XML larger than %2 bytes: refused.")
                            .arg(m_part)
                            .arg(m_maxTokenBytes));
        m_xml.addData(chunk.value());
    }
}

bool ZipXmlStream::skipElement()
{
    const int depth = m_depth;
    while (next()) {
        if (m_depth < depth)
            return true;
    }
    return false;
}

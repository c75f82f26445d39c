#pragma once

#include "Result.h"
#include "io/ZipArchive.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <optional>

// One XML part of a zip archive, parsed while it is being inflated: QXmlStreamReader is fed chunk by chunk, so
// memory stays flat however large the part is. Refuses any DTD (no entities, internal or external) and any
// single token larger than maxTokenBytes.
class ZipXmlStream
{
    Q_DECLARE_TR_FUNCTIONS(ZipXmlStream)

public:
    ZipXmlStream(ZipArchive &zip, QString displayName, qint64 maxTokenBytes);

    // Starts reading a part from its beginning.
    Status open(const QString &part);
    // Advances to the next token; false at the end of the document or on an error (then error() is set).
    bool next();
    // Skips the rest of the current start element, up to and including its end element.
    bool skipElement();

    const QXmlStreamReader &xml() const { return m_xml; }
    const std::optional<Error> &error() const { return m_error; }

private:
    bool fail(const QString &message);

    ZipArchive &m_zip;
    QString m_displayName;
    qint64 m_maxTokenBytes;
    QString m_part;
    QXmlStreamReader m_xml;
    std::optional<Error> m_error;
    bool m_inflatedAll = false;
    bool m_ended = false;
    int m_depth = 0;
    bool m_rootSeen = false;
    qint64 m_bytesSinceToken = 0;
};

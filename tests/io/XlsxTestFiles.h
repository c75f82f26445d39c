#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// Workbooks for the xlsx tests, made by tools we did not write: openpyxl for ordinary workbooks, Python's
// zipfile for hand-made parts (what openpyxl cannot write, and broken or hostile files).
namespace XlsxTestFiles {

inline const QString python = QStringLiteral("/usr/bin/python3");

// Runs a Python script; the reason it could not run (or its stderr) goes to *problem.
inline bool runPython(const QString &script, const QStringList &arguments, QString *problem)
{
    QProcess process;
    process.start(python, QStringList { QStringLiteral("-c"), script } + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
        return false;
    }
    return true;
}

// Whether /usr/bin/python3 can import a module (the test skips when it cannot).
inline bool hasPythonModule(const QString &module)
{
    QString problem;
    return QFile::exists(python) && runPython(QStringLiteral("import ") + module, {}, &problem);
}

using Parts = QList<QPair<QString, QByteArray>>;

// Writes a zip of the parts with Python's zipfile, deflated unless named in stored.
inline bool writeZip(const QString &path, const Parts &parts, QString *problem, const QStringList &stored = {})
{
    QJsonArray list;
    for (const auto &[name, content] : parts)
        list.append(QJsonArray { name, QString::fromLatin1(content.toBase64()) });
    QJsonObject spec { { QStringLiteral("out"), path }, { QStringLiteral("parts"), list },
        { QStringLiteral("stored"), QJsonArray::fromStringList(stored) } };
    const QString specPath = path + QStringLiteral(".json");
    QFile specFile(specPath);
    if (!specFile.open(QIODevice::WriteOnly))
        return false;
    specFile.write(QJsonDocument(spec).toJson());
    specFile.close();
    const QString script = QStringLiteral(R"(
import base64, json, sys, zipfile
spec = json.load(open(sys.argv[1]))
with zipfile.ZipFile(spec["out"], "w") as z:
    for name, content in spec["parts"]:
        method = zipfile.ZIP_STORED if name in spec["stored"] else zipfile.ZIP_DEFLATED
        z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), base64.b64decode(content), compress_type=method)
)");
    return runPython(script, { specPath }, problem);
}

inline QByteArray contentTypes()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>)";
}

inline QByteArray packageRels()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";
}

inline QByteArray workbook(const QStringList &sheetNames, bool date1904 = false)
{
    QByteArray sheets;
    for (int i = 0; i < sheetNames.size(); ++i)
        sheets += QStringLiteral(R"(<sheet name="%1" sheetId="%2" r:id="rId%2"/>)")
                      .arg(sheetNames.at(i).toHtmlEscaped())
                      .arg(i + 1)
                      .toUtf8();
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
        + QByteArray(date1904 ? R"(<workbookPr date1904="1"/>)" : "") + "<sheets>" + sheets + "</sheets></workbook>";
}

// Relationships of the workbook: sheet i at the given targets (relative or absolute), shared strings, styles.
inline QByteArray workbookRels(const QStringList &sheetTargets)
{
    QByteArray rels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (int i = 0; i < sheetTargets.size(); ++i)
        rels += QStringLiteral(
            R"(<Relationship Id="rId%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%2"/>)")
                    .arg(i + 1)
                    .arg(sheetTargets.at(i))
                    .toUtf8();
    rels
        += R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
    rels
        += R"(<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
    return rels + "</Relationships>";
}

inline QByteArray sheet(const QByteArray &rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
        + rows + "</sheetData></worksheet>";
}

inline QByteArray sharedStrings(const QByteArray &items)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
        + items + "</sst>";
}

// Cell styles: 0 General, 1 built-in date (14), 2 custom date-time, 3 built-in time (20), 4 a number format with
// date letters in quotes, 5 a colour bracket, 6 built-in date-time (22), 7 Chinese date (built-in 31).
inline QByteArray styles()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm"/><numFmt numFmtId="165" formatCode="&quot;days: &quot;0.00"/><numFmt numFmtId="166" formatCode="[Red]0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/><xf numFmtId="31"/></cellXfs>
</styleSheet>)";
}

// A complete workbook of hand-made parts: one sheet per entry of sheetXml, named Sheet1, Sheet2, ...
inline Parts workbookParts(
    const QList<QByteArray> &sheetXml, const QByteArray &sharedStringItems = {}, bool date1904 = false)
{
    QStringList names;
    QStringList targets;
    Parts parts { { QStringLiteral("[Content_Types].xml"), contentTypes() },
        { QStringLiteral("_rels/.rels"), packageRels() } };
    for (int i = 0; i < sheetXml.size(); ++i) {
        names << QStringLiteral("Sheet%1").arg(i + 1);
        targets << QStringLiteral("worksheets/sheet%1.xml").arg(i + 1);
        parts << qMakePair(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml.at(i));
    }
    parts << qMakePair(QStringLiteral("xl/workbook.xml"), workbook(names, date1904))
          << qMakePair(QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels(targets))
          << qMakePair(QStringLiteral("xl/sharedStrings.xml"), sharedStrings(sharedStringItems))
          << qMakePair(QStringLiteral("xl/styles.xml"), styles());
    return parts;
}

} // namespace XlsxTestFiles

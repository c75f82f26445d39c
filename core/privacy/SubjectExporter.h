#pragma once

#include "Result.h"
#include "privacy/PrivacyTables.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

// "Export everything we hold about this customer" (GDPR / PIPL access requests): the customer row, every row of the
// privacy tables that refers to them (PrivacyTables), and their audit entries, as one JSON document and as a
// readable HTML page.
class SubjectExporter
{
    Q_DECLARE_TR_FUNCTIONS(SubjectExporter)

public:
    explicit SubjectExporter(QSqlDatabase db, QList<SubjectTable> tables = PrivacyTables::defaults())
        : m_db(std::move(db))
        , m_tables(std::move(tables))
    {
    }

    // {"customer": {...}, "tables": {"contacts": [...], ...}, "audit_entries": [...], "exported_at": ...,
    //  "merged_records": [{"customer": ..., "tables": ..., "audit_entries": ...} for each duplicate merged into it]}
    Result<QJsonObject> collect(qint64 customerId) const;
    // Writes the JSON to `jsonPath` and, when `htmlPath` is not empty, the readable page; records an export entry.
    Status write(qint64 customerId, const QString &jsonPath, const QString &htmlPath = {}) const;
    static QString toHtml(const QJsonObject &document);

private:
    Result<QJsonObject> collectRecord(qint64 customerId) const;
    static const QList<std::pair<QString, QString>> &relatedQueries();
    static QString tableTitle(const QString &table);
    static QString recordHtml(const QJsonObject &record, int level);

    QSqlDatabase m_db;
    QList<SubjectTable> m_tables;
};

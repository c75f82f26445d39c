#include "SubjectExporter.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "io/SavedFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// Every column of the rows a query returns; derived search text is left out (it repeats the other columns).
QJsonArray rowsOf(QSqlQuery &query)
{
    QJsonArray rows;
    while (query.next()) {
        QJsonObject row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) == QLatin1String("search_text"))
                continue;
            row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
        }
        rows.append(row);
    }
    return rows;
}

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString::fromUtf8(
        QJsonDocument(value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray()))
            .toJson(QJsonDocument::Compact));
}

QString htmlTable(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>—</p>");
    const QStringList columns = rows.first().toObject().keys();
    QString html = QStringLiteral("<table><tr>");
    for (const QString &column : columns)
        html += QStringLiteral("<th>%1</th>").arg(column.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QJsonValue &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &column : columns)
            html += QStringLiteral("<td>%1</td>").arg(valueText(row.toObject().value(column)).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

Result<QJsonObject> SubjectExporter::collect(qint64 customerId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT * FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Collecting the customer's data"));
    const QJsonArray customer = rowsOf(query);
    if (customer.isEmpty())
        return Error { tr("There is no customer with id %1.").arg(customerId) };

    QJsonObject tables;
    for (const SubjectTable &table : m_tables) {
        // Table and column names come from PrivacyTables, never from input.
        query.prepare(
            QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY 1").arg(table.table, table.customerColumn));
        query.addBindValue(customerId);
        if (!query.exec())
            return sqlError(query, tr("Collecting the customer's data"));
        QJsonArray rows = tables.value(table.table).toArray();
        for (const QJsonValue &row : rowsOf(query))
            rows.append(row);
        tables.insert(table.table, rows);
    }
    query.prepare(QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, batch_id, summary, changes "
                                 "FROM audit_entries WHERE customer_id = ? ORDER BY at, id"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, tr("Collecting the customer's data"));
    QJsonArray audit;
    for (const QJsonValue &value : rowsOf(query)) {
        QJsonObject entry = value.toObject();
        entry.insert(QStringLiteral("changes"),
            QJsonDocument::fromJson(entry.value(QStringLiteral("changes")).toString().toUtf8()).object());
        audit.append(entry);
    }
    return QJsonObject { { QStringLiteral("exported_at"), Database::nowTimestamp() },
        { QStringLiteral("customer"), customer.first() }, { QStringLiteral("tables"), tables },
        { QStringLiteral("audit_entries"), audit } };
}

QString SubjectExporter::toHtml(const QJsonObject &document)
{
    const QJsonObject customer = document.value(QStringLiteral("customer")).toObject();
    const QString title = tr("Everything we hold about %1").arg(customer.value(QStringLiteral("name")).toString());
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif}table{border-collapse:collapse;margin-bottom:1em}"
                                  "td,th{border:1px solid #999;padding:2px 6px;text-align:left;vertical-align:top}"
                                  "</style></head><body>\n")
                       .arg(title.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                .arg(title.toHtmlEscaped(),
                    tr("Exported %1.").arg(document.value(QStringLiteral("exported_at")).toString()).toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>\n").arg(tr("Customer").toHtmlEscaped()) + htmlTable(QJsonArray { customer });
    const QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
        html += QStringLiteral("\n<h2>%1</h2>\n").arg(it.key().toHtmlEscaped()) + htmlTable(it.value().toArray());
    html += QStringLiteral("\n<h2>%1</h2>\n").arg(tr("Audit trail").toHtmlEscaped())
        + htmlTable(document.value(QStringLiteral("audit_entries")).toArray());
    return html + QStringLiteral("\n</body></html>\n");
}

Status SubjectExporter::write(qint64 customerId, const QString &jsonPath, const QString &htmlPath) const
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status;
    auto document = collect(customerId);
    if (!document)
        return document.error();
    AuditEntry entry;
    entry.action = AuditEntry::Action::Export;
    entry.entity = QStringLiteral("customer");
    entry.entityId = customerId;
    entry.customerId = customerId;
    entry.changes = QJsonObject { { QStringLiteral("subject_export"), QFileInfo(jsonPath).fileName() } };
    if (Status status = AuditLog(m_db).record(entry); !status)
        return status;
    const auto save = &SavedFile::write;
    if (Status status = save(jsonPath, QJsonDocument(document.value()).toJson(QJsonDocument::Indented)); !status)
        return status;
    if (!htmlPath.isEmpty()) {
        if (Status status = save(htmlPath, toHtml(document.value()).toUtf8()); !status)
            return status;
    }
    return transaction.commit();
}

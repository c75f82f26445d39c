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

// Rows that belong to the customer through another table (an order's lines, a complaint's history) or that name
// what a row only refers to by id (a tag, the sales rep): the export shows them so it can be read on its own.
const QList<std::pair<QString, QString>> &SubjectExporter::relatedQueries()
{
    static const QList<std::pair<QString, QString>> queries {
        { QStringLiteral("tag_names"),
            QStringLiteral(
                "SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = ? "
                "ORDER BY t.name") },
        { QStringLiteral("sales_rep"),
            QStringLiteral(
                "SELECT o.name, o.email FROM customers c JOIN owners o ON o.id = c.owner_id WHERE c.id = ?") },
        { QStringLiteral("quote_lines"),
            QStringLiteral("SELECT l.* FROM quote_lines l JOIN quotes q ON q.id = l.quote_id WHERE q.customer_id = ? "
                           "ORDER BY l.quote_id, l.id") },
        { QStringLiteral("order_lines"),
            QStringLiteral("SELECT l.* FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.customer_id = ? "
                           "ORDER BY l.order_id, l.id") },
        { QStringLiteral("complaint_history"),
            QStringLiteral("SELECT h.* FROM complaint_history h JOIN complaints k ON k.id = h.complaint_id WHERE "
                           "k.customer_id = ? ORDER BY h.complaint_id, h.id") },
    };
    return queries;
}

Result<QJsonObject> SubjectExporter::collectRecord(qint64 customerId) const
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
    for (const auto &[name, sql] : relatedQueries()) {
        query.prepare(sql);
        query.addBindValue(customerId);
        if (!query.exec())
            return sqlError(query, tr("Collecting the customer's data"));
        tables.insert(name, rowsOf(query));
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
    return QJsonObject { { QStringLiteral("customer"), customer.first() }, { QStringLiteral("tables"), tables },
        { QStringLiteral("audit_entries"), audit } };
}

Result<QJsonObject> SubjectExporter::collect(qint64 customerId) const
{
    auto record = collectRecord(customerId);
    if (!record)
        return record.error();
    auto merged = PrivacyTables::mergedInto(m_db, customerId);
    if (!merged)
        return merged.error();
    QJsonArray mergedRecords;
    for (qint64 id : merged.value()) {
        auto mergedRecord = collectRecord(id);
        if (!mergedRecord)
            return mergedRecord.error();
        mergedRecords.append(mergedRecord.value());
    }
    QJsonObject document = record.value();
    document.insert(QStringLiteral("exported_at"), Database::nowTimestamp());
    document.insert(QStringLiteral("merged_records"), mergedRecords);
    return document;
}

QString SubjectExporter::tableTitle(const QString &table)
{
    static const QList<std::pair<QString, const char *>> titles {
        { QStringLiteral("contacts"), QT_TR_NOOP("Contacts") },
        { QStringLiteral("contact_points"), QT_TR_NOOP("Phones and emails") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("customer_tags"), QT_TR_NOOP("Tags (links)") },
        { QStringLiteral("tag_names"), QT_TR_NOOP("Tags") },
        { QStringLiteral("sales_rep"), QT_TR_NOOP("Sales rep") },
        { QStringLiteral("customer_merges"), QT_TR_NOOP("Merges with duplicates") },
        { QStringLiteral("activities"), QT_TR_NOOP("Follow-ups") },
        { QStringLiteral("complaints"), QT_TR_NOOP("Complaints") },
        { QStringLiteral("complaint_history"), QT_TR_NOOP("Complaint history") },
        { QStringLiteral("quotes"), QT_TR_NOOP("Quotes") },
        { QStringLiteral("quote_lines"), QT_TR_NOOP("Quote lines") },
        { QStringLiteral("orders"), QT_TR_NOOP("Orders") },
        { QStringLiteral("order_lines"), QT_TR_NOOP("Order lines") },
        { QStringLiteral("contracts"), QT_TR_NOOP("Contracts") },
    };
    for (const auto &[name, title] : titles) {
        if (name == table)
            return tr(title);
    }
    return table;
}

QString SubjectExporter::recordHtml(const QJsonObject &record, int level)
{
    const auto heading = [level](const QString &text) {
        return QStringLiteral("\n<h%1>%2</h%1>\n").arg(level).arg(text.toHtmlEscaped());
    };
    QString html = heading(tr("Customer")) + htmlTable(QJsonArray { record.value(QStringLiteral("customer")) });
    const QJsonObject tables = record.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
        html
            += heading(QStringLiteral("%1 (%2)").arg(tableTitle(it.key()), it.key())) + htmlTable(it.value().toArray());
    return html + heading(tr("Audit trail")) + htmlTable(record.value(QStringLiteral("audit_entries")).toArray());
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
    html += recordHtml(document, 2);
    for (const QJsonValue &merged : document.value(QStringLiteral("merged_records")).toArray()) {
        const QJsonObject record = merged.toObject();
        html += QStringLiteral("\n<h2>%1</h2>\n")
                    .arg(tr("Merged into this customer: %1 (id %2)")
                             .arg(record.value(QStringLiteral("customer"))
                                      .toObject()
                                      .value(QStringLiteral("name"))
                                      .toString())
                             .arg(record.value(QStringLiteral("customer"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger())
                             .toHtmlEscaped());
        html += recordHtml(record, 3);
    }
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

#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

// Reads an audit entry's changes as a person would: "Lifecycle stage: Lead → Customer; Owner: 王伟" instead of the
// stored "stage: lead → customer; owner_id: 3". Fields get their labels (AuditFieldLabels), stored codes their
// display names, amounts their currency's decimals, dates and times the user's locale, and owners, customers and
// contacts their names, looked up in the book once per describer.
class AuditDescriber
{
    Q_DECLARE_TR_FUNCTIONS(AuditDescriber)

public:
    // Without a book (an invalid database) ids stay numbers and amounts without a recorded currency stay in minor
    // units.
    explicit AuditDescriber(QSqlDatabase db = {})
        : m_db(std::move(db))
    {
    }

    // One line: "Field: old → new; Field: value". A new record's empty fields are left out.
    QString describe(const AuditEntry &entry) const;
    // What the entry is about: "Note 120 (星辰贸易)", "Customer 7 (星辰贸易)", "Product 3", "Book".
    QString record(const AuditEntry &entry) const;

private:
    QString valueText(const AuditEntry &entry, const QString &key, const QJsonValue &value) const;
    QString scalarText(const AuditEntry &entry, const QString &key, const QJsonValue &value) const;
    QString codeText(const QString &entity, const QString &key, const QString &code) const;
    QString amountText(const AuditEntry &entry, qint64 minorUnits) const;
    QString currencyOf(const AuditEntry &entry) const;
    QString nameOf(const QString &table, qint64 id) const;

    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_names; // "table:id" -> name
};

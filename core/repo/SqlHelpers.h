#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small helpers shared by the repositories.
namespace SqlHelpers {

// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype n);
void bindAll(QSqlQuery &query, const QList<qint64> &ids);
QDateTime toDateTime(const QVariant &stored);
// Text for a NOT NULL column: a null QString would be bound as NULL, so it becomes "".
QVariant text(const QString &value);
// NULL for an invalid date, else YYYY-MM-DD.
QVariant fromDate(const QDate &date);

} // namespace SqlHelpers

#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

// Small helpers shared by the repositories.
namespace SqlHelpers {

// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype n);
// How many ids one IN list holds at most; longer lists go in parts. SQLite takes at most 32,766 bound values in
// a statement, and Qt's SQLite driver binds them in time that grows as the square of their number (it looks each
// value's name up through all of them): 40,000 ids in parts of 10,000 took seconds, in parts of 500 a moment.
constexpr qsizetype kIdsPerStatement = 500;
// Calls `visit` with `ids` in parts of kIdsPerStatement, in order; stops at the first failure.
Status forEachPart(const QList<qint64> &ids, const std::function<Status(const QList<qint64> &part)> &visit);
// The first column of `sql`, whose "%1" stands for an IN list, over all of `ids` (in parts).
Result<QList<qint64>> idsWhereIn(
    const QSqlDatabase &db, const QString &sql, const QList<qint64> &ids, const QString &doing);
void bindAll(QSqlQuery &query, const QList<qint64> &ids);
QDateTime toDateTime(const QVariant &stored);
// Text for a NOT NULL column: a null QString would be bound as NULL, so it becomes "".
QVariant text(const QString &value);
// The values of a correlated subquery joined into one text, in order: SQLite's group_concat over an ordered
// subquery, PostgreSQL's string_agg(... ORDER BY ...). The one place that spelling differs between the two.
QString orderedTextAggregate(const QSqlDatabase &db, const QString &value, const QString &fromWhere,
                             const QString &orderBy, const QString &separator);
// A contact point's value as an export writes it, for the contact_points row aliased `alias`: a phone stored in a
// region's national format ("(206) 601-3253") reads as a number of the importing user's region, so one of another
// region than the user's (PhoneNumbers::defaultRegion) is written in E.164 ("+12066013253"). Emails as stored.
QString exportedContactPoint(const QString &alias);
// For an export to another book: a phone as "value|normalized" (aliased row), made whole by internationalPhones().
QString phonePair(const QString &alias);
// "138 0013 8000|+8613800138000; ..." -> "+86 138 0013 8000; ..." (PhoneNumbers::international).
QString internationalPhones(const QString &pairs);

// NULL for an invalid date, else YYYY-MM-DD.
QVariant fromDate(const QDate &date);

} // namespace SqlHelpers

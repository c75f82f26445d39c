#include "DocumentNumbers.h"
#include "db/SqlError.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QRegularExpression &counterToken()
{
    static const QRegularExpression token(QStringLiteral("\\{(#+)\\}"));
    return token;
}

QString expandDate(QString text, const QDate &date)
{
    text.replace(QLatin1String("{YYYY}"), QString::number(date.year()).rightJustified(4, QLatin1Char('0')));
    text.replace(QLatin1String("{YY}"), QString::number(date.year() % 100).rightJustified(2, QLatin1Char('0')));
    text.replace(QLatin1String("{MM}"), QString::number(date.month()).rightJustified(2, QLatin1Char('0')));
    text.replace(QLatin1String("{DD}"), QString::number(date.day()).rightJustified(2, QLatin1Char('0')));
    return text;
}

} // namespace

Status DocumentNumbers::checkPattern(const QString &pattern)
{
    auto matches = counterToken().globalMatch(pattern);
    int count = 0;
    while (matches.hasNext()) {
        matches.next();
        ++count;
    }
    if (count != 1)
        return Error { tr("The number pattern \"%1\" needs exactly one counter such as {####}.").arg(pattern) };
    return {};
}

QString DocumentNumbers::expand(const QString &pattern, const QDate &date, qint64 counter)
{
    const auto match = counterToken().match(pattern);
    QString text = expandDate(pattern, date);
    if (!match.hasMatch())
        return text;
    const QString digits = QString::number(counter).rightJustified(match.capturedLength(1), QLatin1Char('0'));
    return text.replace(counterToken(), digits);
}

Result<QString> DocumentNumbers::next(
    const QString &kind, const QString &pattern, const QDate &date, const QString &table)
{
    if (Status status = checkPattern(pattern); !status)
        return status.error();
    const QString period = expandDate(pattern, date).replace(counterToken(), QStringLiteral("#"));
    QSqlQuery query(m_db);
    // The first statement writes, so the transaction holds the write lock before it reads the counter.
    query.prepare(QStringLiteral("UPDATE document_counters SET last_value = last_value + 1 WHERE kind = ? AND "
                                 "period = ?"));
    query.addBindValue(kind);
    query.addBindValue(period);
    if (!query.exec())
        return sqlError(query, tr("Numbering the document"));
    if (query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral("INSERT INTO document_counters (kind, period, last_value) VALUES (?, ?, 1)"));
        query.addBindValue(kind);
        query.addBindValue(period);
        if (!query.exec())
            return sqlError(query, tr("Numbering the document"));
    }
    query.prepare(QStringLiteral("SELECT last_value FROM document_counters WHERE kind = ? AND period = ?"));
    query.addBindValue(kind);
    query.addBindValue(period);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("Numbering the document"));
    qint64 value = query.value(0).toLongLong();
    // The table name is the caller's constant ("quotes" or "orders"), never input.
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE number = ?").arg(table));
    for (;;) {
        const QString number = expand(pattern, date, value);
        taken.bindValue(0, number);
        if (!taken.exec() || !taken.next())
            return sqlError(taken, tr("Numbering the document"));
        if (taken.value(0).toLongLong() == 0) {
            if (value != query.value(0).toLongLong()) {
                QSqlQuery skip(m_db);
                skip.prepare(QStringLiteral("UPDATE document_counters SET last_value = ? WHERE kind = ? AND "
                                            "period = ?"));
                skip.addBindValue(value);
                skip.addBindValue(kind);
                skip.addBindValue(period);
                if (!skip.exec())
                    return sqlError(skip, tr("Numbering the document"));
            }
            return number;
        }
        ++value;
    }
}

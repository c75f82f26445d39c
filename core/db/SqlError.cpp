#include "SqlError.h"

#include <QCoreApplication>

Error sqlError(const QSqlError &error, const QString &doing)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return Error { QCoreApplication::translate("SqlError", "%1 failed: %2").arg(doing, detail) };
}

Error sqlError(const QSqlQuery &query, const QString &doing)
{
    return sqlError(query.lastError(), doing);
}

bool prepareOrFail(QSqlQuery &query, const QString &sql, Error *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = sqlError(query, QCoreApplication::translate("SqlError", "Preparing a statement"));
    return false;
}

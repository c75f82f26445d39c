#include "SqlError.h"

#include <QCoreApplication>

Error sqlError(const QSqlError &error, const QString &doing)
{
    // SQLITE_READONLY (8): the book was opened read-only because another Clientele has it open.
    if (error.nativeErrorCode() == QLatin1String("8")
        || error.databaseText().contains(QLatin1String("readonly database"), Qt::CaseInsensitive))
        return Error { QCoreApplication::translate("SqlError",
            "%1 failed: the book is open read-only (another Clientele window or program has it open), so nothing "
            "was changed.")
                           .arg(doing) };
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

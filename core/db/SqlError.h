#pragma once

#include "Result.h"

#include <QSqlError>
#include <QSqlQuery>

// Turns a failed query into an Error a user can read (the driver's text names the constraint or the cause).
Error sqlError(const QSqlQuery &query, const QString &doing);
Error sqlError(const QSqlError &error, const QString &doing);

// Prepares a statement or returns the Error; prepared statements only, so no value is ever spliced into SQL.
bool prepareOrFail(QSqlQuery &query, const QString &sql, Error *error);

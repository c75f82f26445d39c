#include "SqliteHandle.h"

#ifdef CLIENTELE_SQLITE_HANDLE
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next()
        || query.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

namespace {
void contains(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = static_cast<const char *>(static_cast<const void *>(sqlite3_value_text(arguments[0])));
    const auto *part = static_cast<const char *>(static_cast<const void *>(sqlite3_value_text(arguments[1])));
    const int textSize = sqlite3_value_bytes(arguments[0]);
    const int partSize = sqlite3_value_bytes(arguments[1]);
    if (!text || !part) {
        sqlite3_result_null(context);
        return;
    }
    // Both are UTF-8, so a byte match of a whole UTF-8 string is a character match.
    sqlite3_result_int(context, memmem(text, size_t(textSize), part, size_t(partSize)) != nullptr ? 1 : 0);
}
} // namespace

bool registerSqliteFunctions(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    return handle
            && sqlite3_create_function_v2(handle, "clientele_contains", 2,
                                          SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, &contains,
                                          nullptr, nullptr, nullptr)
            == SQLITE_OK;
}
#else
sqlite3 *sqliteHandle(const QSqlDatabase &)
{
    return nullptr;
}

bool registerSqliteFunctions(const QSqlDatabase &)
{
    return false;
}
#endif

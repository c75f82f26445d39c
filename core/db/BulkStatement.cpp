#include "BulkStatement.h"
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#ifdef CLIENTELE_SQLITE_HANDLE
#include <sqlite3.h>
#endif

namespace {

class QtBulkStatement : public BulkStatement
{
public:
    explicit QtBulkStatement(const QSqlDatabase &db) : m_query(db) { }
    bool prepare(const QString &sql) { return m_query.prepare(sql); }

    void bindText(int index, const QString &value) override
    {
        m_query.bindValue(index, value.isNull() ? QStringLiteral("") : value);
    }
    void bindInt(int index, qint64 value) override { m_query.bindValue(index, value); }
    void bindBlob(int index, const QByteArray &value) override { m_query.bindValue(index, value); }
    void bindNull(int index) override { m_query.bindValue(index, QVariant(QMetaType(QMetaType::LongLong))); }
    bool exec() override { return m_query.exec(); }
    qint64 lastInsertId() const override { return m_query.lastInsertId().toLongLong(); }
    QString errorText() const override { return m_query.lastError().databaseText(); }

private:
    QSqlQuery m_query;
};

#ifdef CLIENTELE_SQLITE_HANDLE
class SqliteBulkStatement : public BulkStatement
{
public:
    SqliteBulkStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) { }
    ~SqliteBulkStatement() override { sqlite3_finalize(m_statement); }

    void bindText(int index, const QString &value) override
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    void bindInt(int index, qint64 value) override { sqlite3_bind_int64(m_statement, index + 1, value); }
    void bindBlob(int index, const QByteArray &value) override
    {
        sqlite3_bind_blob(m_statement, index + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) override { sqlite3_bind_null(m_statement, index + 1); }
    bool exec() override
    {
        const int result = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return result == SQLITE_DONE;
    }
    qint64 lastInsertId() const override { return sqlite3_last_insert_rowid(m_db); }
    QString errorText() const override { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};
#endif

} // namespace

bool BulkStatement::usesSqliteHandle(const QSqlDatabase &db)
{
    return sqliteHandle(db) != nullptr;
}

std::unique_ptr<BulkStatement> BulkStatement::prepare(const QSqlDatabase &db, const QString &sql, Error *error)
{
#ifdef CLIENTELE_SQLITE_HANDLE
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) == SQLITE_OK)
            return std::make_unique<SqliteBulkStatement>(handle, statement);
        if (error)
            *error = Error(QCoreApplication::translate("SqlError", "%1 failed: %2")
                                   .arg(QCoreApplication::translate("SqlError", "Preparing a statement"),
                                        QString::fromUtf8(sqlite3_errmsg(handle))));
        return nullptr;
    }
#endif
    auto statement = std::make_unique<QtBulkStatement>(db);
    if (statement->prepare(sql))
        return statement;
    if (error)
        *error = Error(QCoreApplication::translate("SqlError", "%1 failed: %2")
                               .arg(QCoreApplication::translate("SqlError", "Preparing a statement"),
                                    statement->errorText()));
    return nullptr;
}

#include "RowReader.h"
#include "SqliteHandle.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

#ifdef CLIENTELE_SQLITE_HANDLE
#include <sqlite3.h>
#endif

QString RowReader::sharedText(int column)
{
    const QByteArrayView bytes = utf8(column);
    const std::string_view key(bytes.data(), size_t(bytes.size()));
    if (const auto found = m_sharedTexts.find(key); found != m_sharedTexts.end())
        return found->second;
    QString text = QString::fromUtf8(bytes);
    if (m_sharedTexts.size() < kMaxSharedTexts)
        m_sharedTexts.emplace(std::string(key), text);
    return text;
}

namespace {

Error preparingFailed(const QString &reason)
{
    return Error(QCoreApplication::translate("SqlError", "%1 failed: %2")
                     .arg(QCoreApplication::translate("SqlError", "Preparing a statement"), reason));
}

class QtRowReader : public RowReader
{
public:
    explicit QtRowReader(const QSqlDatabase &db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }

    bool start(const QString &sql, const QVariantList &binds)
    {
        if (!m_query.prepare(sql))
            return false;
        for (const QVariant &value : binds)
            m_query.addBindValue(value);
        return m_query.exec();
    }

    bool next() override { return m_query.next(); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QByteArrayView utf8(int column) override
    {
        if (m_text.size() <= size_t(column))
            m_text.resize(size_t(column) + 1);
        m_text[size_t(column)] = m_query.value(column).toString().toUtf8();
        return m_text[size_t(column)];
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    QString errorText() const override { return m_query.lastError().databaseText(); }

private:
    QSqlQuery m_query;
    std::vector<QByteArray> m_text;
};

#ifdef CLIENTELE_SQLITE_HANDLE
class SqliteRowReader : public RowReader
{
public:
    SqliteRowReader(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    {
    }
    ~SqliteRowReader() override { sqlite3_finalize(m_statement); }

    bool bind(const QVariantList &binds)
    {
        for (int i = 0; i < int(binds.size()); ++i) {
            const QVariant &value = binds[i];
            int result = SQLITE_OK;
            if (value.isNull())
                result = sqlite3_bind_null(m_statement, i + 1);
            else if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
                const QByteArray text = value.toString().toUtf8();
                result = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            } else
                result = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            if (result != SQLITE_OK)
                return false;
        }
        return true;
    }

    bool next() override
    {
        const int result = sqlite3_step(m_statement);
        m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
        return result == SQLITE_ROW;
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QByteArrayView utf8(int column) override
    {
        const auto *text = sqlite3_column_text(m_statement, column);
        return QByteArrayView(reinterpret_cast<const char *>(text), sqlite3_column_bytes(m_statement, column));
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    QString errorText() const override { return m_failed ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    bool m_failed = false;
};
#endif

} // namespace

std::unique_ptr<RowReader> RowReader::open(
    const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Error *error)
{
#ifdef CLIENTELE_SQLITE_HANDLE
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) == SQLITE_OK) {
            auto reader = std::make_unique<SqliteRowReader>(handle, statement); // finalizes the statement
            if (reader->bind(binds))
                return reader;
        }
        if (error)
            *error = preparingFailed(QString::fromUtf8(sqlite3_errmsg(handle)));
        return nullptr;
    }
#endif
    auto reader = std::make_unique<QtRowReader>(db);
    if (reader->start(sql, binds))
        return reader;
    if (error)
        *error = preparingFailed(reader->errorText());
    return nullptr;
}

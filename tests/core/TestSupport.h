#pragma once

#include "../QStringPrinting.h"

#include "Book.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

namespace TestSql {

// Runs a statement with bound values; fails the current test (non-fatally) when it does not run.
inline QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        ADD_FAILURE() << "cannot prepare " << sql << ": " << query.lastError().text();
        return query;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        ADD_FAILURE() << "cannot run " << sql << ": " << query.lastError().text();
    return query;
}

// The first column of the first row, or an invalid QVariant when there is none.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query = run(db, sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

inline qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return scalar(db, sql, binds).toLongLong();
}

// The first column of every row, in the query's order.
inline QStringList column(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query = run(db, sql, binds);
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

inline QList<qint64> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query = run(db, sql, binds);
    QList<qint64> values;
    while (query.next())
        values << query.value(0).toLongLong();
    return values;
}

// Every row as one tab-separated line, for comparing whole tables.
inline QStringList dump(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = run(db, sql);
    QStringList lines;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << (query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines;
}

} // namespace TestSql

// A plain QSQLITE connection to a file, outside Database: to build test fixtures (old, foreign or newer files)
// and to look at a book the way another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("test-raw-%1").arg(nextNumber()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static int nextNumber()
    {
        static int number = 0;
        return ++number;
    }

    QString m_name;
    bool m_open = false;
};

// A fresh book file in a temporary folder, opened with openBook() (schema and search index ready).
class BookTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto book = openBook(bookPath());
        ASSERT_TRUE(book.ok()) << book.error().toString();
        m_book = std::move(book).value();
    }

    void TearDown() override { m_book.reset(); }

    QString bookPath() const { return m_dir.filePath(QStringLiteral("book.clientele")); }
    QSqlDatabase db() const { return m_book->connection(); }

    // Closes the book and opens it again, as a new start of the app would.
    void reopen()
    {
        m_book.reset();
        auto book = openBook(bookPath());
        ASSERT_TRUE(book.ok()) << book.error().toString();
        m_book = std::move(book).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_book;
};

#include "SqliteSearchIndex.h"
#include "SearchText.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>

namespace {

const QString kTrigramTable = QStringLiteral("customer_search_trigram");
const QString kBigramTable = QStringLiteral("customer_search_bigram");
// Raised whenever what the tables hold changes, so that books indexed by an older version are indexed again.
const QString kFormatKey = QStringLiteral("search_index_format");
constexpr int kFormat = 2;

QString ftsTerms(const QStringList &grams)
{
    QStringList quoted;
    for (QString gram : grams)
        quoted << QLatin1Char('"') + gram.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return quoted.join(QLatin1Char(' '));
}


const QString kInstr = QStringLiteral("instr(c.search_text, ?) > 0");
const QString kContains = QStringLiteral("clientele_contains(c.search_text, ?)");

// The connections in a bulk load, by name: their trigram table holds none of the rows written since it began (it
// is rebuilt in one pass by finishBulk()), so a change to such a row must not delete it from that table (FTS5
// says "database disk image is malformed"); the rebuild indexes the row's last text anyway.
QSet<QString> &bulkConnections()
{
    static QSet<QString> names;
    return names;
}

QMutex &bulkMutex()
{
    static QMutex mutex;
    return mutex;
}

bool inBulk(const QSqlDatabase &db)
{
    const QMutexLocker locker(&bulkMutex());
    return bulkConnections().contains(db.connectionName());
}

} // namespace

std::unique_ptr<SearchIndex> SearchIndex::create(const QSqlDatabase &db)
{
    return std::make_unique<SqliteSearchIndex>(db);
}

bool SqliteSearchIndex::tablesExist() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN (?, ?)"));
    query.addBindValue(kTrigramTable);
    query.addBindValue(kBigramTable);
    return query.exec() && query.next() && query.value(0).toInt() == 2;
}

Status SqliteSearchIndex::ensureReady()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM book_settings WHERE key = ?"));
    query.addBindValue(kFormatKey);
    const bool current = query.exec() && query.next() && query.value(0).toInt() == kFormat;
    query.finish();
    if (tablesExist() && current) {
        m_available = 1;
        return {};
    }
    // Missing, or built by an older version that indexed differently: built again from customers.search_text.
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QCoreApplication::translate("SearchIndex", "Preparing the search index"));
    if (Status status = createTables(); !status) {
        m_db.rollback();
        m_available = 0; // an SQLite without FTS5: search still works, by scanning
        return {};
    }
    if (Status status = rebuild(); !status) {
        m_db.rollback();
        return status;
    }
    query.prepare(QStringLiteral("DELETE FROM book_settings WHERE key = ?"));
    query.addBindValue(kFormatKey);
    query.exec();
    query.prepare(QStringLiteral("INSERT INTO book_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(kFormatKey);
    query.addBindValue(QString::number(kFormat));
    if (!query.exec() || !m_db.commit()) {
        m_db.rollback();
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Preparing the search index"));
    }
    m_available = 1;
    return {};
}

Status SqliteSearchIndex::createTables()
{
    QSqlQuery query(m_db);
    const QStringList statements {
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(kTrigramTable),
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(kBigramTable),
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(search_text, content='customers', content_rowid='id', "
                       "tokenize='trigram', detail='none')")
                .arg(kTrigramTable),
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(grams, content='', detail='none')").arg(kBigramTable),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return sqlError(query, QCoreApplication::translate("SearchIndex", "Preparing the search index"));
    }
    return {};
}

Status SqliteSearchIndex::put(qint64 customerId, const QString &foldedText)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT search_text FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Updating the search index"));
    const QString oldText = query.value(0).toString();
    if (oldText == foldedText)
        return {};
    if (!oldText.isEmpty()) {
        if (Status status = removeFromFts(customerId, oldText); !status)
            return status;
    }
    query.prepare(QStringLiteral("UPDATE customers SET search_text = ? WHERE id = ?"));
    query.addBindValue(foldedText);
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Updating the search index"));
    if (!tablesExist())
        return {};

    if (!inBulk(m_db)) {
        query.prepare(QStringLiteral("INSERT INTO %1 (rowid, search_text) VALUES (?, ?)").arg(kTrigramTable));
        query.addBindValue(customerId);
        query.addBindValue(foldedText);
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("SearchIndex", "Updating the search index"));
    }
    return insertBigrams(customerId, SearchText::shortGramText(foldedText));
}

Status SqliteSearchIndex::insertBigrams(qint64 customerId, const QString &shortGrams)
{
    if (!m_bigramInsert) {
        Error error;
        m_bigramInsert = BulkStatement::prepare(
                m_db, QStringLiteral("INSERT INTO %1 (rowid, grams) VALUES (?, ?)").arg(kBigramTable), &error);
        if (!m_bigramInsert)
            return error;
    }
    m_bigramInsert->bindInt(0, customerId);
    m_bigramInsert->bindText(1, shortGrams);
    if (!m_bigramInsert->exec())
        return Error(QCoreApplication::translate("SqlError", "%1 failed: %2")
                             .arg(QCoreApplication::translate("SearchIndex", "Updating the search index"),
                                  m_bigramInsert->errorText()));
    return {};
}

Status SqliteSearchIndex::addNew(qint64 customerId, const QString &foldedText, const QString &shortGrams)
{
    if (m_available < 0)
        m_available = tablesExist() ? 1 : 0;
    if (m_available != 1)
        return {};
    return insertBigrams(customerId, shortGrams.isEmpty() ? SearchText::shortGramText(foldedText) : shortGrams);
}

void SqliteSearchIndex::beginBulk()
{
    const QMutexLocker locker(&bulkMutex());
    bulkConnections().insert(m_db.connectionName());
}

void SqliteSearchIndex::endBulk()
{
    const QMutexLocker locker(&bulkMutex());
    bulkConnections().remove(m_db.connectionName());
}

Status SqliteSearchIndex::finishBulk()
{
    endBulk();
    if (!tablesExist())
        return {};
    // The trigram table reads its content straight from customers: one pass is faster than a row at a time.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(kTrigramTable)))
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Rebuilding the search index"));
    return {};
}

Status SqliteSearchIndex::removeFromFts(qint64 customerId, const QString &oldText)
{
    if (!tablesExist())
        return {};
    // Both tables keep no copy of the text, so a row is removed by handing FTS5 the values it was indexed with.
    QSqlQuery query(m_db);
    if (!inBulk(m_db)) {
        query.prepare(
            QStringLiteral("INSERT INTO %1 (%1, rowid, search_text) VALUES ('delete', ?, ?)").arg(kTrigramTable));
        query.addBindValue(customerId);
        query.addBindValue(oldText);
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("SearchIndex", "Updating the search index"));
    }
    query.prepare(QStringLiteral("INSERT INTO %1 (%1, rowid, grams) VALUES ('delete', ?, ?)").arg(kBigramTable));
    query.addBindValue(customerId);
    query.addBindValue(SearchText::shortGramText(oldText));
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Updating the search index"));
    return {};
}

Status SqliteSearchIndex::remove(qint64 customerId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT search_text FROM customers WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Updating the search index"));
    if (!query.next() || query.value(0).toString().isEmpty())
        return {};
    if (Status status = removeFromFts(customerId, query.value(0).toString()); !status)
        return status;
    query.prepare(QStringLiteral("UPDATE customers SET search_text = '' WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Updating the search index"));
    return {};
}

Status SqliteSearchIndex::rebuild()
{
    if (!tablesExist())
        return {};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(kTrigramTable))
        || !query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(kBigramTable)))
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Rebuilding the search index"));

    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, search_text FROM customers WHERE search_text <> ''")))
        return sqlError(rows, QCoreApplication::translate("SearchIndex", "Rebuilding the search index"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (rowid, grams) VALUES (?, ?)").arg(kBigramTable));
    while (rows.next()) {
        insert.bindValue(0, rows.value(0));
        insert.bindValue(1, SearchText::shortGramText(rows.value(1).toString()));
        if (!insert.exec())
            return sqlError(insert, QCoreApplication::translate("SearchIndex", "Rebuilding the search index"));
    }
    return {};
}

Result<SearchIndex::Clause> SqliteSearchIndex::clause(const QString &foldedQuery) const
{
    if (foldedQuery.isEmpty())
        return Clause {};
    if (m_available < 0)
        m_available = tablesExist() ? 1 : 0;

    if (m_hasContains < 0) {
        QSqlQuery probe(m_db);
        m_hasContains = probe.exec(QStringLiteral("SELECT clientele_contains('ab', 'b')")) && probe.next()
                && probe.value(0).toInt() == 1;
    }
    const QString verify = m_hasContains ? kContains : kInstr;
    const Clause scan { verify, { foldedQuery } };
    const qsizetype length = SearchText::characterCount(foldedQuery);
    QString table;
    QStringList grams;
    if (length == 2) {
        table = kBigramTable;
        grams = SearchText::bigrams(foldedQuery);
    } else if (length == 1 && SearchText::isIdeographic(foldedQuery.toUcs4().first())) {
        table = kBigramTable;
        grams = QStringList { foldedQuery };
    } else if (length >= 3) {
        table = kTrigramTable;
        grams = SearchText::trigrams(foldedQuery);
    }
    if (m_available != 1 || grams.isEmpty())
        return scan;

    const QString match = ftsTerms(grams);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT %2)")
                          .arg(table)
                          .arg(kSparseLimit + 1));
    query.addBindValue(match);
    if (!query.exec() || !query.next())
        return sqlError(query, QCoreApplication::translate("SearchIndex", "Searching"));
    if (query.value(0).toInt() > kSparseLimit)
        return scan;
    return Clause { QStringLiteral("c.id IN (SELECT rowid FROM %1 WHERE %1 MATCH ?) AND ").arg(table) + verify,
                    { match, foldedQuery } };
}

Status SqliteSearchIndex::optimize()
{
    if (!tablesExist())
        return {};
    QSqlQuery query(m_db);
    for (const QString &table : { kTrigramTable, kBigramTable }) {
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('optimize')").arg(table)))
            return sqlError(query, QCoreApplication::translate("SearchIndex", "Compacting the search index"));
    }
    return {};
}

#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class BulkStatement;
class NameOrder;
class SearchIndex;
class Transaction;

// Writes many customers with their contacts and notes in one transaction (demo books, later imports),
// with statements prepared once and the search index rebuilt once at the end. Nothing is kept unless
// commit() succeeds.
class BulkCustomerWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkCustomerWriter)

public:
    explicit BulkCustomerWriter(QSqlDatabase db);
    ~BulkCustomerWriter();

    // How phones are normalised for duplicate checks; libphonenumber by default. A caller that knows its
    // numbers' form (the demo generator) can hand a faster one.
    void setPhoneNormalizer(std::function<QString(const QString &)> normalizer) { m_normalizePhone = std::move(normalizer); }

    // What a customer puts into the search text column and the short-query index. Pure (no database), so an
    // importer can make it on its parsing thread while this one writes.
    struct SearchTexts
    {
        QString folded; // customers.search_text
        QString grams; // SearchText::shortGramText(folded)
    };
    static SearchTexts searchTexts(const Customer &customer, const QList<Contact> &contacts,
        const std::function<QString(const QString &)> &normalizePhone);

    Status begin();
    // Writes the customer as given (uuid and timestamps included when set). `texts`, when given, must be what
    // searchTexts() makes for the same customer and contacts.
    Result<qint64> add(const Customer &customer, const QList<Contact> &contacts, const QList<Note> &notes,
        const SearchTexts *texts = nullptr);
    Status commit();
    // Builds the indexes begin() left out (into an empty book) now instead of at commit(): for a caller about to read
    // back and change customers it wrote, which would otherwise read every row written so far. Once; later rows
    // keep them up to date.
    Status keepIndexesLive() { return restoreIndexes(); }

private:
    Status deferIndexes();
    Status restoreIndexes();

    Result<qint64> tagId(const QString &name);
    Result<qint64> addContact(qint64 customerId, const Contact &contact, const QString &created);
    // contactId 0: a phone or email of the customer itself.
    Status addPoint(qint64 customerId, qint64 contactId, const QString &kind, const QString &value, int position);
    Status fail(const BulkStatement &statement, const QString &doing) const;

    QSqlDatabase m_db;
    std::unique_ptr<SearchIndex> m_index;
    std::unique_ptr<NameOrder> m_nameOrder; // the book's, for each new customer's sort_key
    std::unique_ptr<Transaction> m_transaction; // open between begin() and commit()
    QHash<QString, qint64> m_tagIds;
    QString m_now; // one timestamp for the whole batch
    QStringList m_deferredIndexes; // CREATE INDEX statements to run again at commit
    std::function<QString(const QString &)> m_normalizePhone;
    std::unique_ptr<BulkStatement> m_customer, m_contact, m_point, m_tag, m_customerTag, m_note;
};

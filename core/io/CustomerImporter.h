#pragma once

#include "Result.h"
#include "audit/IdRanges.h"
#include "io/ImportMapping.h"
#include "io/ImportRowParser.h"
#include "io/TableReader.h"
#include "repo/BulkCustomerWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <array>
#include <atomic>
#include <functional>
#include <memory>

class TableReader;
class BulkCustomerWriter;
struct RowAdditions;

// How a row that matches a customer already in the book (or an earlier row of the same file) is handled.
enum class DuplicateAction
{
    Skip,
    Update,
    Create
};
// What makes a row a duplicate, checked in this order: customers and contacts by the first three, products by
// code then name, orders by number.
enum class DuplicateRule
{
    Phone,
    Email,
    NameAndCity,
    ProductCode,
    ProductName,
    OrderNumber
};
constexpr int kDuplicateRuleCount = 6;

QString toString(DuplicateAction action);
std::optional<DuplicateAction> duplicateActionFromString(const QString &text);
QString displayName(DuplicateAction action, ImportTarget target = ImportTarget::Customers);
QString displayName(DuplicateRule rule);
QList<DuplicateRule> duplicateRules(ImportTarget target); // the rules an import of the target applies

struct ImportOptions
{
    ImportTarget target = ImportTarget::Customers;
    // Per rule, indexed by DuplicateRule.
    std::array<DuplicateAction, kDuplicateRuleCount> onDuplicate {};
    // By default an import is all or nothing: one invalid row and nothing is kept. With validOnly the valid
    // rows are imported and the invalid ones reported.
    bool validOnly = false;
    // The imported file's name, recorded in the import's audit entry (so the trail says where the rows came from).
    QString source;

    void setAllDuplicateActions(DuplicateAction action) { onDuplicate.fill(action); }
};

struct ImportDuplicate
{
    qint64 row = 0;
    DuplicateRule rule = DuplicateRule::Phone;
    QString name; // the row's customer (product, order number)
    qint64 existingId = 0; // the customer (product, order) in the book, 0 when it is an earlier row of the file
    qint64 earlierRow = 0; // the earlier row of the file, 0 when it is a customer in the book
    QString existingName;
    DuplicateAction action = DuplicateAction::Skip;
    // A company on several rows of the file (one contact on each, say): a row skipped as a duplicate of an earlier
    // row with the same name and city adds what the customer that row made lacks (named here: the contact's
    // name, phones, e-mail addresses) instead of losing it.
    QStringList added;
};

struct ImportSummary
{
    qint64 rows = 0; // data rows read (not counting the header or empty rows)
    qint64 created = 0; // customers, contacts, products or orders created
    qint64 updated = 0;
    qint64 skipped = 0; // duplicates skipped
    qint64 joinedRows = 0; // rows that added a contact, phone or e-mail to an earlier row's customer (ImportDuplicate)
    qint64 invalidRows = 0;
    qint64 problemCount = 0; // all problems found; `problems` keeps the first kMaxListed
    QList<ImportProblem> problems;
    qint64 duplicateCount = 0;
    QList<ImportDuplicate> duplicates; // the first kMaxListed
    QStringList newOwners; // owner names not yet in the book (added by the import)
    QList<LeftOutRow> leftOut; // headings and totals merged across the columns, passed over (TableReader.h)
    bool committed = false; // the book was changed
    bool cancelled = false;
    QString fileFormat;
    IdRanges createdIds; // of what was written (empty when only checking), recorded in the import's audit entry

    static constexpr int kMaxListed = 10000;
    qint64 imported() const { return created + updated; }
    void addProblem(ImportProblem problem)
    {
        ++problemCount;
        if (problems.size() < kMaxListed)
            problems << std::move(problem);
    }
    void addDuplicate(const ImportDuplicate &duplicate)
    {
        ++duplicateCount;
        if (duplicates.size() < kMaxListed)
            duplicates << duplicate;
    }
};

// The sales reps an import names, each looked up once (letter case aside). A name the book does not have is listed
// in newOwners and, when writing, added to the book (while checking its id stays 0).
class ImportOwners
{
public:
    ImportOwners(QSqlDatabase db, bool write)
        : m_db(std::move(db))
        , m_write(write)
    {
    }

    Result<qint64> id(const QString &name, QStringList &newOwners); // 0 for no name
    qint64 known(const QString &name) const { return m_ids.value(name.toCaseFolded()); } // after id()

private:
    QSqlDatabase m_db;
    bool m_write = false;
    QHash<QString, qint64> m_ids; // folded name -> id
};

// Imports customers (with one contact per row) or contacts from a table file into the book.
//
// check() reads the whole file and reports every problem and duplicate without writing anything; run() does
// the same and writes, inside one transaction: on a cancel, a read error, or (unless validOnly) any invalid
// row, the transaction is rolled back and the book is exactly as it was.
class CustomerImporter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImporter)

public:
    explicit CustomerImporter(QSqlDatabase db);
    ~CustomerImporter();

    // Called now and then with 0..1; return nothing. The cancel flag is polled as often.
    void setProgressHandler(std::function<void(double)> handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // The first row of the reader's current sheet is the header row.
    Result<ImportSummary> check(TableReader &reader, const ImportMapping &mapping, const ImportOptions &options);
    Result<ImportSummary> run(TableReader &reader, const ImportMapping &mapping, const ImportOptions &options);

    // The problems as CSV (Row, Column, Header, Value, Problem), for the user to fix the file.
    // The rows that matched a customer (product, order) of the book or an earlier row, as CSV (UTF-8 with BOM): row,
    // the row's name, what it matched, the rule and what was done.
    static Status writeDuplicates(const ImportSummary &summary, ImportTarget target, const QString &path);
    static Status writeProblems(const ImportSummary &summary, const QString &path);
    // One audit entry for a whole import, in its transaction.
    static Status recordImport(QSqlDatabase db, const ImportSummary &summary, const ImportOptions &options);
    // One sentence naming the headings and totals an import passed over (the first few), or empty when none.
    static QString leftOutText(const QList<LeftOutRow> &rows);

private:
    struct Session;
    Result<ImportSummary> process(
        TableReader &reader, const ImportMapping &mapping, const ImportOptions &options, bool write);
    Status processRow(
        Session &session, const ParsedImportRow &row, qint64 rowNumber, const BulkCustomerWriter::SearchTexts &texts);
    Status processContactRow(Session &session, const ParsedImportRow &row, qint64 rowNumber);
    static Contact updatedContact(const Contact &known, const ParsedImportRow &row);
    struct FileRow;
    // CustomerImporterJoin.cpp: matches with earlier rows and the book, and rows joining an earlier row's customer.
    std::optional<ImportDuplicate> findDuplicate(
        Session &session, const ParsedImportRow &row, qint64 rowNumber, qint64 &customerId);
    static void remember(Session &session, quint64 key, const FileRow &reference);
    static void rememberKeys(Session &session, const ParsedImportRow &row, const FileRow &reference);
    static void rememberPointKeys(Session &session, const ParsedImportRow &row, const FileRow &reference);
    static RowAdditions additionsOf(const Session &session, const ParsedImportRow &row, qint64 earlierRow);
    Result<bool> joinEarlierRow(
        Session &session, const ParsedImportRow &row, ImportDuplicate &duplicate, qint64 customerId);
    static void rememberSkippedCompany(
        Session &session, const ParsedImportRow &row, const ImportDuplicate &duplicate, qint64 customerId);
    Status addToWrittenCustomer(Session &session, qint64 id, const ParsedImportRow &row, const RowAdditions &additions);
    static Status keepIndexesLive(Session &session);
    static void startPending(Session &session, const ParsedImportRow &row, qint64 rowNumber, qint64 ownerId,
        const BulkCustomerWriter::SearchTexts &texts);
    static Result<qint64> flushPending(Session &session);

    Status updateDuplicate(
        Session &session, const ParsedImportRow &row, const ImportDuplicate &duplicate, qint64 customerId);
    Status updateCustomer(Session &session, qint64 id, const ParsedImportRow &row);
    Status prepareLookups(Session &session);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QSqlDatabase m_db;
    std::function<void(double)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

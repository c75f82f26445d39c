#pragma once

#include "Result.h"
#include "domain/Customer.h"
#include "io/ImportMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

#include <optional>

// One problem in an imported file: the row and column a user sees in Excel (both 1-based), the column's
// header, the offending value and what is wrong with it.
struct ImportProblem
{
    qint64 row = 0;
    int column = 0; // 0: the row as a whole
    QString header;
    QString value;
    QString message;
};

// A row of an imported file turned into a customer (and the contact it names), or the problems that stop it.
struct ParsedImportRow
{
    Customer customer;
    std::optional<Contact> contact;
    QString ownerName;
    QList<ImportField> given; // the fields this row has a value for (an update changes only those)
    // E.164 forms of customer.phones and contact->phones, in the same order (each number parsed once).
    QStringList phoneKeys;
    QStringList contactPhoneKeys;
    // Notes written after numbers ("138 0000 3004: 微信同号"), also in the notes: an update adds them to the book's.
    QStringList phoneNotes;
    QStringList contactPhoneNotes;
    QList<ImportProblem> problems;

    bool isValid() const { return problems.isEmpty(); }
};

// Turns rows of cells into customers as the mapping says, validating every value. Pure: no database.
class ImportRowParser
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowParser)

public:
    ImportRowParser(ImportMapping mapping, QStringList headers);

    // The book's tiers: a row's tier must be one of them (letter case aside; the book's spelling is kept). Without
    // this call any tier is taken.
    void setTiers(const QStringList &tiers) { m_tiers = tiers; }

    ParsedImportRow parse(const QVariantList &cells, qint64 rowNumber) const;
    int columnOf(ImportField field) const { return m_mapping.columnOf(field); }
    QString header(int column) const { return m_headers.value(column); }

    // A cell as text: numbers without a spurious ".0" or exponent (phone numbers typed into Excel as numbers),
    // dates as YYYY-MM-DD, and the apostrophe our own export puts before = + - @ taken off again.
    static QString cellText(const QVariant &cell);
    // "公司", "Company", "个人", "individual", ... (empty: a company).
    static std::optional<CustomerKind> parseKind(const QString &text);
    // Stage keys and names in English, Simplified and Traditional Chinese (empty: a lead).
    static std::optional<LifecycleStage> parseStage(const QString &text);
    // YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日, with an optional time; Excel date cells as they are.
    static QDateTime parseDateTime(const QVariant &cell);
    // "Agreed", "已同意", "yes", "TRUE" are consent; "Refused or withdrawn", "拒绝", "no", "FALSE" its refusal;
    // "Not asked", "未询问" or empty: not asked. Anything else: none.
    static std::optional<MarketingConsent> parseConsent(const QString &text);
    // TRUE/FALSE, yes/no, 是/否, 启用/停用, ... (anything else, or nothing: none).
    static std::optional<bool> parseYesNo(const QString &text);

private:
    // `value` (when given) finds the column among several of a field (two phone columns) that holds it.
    void addProblem(ParsedImportRow &row, qint64 rowNumber, ImportField field, const QVariantList &cells,
        const QString &message, const QString &value = {}) const;
    void parseCustomerFields(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const;
    void parseContactFields(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const;
    // A date cell of the row, or an invalid date with a problem when the cell holds something else.
    QDate date(const QVariantList &cells, qint64 rowNumber, ImportField field, ParsedImportRow &row) const;
    void validate(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const;
    // Parses each number once: formatted in place, E.164 forms to `keys`, a problem per bad number. A note after a
    // number ("13800003004（微信同号）") goes to `notes`, those of the customer or contact.
    void readPhones(QStringList &phones, QStringList &keys, QString &notes, QStringList &noteLines, ImportField field,
        const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const;
    QString text(const QVariantList &cells, ImportField field) const;

    void readTier(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const;

    ImportMapping m_mapping;
    QStringList m_headers;
    QHash<ImportField, QList<int>> m_severalColumns; // the columns of each field ImportMapping::holdsSeveral()
    std::optional<QStringList> m_tiers;
};

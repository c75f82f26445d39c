#include "CustomerImporter.h"
#include "audit/AuditLog.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/PhoneNumbers.h"
#include "io/CsvWriter.h"
#include "io/CustomerImportSession.h"
#include "io/RowPipe.h"
#include "io/SavedFile.h"
#include "io/TableReader.h"
#include "repo/BulkCustomerWriter.h"
#include "repo/ContactRepository.h"
#include "repo/CustomerRepository.h"
#include "repo/LookupRepository.h"
#include "repo/SqlHelpers.h"

#include <QFile>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <thread>

namespace {

constexpr int kProgressEvery = 512;
constexpr int kParsedBatchRows = 256;

struct ParsedRowPipeItem
{
    qint64 rowNumber = 0;
    ParsedImportRow row;
    double progress = 0;
    // Made on the parsing thread for a customer the writing thread may create (empty when checking).
    BulkCustomerWriter::SearchTexts texts;
};

struct ParsedRowPipe : BatchPipe<QList<ParsedRowPipeItem>>
{
    using Item = ParsedRowPipeItem;
};

// The E.164 form of each of the row's numbers, as parsed once already.
QString rowPhoneKey(const ParsedImportRow &row, const QString &formatted)
{
    for (int i = 0; i < row.customer.phones.size() && i < row.phoneKeys.size(); ++i) {
        if (row.customer.phones[i] == formatted)
            return row.phoneKeys[i];
    }
    for (int i = 0; row.contact && i < row.contact->phones.size() && i < row.contactPhoneKeys.size(); ++i) {
        if (row.contact->phones[i] == formatted)
            return row.contactPhoneKeys[i];
    }
    return PhoneNumbers::normalizedOrDigits(formatted);
}

BulkCustomerWriter::SearchTexts searchTextsOf(const ParsedImportRow &row)
{
    QList<Contact> contacts;
    if (row.contact)
        contacts << *row.contact;
    return BulkCustomerWriter::searchTexts(
        row.customer, contacts, [&row](const QString &formatted) { return rowPhoneKey(row, formatted); });
}

} // namespace

QString toString(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return QStringLiteral("skip");
    case DuplicateAction::Update:
        return QStringLiteral("update");
    case DuplicateAction::Create:
        return QStringLiteral("create");
    }
    return {};
}

std::optional<DuplicateAction> duplicateActionFromString(const QString &text)
{
    for (DuplicateAction action : { DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Create }) {
        if (text == toString(action))
            return action;
    }
    return std::nullopt;
}

QString displayName(DuplicateAction action, ImportTarget target)
{
    auto text = [](const char *source) { return QCoreApplication::translate("CustomerImporter", source); };
    if (action == DuplicateAction::Skip)
        return target == ImportTarget::Orders ? text(QT_TRANSLATE_NOOP("CustomerImporter", "Skip the order"))
                                              : text(QT_TRANSLATE_NOOP("CustomerImporter", "Skip the row"));
    switch (target) {
    case ImportTarget::Products:
        return action == DuplicateAction::Update
            ? text(QT_TRANSLATE_NOOP("CustomerImporter", "Update the existing product"))
            : text(QT_TRANSLATE_NOOP("CustomerImporter", "Create a new product anyway"));
    case ImportTarget::Orders:
        return action == DuplicateAction::Update
            ? text(QT_TRANSLATE_NOOP("CustomerImporter", "Replace the order in the book"))
            : text(QT_TRANSLATE_NOOP("CustomerImporter", "Import it under a new number"));
    case ImportTarget::Contacts:
        return action == DuplicateAction::Update
            ? text(QT_TRANSLATE_NOOP("CustomerImporter", "Update the existing contact"))
            : text(QT_TRANSLATE_NOOP("CustomerImporter", "Create a new contact anyway"));
    case ImportTarget::Customers:
        break;
    }
    return action == DuplicateAction::Update
        ? text(QT_TRANSLATE_NOOP("CustomerImporter", "Update the existing customer"))
        : text(QT_TRANSLATE_NOOP("CustomerImporter", "Create a new customer anyway"));
}

QString displayName(DuplicateRule rule)
{
    switch (rule) {
    case DuplicateRule::Phone:
        return QCoreApplication::translate("CustomerImporter", "Same phone number");
    case DuplicateRule::Email:
        return QCoreApplication::translate("CustomerImporter", "Same email address");
    case DuplicateRule::NameAndCity:
        return QCoreApplication::translate("CustomerImporter", "Same name and city");
    case DuplicateRule::ProductCode:
        return QCoreApplication::translate("CustomerImporter", "Same product code");
    case DuplicateRule::ProductName:
        return QCoreApplication::translate("CustomerImporter", "Same product name");
    case DuplicateRule::OrderNumber:
        return QCoreApplication::translate("CustomerImporter", "Same order number");
    }
    return {};
}

QList<DuplicateRule> duplicateRules(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Contacts:
        return { DuplicateRule::NameAndCity };
    case ImportTarget::Products:
        return { DuplicateRule::ProductCode, DuplicateRule::ProductName };
    case ImportTarget::Orders:
        return { DuplicateRule::OrderNumber };
    case ImportTarget::Customers:
        break;
    }
    return { DuplicateRule::Phone, DuplicateRule::Email, DuplicateRule::NameAndCity };
}

CustomerImporter::CustomerImporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CustomerImporter::~CustomerImporter() = default;

Result<ImportSummary> CustomerImporter::check(
    TableReader &reader, const ImportMapping &mapping, const ImportOptions &options)
{
    return process(reader, mapping, options, false);
}

Result<ImportSummary> CustomerImporter::run(
    TableReader &reader, const ImportMapping &mapping, const ImportOptions &options)
{
    return process(reader, mapping, options, true);
}

Status CustomerImporter::prepareLookups(Session &session)
{
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers WHERE deleted_at IS NULL)"))
        || !count.next())
        return sqlError(count, tr("Preparing the import"));
    session.bookHasCustomers = count.value(0).toBool();
    const QList<std::pair<std::unique_ptr<QSqlQuery> *, QString>> statements {
        { &session.byPoint,
            QStringLiteral("SELECT c.id, c.name, c.city FROM contact_points p JOIN customers c ON c.id = p.customer_id "
                           "LEFT JOIN contacts k ON k.id = p.contact_id WHERE p.kind = ? AND p.normalized = ? "
                           "AND c.deleted_at IS NULL AND k.deleted_at IS NULL LIMIT 1") },
        // "city || ''" keeps SQLite, which has no statistics on a book, from looking the row up by city: with
        // many customers in one city (or without one) every lookup read all of them, and importing 16,000 rows
        // into a book of 500 took 15 s instead of half a second.
        { &session.byNameCity,
            QStringLiteral(
                "SELECT id, name, city FROM customers WHERE name = ? AND city || '' = ? AND deleted_at IS NULL "
                "LIMIT 1") },
        { &session.byName,
            QStringLiteral("SELECT id, name FROM customers WHERE name = ? AND deleted_at IS NULL "
                           "AND (? = '' OR city = ?) LIMIT 2") },
    };
    for (const auto &[query, sql] : statements) {
        *query = std::make_unique<QSqlQuery>(m_db);
        if (!(*query)->prepare(sql))
            return sqlError(**query, tr("Preparing the import"));
    }
    return {};
}

Result<ImportSummary> CustomerImporter::process(
    TableReader &reader, const ImportMapping &mapping, const ImportOptions &options, bool write)
{
    QVariantList cells;
    if (!reader.readRow(cells)) {
        if (reader.error())
            return *reader.error();
        return Error(tr("The file is empty: there is no header row."));
    }
    QStringList headers;
    for (const QVariant &cell : std::as_const(cells))
        headers << ImportRowParser::cellText(cell);
    if (const QList<Error> problems = mapping.check(options.target); !problems.isEmpty())
        return problems.first();

    Session session(mapping, headers, options);
    auto tiers = LookupRepository(m_db).tiers();
    if (!tiers)
        return tiers.error();
    session.parser.setTiers(tiers.value());
    session.write = write;
    session.owners = std::make_unique<ImportOwners>(m_db, write);
    session.summary.fileFormat = reader.formatDescription();
    if (Status status = prepareLookups(session); !status)
        return status.error();
    if (write) {
        if (options.target == ImportTarget::Customers) {
            session.writer = std::make_unique<BulkCustomerWriter>(m_db);
            // The row's numbers were parsed once already: the writer looks their E.164 form up.
            session.writer->setPhoneNormalizer([&session](const QString &formatted) {
                const auto found = session.phoneKeys.constFind(formatted);
                return found != session.phoneKeys.constEnd() ? *found : PhoneNumbers::normalizedOrDigits(formatted);
            });
            if (Status status = session.writer->begin(); !status)
                return status.error();
        } else {
            session.transaction = std::make_unique<Transaction>(m_db);
            if (Status status = session.transaction->begin(); !status)
                return status.error();
        }
    }

    // Another thread reads and parses the file (decoding, phone numbers) while this one checks and writes.
    // It also makes each new customer's search texts, the writing thread's largest cost of its own.
    ParsedRowPipe pipe;
    const bool makeTexts = write && options.target == ImportTarget::Customers;
    std::thread parsing([&reader, &pipe, makeTexts, &parser = std::as_const(session.parser)] {
        QVariantList cells;
        QList<ParsedRowPipe::Item> batch;
        while (reader.readRow(cells)) {
            batch.append({ reader.rowNumber(), parser.parse(cells, reader.rowNumber()), reader.progress(), {} });
            if (makeTexts && batch.last().row.isValid())
                batch.last().texts = searchTextsOf(batch.last().row);
            if (batch.size() < kParsedBatchRows)
                continue;
            pipe.takeSpent(); // the written batches are freed here, where they were made
            if (!pipe.push(std::exchange(batch, {})))
                return;
        }
        if (!batch.isEmpty())
            pipe.push(std::move(batch));
        pipe.close();
    });
    auto stopParsing = qScopeGuard([&] {
        pipe.stop();
        parsing.join();
    });
    while (auto batch = pipe.pop()) {
        for (const ParsedRowPipe::Item &item : std::as_const(*batch)) {
            ++session.summary.rows;
            if (session.summary.rows % kProgressEvery == 0) {
                if (m_progress)
                    m_progress(item.progress);
                if (cancelled()) {
                    session.summary.cancelled = true;
                    return session.summary; // the writer's transaction rolls back on destruction
                }
            }
            const ParsedImportRow &row = item.row;
            if (!row.isValid()) {
                ++session.summary.invalidRows;
                for (const ImportProblem &problem : row.problems)
                    session.summary.addProblem(problem);
                continue;
            }
            const Status status = options.target == ImportTarget::Customers
                ? processRow(session, row, item.rowNumber, item.texts)
                : processContactRow(session, row, item.rowNumber);
            if (!status) // the row that failed; a customer written late names its own row (flushPending)
                return Error(
                    status.error().message, {}, status.error().row > 0 ? status.error().row : int(item.rowNumber));
        }
        pipe.giveBack(std::move(*batch));
    }
    parsing.join(); // the pipe is closed: reading is over
    stopParsing.dismiss();
    if (reader.error())
        return *reader.error();
    session.summary.leftOut = reader.leftOutRows();
    if (m_progress)
        m_progress(1.0);

    if (!write)
        return session.summary;
    if (session.summary.invalidRows > 0 && !options.validOnly)
        return session.summary; // all or nothing: rolled back
    if (auto written = flushPending(session); !written)
        return written.error();
    if (Status audited = recordImport(m_db, session.summary, options); !audited)
        return audited.error();
    const Status committed = session.writer ? session.writer->commit() : session.transaction->commit();
    if (!committed)
        return committed.error();
    session.summary.committed = true;
    return session.summary;
}

Result<qint64> ImportOwners::id(const QString &name, QStringList &newOwners)
{
    if (name.isEmpty())
        return qint64(0);
    const QString key = name.toCaseFolded();
    // A name seen before is not looked up again (a new owner stays 0 while checking: it is added on import).
    if (auto found = m_ids.constFind(key); found != m_ids.constEnd())
        return *found;
    LookupRepository lookups(m_db);
    auto existing = lookups.ownerByName(name);
    if (!existing)
        return existing.error();
    qint64 id = existing.value();
    if (id == 0) {
        newOwners << name;
        if (m_write) {
            auto added = lookups.addOwner(name);
            if (!added)
                return added.error();
            id = added.value();
        }
    }
    m_ids.insert(key, id);
    return id;
}

Status CustomerImporter::processRow(
    Session &session, const ParsedImportRow &row, qint64 rowNumber, const BulkCustomerWriter::SearchTexts &texts)
{
    auto owner = session.owners->id(row.ownerName, session.summary.newOwners);
    if (!owner)
        return owner.error();
    qint64 customerId = 0;
    if (auto duplicate = findDuplicate(session, row, rowNumber, customerId)) {
        duplicate->action = session.options.onDuplicate[int(duplicate->rule)];
        if (duplicate->action == DuplicateAction::Skip) {
            auto joined = joinEarlierRow(session, row, *duplicate, customerId);
            if (!joined)
                return joined.error();
            ++(joined.value() ? session.summary.joinedRows : session.summary.skipped);
            if (!joined.value())
                rememberSkippedCompany(session, row, *duplicate, customerId);
            session.summary.addDuplicate(*duplicate);
            return {};
        }
        session.summary.addDuplicate(*duplicate);
        if (duplicate->action == DuplicateAction::Update)
            return updateDuplicate(session, row, *duplicate, customerId);
    }
    ++session.summary.created;
    if (row.customer.kind == CustomerKind::Individual)
        session.personRows.insert(rowNumber);
    if (!session.write) {
        rememberKeys(session, row, { rowNumber, 0 });
        return {};
    }
    // Written when the next new customer comes, so the rows right after it that repeat its company join it first.
    if (auto written = flushPending(session); !written)
        return written.error();
    startPending(session, row, rowNumber, owner.value(), texts);
    return {};
}

// An update of the customer a row matches (with "update" chosen for its rule). Its numbers and addresses then point
// at that customer, so that a later row with one of them matches it whether the import writes or only checks.
Status CustomerImporter::updateDuplicate(
    Session &session, const ParsedImportRow &row, const ImportDuplicate &duplicate, qint64 customerId)
{
    ++session.summary.updated;
    const qint64 reference = duplicate.earlierRow > 0 ? duplicate.earlierRow : duplicate.row;
    // Later rows match the customer it changed by its numbers, addresses, and name and city before and after the
    // change, whether the import writes (and the book has the change) or only checks (and it has not).
    const auto rememberChanged = [&](qint64 id) {
        rememberPointKeys(session, row, { reference, id });
        remember(session, fileKey(DuplicateRule::NameAndCity, nameCityKey(row.customer)), { reference, id });
        if (duplicate.existingId > 0) {
            session.bookRows.insert(reference);
            remember(session,
                fileKey(DuplicateRule::NameAndCity, nameCityKey(duplicate.existingName, session.matchedCity)),
                { reference, id });
        }
    };
    if (!session.write) {
        rememberChanged(customerId);
        return {};
    }
    if (session.pending && session.pending->row == duplicate.earlierRow) {
        auto written = flushPending(session);
        if (!written)
            return written.error();
        customerId = written.value();
    }
    if (Status status = keepIndexesLive(session); !status)
        return status;
    if (Status status = updateCustomer(session, customerId, row); !status)
        return status;
    rememberChanged(customerId);
    return {};
}

// Fills in what the row has (never blanks what it leaves empty), adds phones, emails, tags and the contact
// that are new.
Status CustomerImporter::updateCustomer(Session &session, qint64 id, const ParsedImportRow &row)
{
    CustomerRepository customers(m_db);
    auto found = customers.find(id);
    if (!found)
        return found.error();
    Customer customer = found.value();
    const Customer &incoming = row.customer;
    auto given = [&](ImportField field) { return row.given.contains(field); };
    const QList<std::pair<ImportField, QString Customer::*>> texts {
        { ImportField::Industry, &Customer::industry },
        { ImportField::Province, &Customer::province },
        { ImportField::City, &Customer::city },
        { ImportField::Address, &Customer::address },
        { ImportField::Website, &Customer::website },
        { ImportField::Source, &Customer::source },
        { ImportField::Tier, &Customer::tier },
        { ImportField::Notes, &Customer::notes },
    };
    for (const auto &[field, member] : texts) {
        if (given(field))
            customer.*member = incoming.*member;
    }
    if (given(ImportField::Kind))
        customer.kind = incoming.kind;
    if (given(ImportField::Stage))
        customer.stage = incoming.stage;
    if (given(ImportField::Owner))
        customer.ownerId = session.owners->known(row.ownerName);
    if (!given(ImportField::Notes))
        addNoteLines(customer.notes, row.phoneNotes);
    addNewPhones(customer.phones, incoming.phones);
    for (const QString &email : incoming.emails) {
        if (!customer.emails.contains(email, Qt::CaseInsensitive))
            customer.emails << email;
    }
    for (const QString &tag : incoming.tags) {
        if (!customer.tags.contains(tag))
            customer.tags << tag;
    }
    if (Status status = customers.update(customer); !status)
        return status;
    if (!row.contact)
        return {};
    ContactRepository contacts(m_db);
    auto existing = contacts.forCustomer(id);
    if (!existing)
        return existing.error();
    for (const Contact &contact : existing.value()) {
        if (contact.name == row.contact->name)
            return {};
    }
    Contact contact = *row.contact;
    contact.customerId = id;
    contact.primary = existing.value().isEmpty();
    auto created = contacts.create(contact);
    return created ? Status() : Status(created.error());
}

// The contact in the book with what the row gives: a title, email, birthday, notes or marketing consent only where
// the row has one (never blanking what the row leaves empty), new numbers added.
Contact CustomerImporter::updatedContact(const Contact &known, const ParsedImportRow &row)
{
    Contact contact = known;
    if (row.given.contains(ImportField::ContactTitle))
        contact.title = row.contact->title;
    if (row.given.contains(ImportField::ContactEmail))
        contact.email = row.contact->email;
    if (row.given.contains(ImportField::ContactBirthday))
        contact.birthday = row.contact->birthday;
    if (row.given.contains(ImportField::ContactPrimary))
        contact.primary = row.contact->primary;
    if (row.given.contains(ImportField::ContactNotes))
        contact.notes = row.contact->notes;
    else
        addNoteLines(contact.notes, row.contactPhoneNotes);
    if (row.given.contains(ImportField::MarketingConsent)) {
        contact.marketingConsent = row.contact->marketingConsent;
        contact.consentDate = row.contact->consentDate;
        contact.consentSource = row.contact->consentSource;
    }
    addNewPhones(contact.phones, row.contact->phones);
    return contact;
}

Status CustomerImporter::processContactRow(Session &session, const ParsedImportRow &row, qint64 rowNumber)
{
    QSqlQuery &byName = *session.byName;
    byName.bindValue(0, SqlHelpers::text(row.customer.name));
    byName.bindValue(1, SqlHelpers::text(row.customer.city));
    byName.bindValue(2, SqlHelpers::text(row.customer.city));
    if (!byName.exec())
        return sqlError(byName, tr("Looking for the customer"));
    QList<qint64> ids;
    while (byName.next())
        ids << byName.value(0).toLongLong();
    byName.finish();
    const int nameColumn = session.parser.columnOf(ImportField::Name);
    ImportProblem problem { rowNumber, nameColumn + 1, session.parser.header(nameColumn), row.customer.name, {} };
    if (!row.contact) {
        const int contactColumn = session.parser.columnOf(ImportField::ContactName);
        problem = { rowNumber, contactColumn + 1, session.parser.header(contactColumn), {},
            tr("The contact's name is required.") };
    } else if (ids.isEmpty()) {
        problem.message = tr("There is no customer named \"%1\" in the book.").arg(row.customer.name);
    } else if (ids.size() > 1) {
        problem.message
            = tr("Several customers are named \"%1\": add a City column to tell them apart.").arg(row.customer.name);
    }
    if (!problem.message.isEmpty()) {
        ++session.summary.invalidRows;
        session.summary.addProblem(problem);
        return {};
    }
    ContactRepository contacts(m_db);
    auto existing = contacts.forCustomer(ids.first());
    if (!existing)
        return existing.error();
    Contact contact = *row.contact;
    contact.customerId = ids.first();
    for (const Contact &known : existing.value()) {
        if (known.name != contact.name)
            continue;
        const DuplicateAction action = session.options.onDuplicate[int(DuplicateRule::NameAndCity)];
        session.summary.addDuplicate(
            { rowNumber, DuplicateRule::NameAndCity, contact.name, ids.first(), 0, row.customer.name, action, {} });
        if (action == DuplicateAction::Skip) {
            ++session.summary.skipped;
            return {};
        }
        if (action == DuplicateAction::Update) {
            ++session.summary.updated;
            return session.write ? contacts.update(updatedContact(known, row)) : Status();
        }
    }
    ++session.summary.created;
    if (!session.write)
        return {};
    // As the file says, else the customer's first contact is the primary one.
    if (!row.given.contains(ImportField::ContactPrimary))
        contact.primary = existing.value().isEmpty();
    auto created = contacts.create(contact);
    if (!created)
        return created.error();
    session.summary.createdIds.add(created.value());
    return {};
}

Status CustomerImporter::writeDuplicates(const ImportSummary &summary, ImportTarget target, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()), path);
    file.write("\xEF\xBB\xBF"); // UTF-8 BOM, so Excel shows Chinese text right
    file.write(Csv::line({ tr("Row"), tr("In the file"), tr("Matches"), tr("Match"), tr("Done") }).toUtf8());
    for (const ImportDuplicate &duplicate : summary.duplicates) {
        const QString matches
            = duplicate.existingId > 0 ? duplicate.existingName : tr("row %1 of the file").arg(duplicate.earlierRow);
        const QString done = duplicate.added.isEmpty()
            ? displayName(duplicate.action, target)
            : tr("Added to its customer: %1").arg(QLocale().createSeparatedList(duplicate.added));
        file.write(Csv::line({ QString::number(duplicate.row), Csv::neutralised(duplicate.name),
                                 Csv::neutralised(matches), displayName(duplicate.rule), done })
                       .toUtf8());
    }
    if (!SavedFile::commit(file))
        return Error(tr("Cannot write \"%1\": %2").arg(path, SavedFile::failure(file)), path);
    return {};
}

Status CustomerImporter::writeProblems(const ImportSummary &summary, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()), path);
    file.write("\xEF\xBB\xBF"); // UTF-8 BOM, so Excel shows Chinese text right
    file.write(Csv::line({ tr("Row"), tr("Column"), tr("Header"), tr("Value"), tr("Problem") }).toUtf8());
    for (const ImportProblem &problem : summary.problems) {
        file.write(
            // The header and value come from the user's file: a spreadsheet must not run them as formulas.
            Csv::line({ QString::number(problem.row), problem.column > 0 ? QString::number(problem.column) : QString(),
                          Csv::neutralised(problem.header), Csv::neutralised(problem.value), problem.message })
                .toUtf8());
    }
    if (!SavedFile::commit(file))
        return Error(tr("Cannot write \"%1\": %2").arg(path, SavedFile::failure(file)), path);
    return {};
}

QString CustomerImporter::leftOutText(const QList<LeftOutRow> &rows)
{
    constexpr int kNamed = 5;
    if (rows.isEmpty())
        return {};
    QStringList named;
    for (const LeftOutRow &row : rows.first(std::min<qsizetype>(rows.size(), kNamed)))
        named << tr("row %1 (%2) “%3”").arg(row.row).arg(row.range, row.text.left(40));
    if (rows.size() > kNamed)
        named << tr("%n more", nullptr, int(rows.size() - kNamed));
    return tr("%n row(s) left out as headings or totals merged across the columns: %1.", nullptr, int(rows.size()))
        .arg(QLocale().createSeparatedList(named));
}

Status CustomerImporter::recordImport(QSqlDatabase db, const ImportSummary &summary, const ImportOptions &options)
{
    const ImportTarget target = options.target;
    // One audit entry for the whole import, in its transaction; the batch id names the import.
    AuditEntry entry;
    entry.action = AuditEntry::Action::Import;
    static const QHash<ImportTarget, QString> entities { { ImportTarget::Customers, QStringLiteral("customer") },
        { ImportTarget::Contacts, QStringLiteral("contact") }, { ImportTarget::Products, QStringLiteral("product") },
        { ImportTarget::Orders, QStringLiteral("order") } };
    entry.entity = entities.value(target);
    entry.batchId = AuditLog::newBatchId();
    entry.changes = QJsonObject { { QStringLiteral("rows"), summary.rows },
        { QStringLiteral("created"), summary.created }, { QStringLiteral("updated"), summary.updated },
        { QStringLiteral("skipped"), summary.skipped }, { QStringLiteral("joined_rows"), summary.joinedRows },
        { QStringLiteral("invalid_rows"), summary.invalidRows }, { QStringLiteral("format"), summary.fileFormat } };
    if (!options.source.isEmpty())
        entry.changes.insert(QStringLiteral("file"), options.source);
    if (!summary.leftOut.isEmpty()) {
        QStringList rows;
        for (const LeftOutRow &row : summary.leftOut)
            rows << QString::number(row.row);
        entry.changes.insert(QStringLiteral("left_out_rows"), rows.join(u','));
    }
    if (!summary.createdIds.isEmpty()) // which records came from the file: an import can be undone later
        entry.changes.insert(QStringLiteral("created_ids"), summary.createdIds.toString());
    return AuditLog(db).record(entry);
}

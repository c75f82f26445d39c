#include "SalesImporter.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Money.h"
#include "io/TableCell.h"
#include "io/TableReader.h"
#include "repo/LookupRepository.h"
#include "repo/OrderRepository.h"
#include "repo/ProductRepository.h"
#include "repo/SqlHelpers.h"
#include "services/QuoteCalculator.h"

#include <QSqlQuery>

#include <memory>
#include <vector>

namespace {

constexpr int kProgressEvery = 256;
constexpr double kReadingShare = 0.8; // of the progress bar, for orders (written once read)

QString fold(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

struct SalesImporter::PendingOrder
{
    QString number; // as in the file; empty: numbered by the book
    qint64 existingId = 0; // an order of the book with this number
    DuplicateAction action = DuplicateAction::Create;
    Order order;
    QList<QuoteLine> lines;
    QList<qint64> rows; // the file's row of each line, then of the bad ones
    QList<qint64> badRows;
    // Its terms, from whichever of its lines gives them.
    std::optional<qint64> discountRate;
    std::optional<qint64> charges;
    std::optional<qint64> chargesTaxRate;
    qint64 termsRow = 0; // the row that gave them first
};

struct SalesImporter::Session
{
    Session(const ImportMapping &mapping, const QStringList &headers, const ImportOptions &options)
        : options(options)
        , parser(mapping, headers)
    {
    }

    ImportOptions options;
    SalesRowParser parser;
    ImportSummary summary;
    bool write = false;
    QString defaultCurrency;
    QHash<QString, Product> productsByCode; // folded code -> the book's (and, when writing, the file's) products
    QHash<QString, Product> productsByName; // folded name; names used twice are in ambiguousNames
    QSet<QString> ambiguousNames;
    QHash<QString, qint64> fileProducts; // "c:" or "n:" + folded key -> earlier row of the file (checking)
    struct CustomerMatch
    {
        qint64 id = 0;
        qint64 ownerId = 0;
        int count = 0;
    };
    QHash<QString, CustomerMatch> customers; // folded name \x1f city -> what the book has
    std::unique_ptr<ImportOwners> owners;
    std::vector<PendingOrder> orders;
    QHash<QString, size_t> orderIndex; // number -> index in orders
    std::unique_ptr<QSqlQuery> customerByName, orderByNumber;
    std::unique_ptr<Transaction> transaction;
};

SalesImporter::SalesImporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SalesImporter::~SalesImporter() = default;

Result<ImportSummary> SalesImporter::check(
    TableReader &reader, const ImportMapping &mapping, const ImportOptions &options)
{
    return process(reader, mapping, options, false);
}

Result<ImportSummary> SalesImporter::run(
    TableReader &reader, const ImportMapping &mapping, const ImportOptions &options)
{
    return process(reader, mapping, options, true);
}

Status SalesImporter::prepare(Session &session)
{
    LookupRepository settings(m_db);
    session.defaultCurrency
        = settings.setting(QStringLiteral("quote_currency"), QStringLiteral("CNY")).value_or(QStringLiteral("CNY"));
    auto products = ProductRepository(m_db).list();
    if (!products)
        return products.error();
    for (const Product &product : products.value()) {
        if (!product.code.isEmpty())
            session.productsByCode.insert(fold(product.code), product);
        const QString name = fold(product.name);
        if (session.productsByName.contains(name))
            session.ambiguousNames.insert(name);
        session.productsByName.insert(name, product);
    }
    session.customerByName = std::make_unique<QSqlQuery>(m_db);
    session.orderByNumber = std::make_unique<QSqlQuery>(m_db);
    if (!session.customerByName->prepare(
            QStringLiteral("SELECT id, coalesce(owner_id, 0) FROM customers WHERE name = ? AND deleted_at IS NULL "
                           "AND (? = '' OR city = ?) LIMIT 2")))
        return sqlError(*session.customerByName, tr("Preparing the import"));
    if (!session.orderByNumber->prepare(
            QStringLiteral("SELECT id FROM orders WHERE number = ? AND deleted_at IS NULL")))
        return sqlError(*session.orderByNumber, tr("Preparing the import"));
    return {};
}

void SalesImporter::rowProblem(Session &session, const ImportProblem &problem)
{
    ++session.summary.invalidRows;
    session.summary.addProblem(problem);
}

Result<ImportSummary> SalesImporter::process(
    TableReader &reader, const ImportMapping &mapping, const ImportOptions &options, bool write)
{
    QVariantList cells;
    if (!reader.readRow(cells))
        return reader.error() ? *reader.error() : Error(tr("The file is empty: there is no header row."));
    QStringList headers;
    for (const QVariant &cell : std::as_const(cells))
        headers << ImportRowParser::cellText(cell);
    if (const QList<Error> problems = mapping.check(options.target); !problems.isEmpty())
        return problems.first();

    Session session(mapping, headers, options);
    session.write = write;
    session.owners = std::make_unique<ImportOwners>(m_db, write);
    session.summary.fileFormat = reader.formatDescription();
    if (Status status = prepare(session); !status)
        return status.error();
    if (write) {
        session.transaction = std::make_unique<Transaction>(m_db);
        if (Status status = session.transaction->begin(); !status)
            return status.error();
    }
    const bool orders = options.target == ImportTarget::Orders;
    while (reader.readRow(cells)) {
        const qint64 rowNumber = reader.rowNumber();
        if (++session.summary.rows % kProgressEvery == 0) {
            if (m_progress)
                m_progress(reader.progress() * (orders ? kReadingShare : 1.0));
            if (cancelled()) {
                session.summary.cancelled = true;
                return session.summary; // the transaction rolls back
            }
        }
        const Status status = orders ? orderLine(session, session.parser.parseOrderLine(cells, rowNumber), rowNumber)
                                     : productRow(session, session.parser.parseProduct(cells, rowNumber), rowNumber);
        if (!status)
            return Error(status.error().message, {}, int(rowNumber));
    }
    if (reader.error())
        return *reader.error();
    session.summary.leftOut = reader.leftOutRows();
    if (orders) {
        if (Status status = finishOrders(session); !status)
            return status.error();
        if (session.summary.cancelled)
            return session.summary;
    }
    if (m_progress)
        m_progress(1.0);
    if (!write || (session.summary.invalidRows > 0 && !options.validOnly))
        return session.summary; // nothing written, or all or nothing: rolled back
    if (Status audited = CustomerImporter::recordImport(m_db, session.summary, options); !audited)
        return audited.error();
    if (Status committed = session.transaction->commit(); !committed)
        return committed.error();
    session.summary.committed = true;
    return session.summary;
}

// --- Products ---

Status SalesImporter::productRow(Session &session, const ParsedProductRow &parsed, qint64 rowNumber)
{
    ImportSummary &summary = session.summary;
    if (!parsed.isValid()) {
        ++summary.invalidRows;
        for (const ImportProblem &problem : parsed.problems)
            summary.addProblem(problem);
        return {};
    }
    const Product &incoming = parsed.product;
    const bool byCode = !incoming.code.isEmpty();
    const QString key = byCode ? fold(incoming.code) : fold(incoming.name);
    const QString fileKey = (byCode ? QStringLiteral("c:") : QStringLiteral("n:")) + key;
    const auto &book = byCode ? session.productsByCode : session.productsByName;
    std::optional<Product> existing;
    if (const auto found = book.constFind(key); found != book.constEnd())
        existing = *found;
    const qint64 earlierRow = session.fileProducts.value(fileKey);
    DuplicateAction action = DuplicateAction::Create;
    if (existing || earlierRow > 0) {
        const DuplicateRule rule = byCode ? DuplicateRule::ProductCode : DuplicateRule::ProductName;
        action = session.options.onDuplicate[int(rule)];
        if (byCode && action == DuplicateAction::Create) {
            rowProblem(session,
                session.parser.problem(rowNumber, ImportField::ProductCode, incoming.code,
                    tr("The code %1 is already used by \"%2\": skip or update such rows, or give this product a code "
                       "of "
                       "its own.")
                        .arg(incoming.code, existing ? existing->name : tr("row %1").arg(earlierRow))));
            return {};
        }
        // While writing, the earlier row's product is in the book already: the match names it, as checking does.
        summary.addDuplicate({ rowNumber, rule, incoming.name, existing && earlierRow == 0 ? existing->id : 0,
            earlierRow, existing ? existing->name : QString(), action, {} });
        if (action == DuplicateAction::Skip) {
            ++summary.skipped;
            return {};
        }
    }
    Product product = action == DuplicateAction::Update && existing ? *existing : Product();
    const bool update = action == DuplicateAction::Update;
    auto given = [&](ImportField field) { return !update || parsed.given.contains(field); };
    const QList<std::pair<ImportField, QString Product::*>> texts { { ImportField::ProductCode, &Product::code },
        { ImportField::ProductName, &Product::name }, { ImportField::ProductDescription, &Product::description },
        { ImportField::ProductUnit, &Product::unit }, { ImportField::ProductCategory, &Product::category } };
    for (const auto &[field, member] : texts) {
        // A code matched whatever its letter case keeps the book's spelling.
        if (given(field) && !(update && byCode && field == ImportField::ProductCode))
            product.*member = incoming.*member;
    }
    if (given(ImportField::TaxRate))
        product.taxRate = incoming.taxRate;
    if (given(ImportField::ProductActive))
        product.active = parsed.given.contains(ImportField::ProductActive) ? incoming.active : true;
    if (!incoming.currency.isEmpty())
        product.currency = incoming.currency;
    else if (!update || !existing)
        product.currency = session.defaultCurrency;
    const int decimals = Money::decimals(product.currency);
    QList<ImportProblem> problems;
    for (const auto &[field, text, member] :
        { std::tuple { ImportField::UnitPrice, parsed.unitPriceText, &Product::unitPrice },
            std::tuple { ImportField::CostPrice, parsed.costPriceText, &Product::costPrice } }) {
        if (text.isEmpty())
            continue;
        const auto amount = SalesRowParser::parseMoney(text, decimals);
        if (amount)
            product.*member = amount.value();
        else
            problems << session.parser.problem(rowNumber, field, text, amount.error().message);
    }
    if (!problems.isEmpty()) {
        ++summary.invalidRows;
        for (const ImportProblem &problem : std::as_const(problems))
            summary.addProblem(problem);
        return {};
    }
    ++(update ? summary.updated : summary.created);
    if (!session.fileProducts.contains(fileKey))
        session.fileProducts.insert(fileKey, rowNumber);
    if (!session.write)
        return {};
    auto id = ProductRepository(m_db).save(product);
    if (!id)
        return id.error();
    if (!update)
        summary.createdIds.add(id.value());
    product.id = id.value();
    // Later rows (and the sales lines of an orders import) see the product as the book now has it.
    if (!product.code.isEmpty())
        session.productsByCode.insert(fold(product.code), product);
    session.productsByName.insert(fold(product.name), product);
    return {};
}

// --- Orders ---

Result<qint64> SalesImporter::customerOf(Session &session, const ParsedOrderLine &line, qint64 rowNumber)
{
    const QString key = fold(line.customerName) + QChar(0x1f) + fold(line.city);
    auto found = session.customers.find(key);
    if (found == session.customers.end()) {
        QSqlQuery &query = *session.customerByName;
        query.bindValue(0, SqlHelpers::text(line.customerName));
        query.bindValue(1, SqlHelpers::text(line.city));
        query.bindValue(2, SqlHelpers::text(line.city));
        if (!query.exec())
            return sqlError(query, tr("Looking for the customer"));
        Session::CustomerMatch match;
        while (query.next()) {
            ++match.count;
            match.id = query.value(0).toLongLong();
            match.ownerId = query.value(1).toLongLong();
        }
        query.finish();
        found = session.customers.insert(key, match);
    }
    if (found->count == 1)
        return found->id;
    rowProblem(session,
        session.parser.problem(rowNumber, ImportField::Name, line.customerName,
            found->count == 0 ? tr("There is no customer named \"%1\" in the book: import the customers first.")
                                    .arg(line.customerName)
                              : tr("Several customers are named \"%1\": add a City column to tell them apart.")
                                    .arg(line.customerName)));
    return qint64(0);
}

// The catalogue's product the line names, or none for a free-text line; a problem when the name is ambiguous or
// the code unknown (a code is precise: a typo must not become a free-text line).
std::optional<Product> SalesImporter::productOf(Session &session, const ParsedOrderLine &line, qint64 rowNumber)
{
    if (!line.productCode.isEmpty()) {
        if (const auto found = session.productsByCode.constFind(fold(line.productCode));
            found != session.productsByCode.constEnd())
            return *found;
        rowProblem(session,
            session.parser.problem(rowNumber, ImportField::ProductCode, line.productCode,
                tr("No product in the catalogue has the code %1: import the products first.").arg(line.productCode)));
        return std::nullopt;
    }
    const QString name = fold(line.productName);
    if (session.ambiguousNames.contains(name)) {
        rowProblem(session,
            session.parser.problem(rowNumber, ImportField::ProductName, line.productName,
                tr("Several products are named \"%1\": add a column with their codes.").arg(line.productName)));
        return std::nullopt;
    }
    if (const auto found = session.productsByName.constFind(name); found != session.productsByName.constEnd())
        return *found;
    return Product(); // free text
}

// The order the line belongs to, new or seen before; nullptr when the line disagrees with its order's first row
// (the problem is recorded and the order marked bad).
SalesImporter::PendingOrder *SalesImporter::orderFor(
    Session &session, const ParsedOrderLine &line, qint64 customerId, qint64 rowNumber)
{
    if (!line.orderNumber.isEmpty()) {
        if (const auto found = session.orderIndex.constFind(line.orderNumber); found != session.orderIndex.constEnd()) {
            PendingOrder &pending = session.orders[*found];
            const qint64 first = pending.rows.value(0, rowNumber);
            std::optional<ImportProblem> problem;
            if (pending.order.customerId != customerId)
                problem = session.parser.problem(rowNumber, ImportField::Name, line.customerName,
                    tr("Order %1 is for another customer on row %2.").arg(line.orderNumber).arg(first));
            else if (pending.order.date != line.date)
                problem = session.parser.problem(rowNumber, ImportField::OrderDate, line.date.toString(Qt::ISODate),
                    tr("Order %1 has another date on row %2.").arg(line.orderNumber).arg(first));
            if (problem) {
                rowProblem(session, *problem);
                pending.badRows << rowNumber;
                return nullptr;
            }
            return &pending;
        }
    }
    PendingOrder pending;
    pending.number = line.orderNumber;
    pending.order.customerId = customerId;
    pending.order.date = line.date;
    pending.order.channel = line.channel;
    if (!line.orderNumber.isEmpty()) {
        QSqlQuery &query = *session.orderByNumber;
        query.bindValue(0, line.orderNumber);
        if (query.exec() && query.next())
            pending.existingId = query.value(0).toLongLong();
        query.finish();
        if (pending.existingId > 0) {
            pending.action = session.options.onDuplicate[int(DuplicateRule::OrderNumber)];
            session.summary.addDuplicate({ rowNumber, DuplicateRule::OrderNumber, line.orderNumber, pending.existingId,
                0, line.orderNumber, pending.action, {} });
        }
        session.orderIndex.insert(line.orderNumber, session.orders.size());
    }
    session.orders.push_back(std::move(pending));
    return &session.orders.back();
}

// The order's discount and charges as a line gives them; another line of the same order may repeat them, not
// change them.
std::optional<ImportProblem> SalesImporter::takeOrderTerms(
    Session &session, PendingOrder &pending, const ParsedOrderLine &line, const QString &currency, qint64 rowNumber)
{
    const auto take = [&](std::optional<qint64> &kept, std::optional<qint64> given, ImportField field,
                          const QString &text) -> std::optional<ImportProblem> {
        if (!given)
            return std::nullopt;
        if (kept && *kept != *given)
            return session.parser.problem(rowNumber, field, text,
                tr("Order %1 has another value here on row %2.").arg(line.orderNumber).arg(pending.termsRow));
        kept = given;
        if (pending.termsRow == 0)
            pending.termsRow = rowNumber;
        return std::nullopt;
    };
    const auto percentText = [](std::optional<qint64> basisPoints) {
        QString text;
        if (basisPoints)
            TableCell::appendPercent(text, double(*basisPoints) / 10'000.0); // as the export writes it
        return text;
    };
    if (auto problem
        = take(pending.discountRate, line.orderDiscount, ImportField::OrderDiscount, percentText(line.orderDiscount)))
        return problem;
    if (!line.chargesText.isEmpty()) {
        const auto charges = SalesRowParser::parseMoney(line.chargesText, Money::decimals(currency));
        if (!charges)
            return session.parser.problem(rowNumber, ImportField::Charges, line.chargesText, charges.error().message);
        if (auto problem = take(pending.charges, charges.value(), ImportField::Charges, line.chargesText))
            return problem;
    }
    return take(
        pending.chargesTaxRate, line.chargesTaxRate, ImportField::ChargesTaxRate, percentText(line.chargesTaxRate));
}

Status SalesImporter::orderLine(Session &session, const ParsedOrderLine &line, qint64 rowNumber)
{
    auto markBad = [&] {
        if (const auto found = session.orderIndex.constFind(line.orderNumber); found != session.orderIndex.constEnd())
            session.orders[*found].badRows << rowNumber;
    };
    if (!line.isValid()) {
        ++session.summary.invalidRows;
        for (const ImportProblem &problem : line.problems)
            session.summary.addProblem(problem);
        markBad();
        return {};
    }
    const qint64 invalidBefore = session.summary.invalidRows;
    auto customer = customerOf(session, line, rowNumber);
    if (!customer)
        return customer.error();
    const std::optional<Product> product = customer.value() > 0 ? productOf(session, line, rowNumber) : std::nullopt;
    if (session.summary.invalidRows > invalidBefore) {
        markBad();
        return {};
    }
    const QString currency = !line.currency.isEmpty() ? line.currency
        : product->id > 0                             ? product->currency
                                                      : session.defaultCurrency;
    QuoteLine quoteLine;
    quoteLine.productId = product->id;
    quoteLine.code = product->code;
    quoteLine.description = product->id > 0 ? product->name : line.productName;
    quoteLine.quantity = line.quantity;
    quoteLine.discount = line.discount;
    quoteLine.taxRate = line.taxRate.value_or(product->id > 0 ? product->taxRate : 0);
    const bool catalogueCurrency = product->id > 0 && product->currency == currency;
    quoteLine.unitCost = catalogueCurrency ? product->costPrice : 0;
    std::optional<ImportProblem> problem;
    if (!line.unitPriceText.isEmpty()) {
        const auto price = SalesRowParser::parseMoney(line.unitPriceText, Money::decimals(currency));
        if (price)
            quoteLine.unitPrice = price.value();
        else
            problem
                = session.parser.problem(rowNumber, ImportField::UnitPrice, line.unitPriceText, price.error().message);
    } else if (catalogueCurrency) {
        quoteLine.unitPrice = product->unitPrice;
    } else {
        problem = session.parser.problem(rowNumber, ImportField::UnitPrice, {},
            product->id > 0 ? tr("The catalogue's price of \"%1\" is in %2, the order in %3: give the unit price.")
                                  .arg(product->name, product->currency, currency)
                            : tr("\"%1\" is not in the catalogue: give its unit price.").arg(line.productName));
    }
    if (!problem && !line.unitCostText.isEmpty()) {
        // What the goods cost then, as an exported history says; else today's catalogue cost.
        const auto cost = SalesRowParser::parseMoney(line.unitCostText, Money::decimals(currency));
        if (cost)
            quoteLine.unitCost = cost.value();
        else
            problem
                = session.parser.problem(rowNumber, ImportField::CostPrice, line.unitCostText, cost.error().message);
    }
    PendingOrder *pending = nullptr;
    if (!problem) {
        pending = orderFor(session, line, customer.value(), rowNumber);
        if (!pending)
            return {};
        if (pending->lines.isEmpty())
            pending->order.currency = currency;
        else if (pending->order.currency != currency)
            problem = session.parser.problem(rowNumber, ImportField::Currency, currency,
                tr("Order %1 is in %2 on row %3.")
                    .arg(line.orderNumber, pending->order.currency)
                    .arg(pending->rows.value(0)));
    }
    if (!problem)
        problem = takeOrderTerms(session, *pending, line, currency, rowNumber);
    if (problem) {
        rowProblem(session, *problem);
        if (pending)
            pending->badRows << rowNumber;
        else
            markBad();
        return {};
    }
    if (pending->lines.isEmpty()) {
        const QString owner = line.ownerName;
        auto owned = owner.isEmpty()
            ? Result<qint64>(session.customers.value(fold(line.customerName) + QChar(0x1f) + fold(line.city)).ownerId)
            : session.owners->id(owner, session.summary.newOwners);
        if (!owned)
            return owned.error();
        pending->order.ownerId = owned.value();
    }
    pending->lines << quoteLine;
    pending->rows << rowNumber;
    return {};
}

Status SalesImporter::finishOrders(Session &session)
{
    ImportSummary &summary = session.summary;
    const size_t count = session.orders.size();
    for (size_t i = 0; i < count; ++i) {
        if (i % kProgressEvery == 0) {
            if (m_progress)
                m_progress(kReadingShare + (1 - kReadingShare) * double(i) / double(count));
            if (cancelled()) {
                summary.cancelled = true;
                return {};
            }
        }
        const PendingOrder &pending = session.orders[i];
        if (pending.lines.isEmpty())
            continue; // every row of it had a problem
        if (!pending.badRows.isEmpty()) {
            // An order is imported whole or not at all: its good lines are left out with it.
            for (qint64 row : pending.rows) {
                rowProblem(session,
                    { row, 0, {}, {},
                        tr("Left out with order %1, whose row %2 has a problem.")
                            .arg(pending.number)
                            .arg(pending.badRows.first()) });
            }
            continue;
        }
        if (pending.existingId > 0 && pending.action == DuplicateAction::Skip) {
            ++summary.skipped;
            continue;
        }
        if (Status status = writeOrder(session, pending); !status)
            return status;
    }
    return {};
}

Status SalesImporter::writeOrder(Session &session, const PendingOrder &pending)
{
    Quote quote;
    quote.currency = pending.order.currency;
    quote.lines = pending.lines;
    quote.discount = pending.discountRate.value_or(0);
    quote.charges = pending.charges.value_or(0);
    quote.chargesTaxRate = pending.chargesTaxRate.value_or(0);
    const auto totals = QuoteCalculator::compute(quote);
    if (!totals) {
        rowProblem(session, { pending.rows.first(), 0, {}, {}, totals.error().message });
        return {};
    }
    const bool replace = pending.existingId > 0 && pending.action == DuplicateAction::Update;
    ++(replace ? session.summary.updated : session.summary.created);
    if (!session.write || (session.summary.invalidRows > 0 && !session.options.validOnly))
        return {};
    Order order = pending.order;
    order.number = pending.existingId > 0 ? QString() : pending.number; // Create: the book's next number
    QuoteCalculator::fillOrder(order, quote, totals.value());
    if (replace)
        return OrderRepository(m_db).replace(pending.existingId, order);
    auto id = OrderRepository(m_db).insert(order);
    if (!id)
        return id.error();
    session.summary.createdIds.add(id.value());
    return {};
}

Result<ImportSummary> importTable(QSqlDatabase db, TableReader &reader, const ImportMapping &mapping,
    const ImportOptions &options, bool write, const std::function<void(double)> &progress,
    const std::atomic_bool *cancel)
{
    if (options.target == ImportTarget::Products || options.target == ImportTarget::Orders) {
        SalesImporter importer(db);
        importer.setProgressHandler(progress);
        importer.setCancelFlag(cancel);
        return write ? importer.run(reader, mapping, options) : importer.check(reader, mapping, options);
    }
    CustomerImporter importer(db);
    importer.setProgressHandler(progress);
    importer.setCancelFlag(cancel);
    return write ? importer.run(reader, mapping, options) : importer.check(reader, mapping, options);
}

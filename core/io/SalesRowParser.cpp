#include "SalesRowParser.h"
#include "Clock.h"
#include "domain/Money.h"
#include "repo/OrderRepository.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

SalesRowParser::SalesRowParser(ImportMapping mapping, QStringList headers)
    : m_mapping(std::move(mapping))
    , m_headers(std::move(headers))
{
}

QString SalesRowParser::text(const QVariantList &cells, ImportField field) const
{
    const int column = m_mapping.columnOf(field);
    return column >= 0 && column < cells.size() ? ImportRowParser::cellText(cells[column]) : QString();
}

ImportProblem SalesRowParser::problem(
    qint64 rowNumber, ImportField field, const QString &value, const QString &message) const
{
    const int column = m_mapping.columnOf(field);
    ImportProblem problem;
    problem.row = rowNumber;
    problem.message = message;
    if (column >= 0) {
        problem.column = column + 1;
        problem.header = m_headers.value(column);
        problem.value = value;
    }
    return problem;
}

void SalesRowParser::addProblem(QList<ImportProblem> &problems, qint64 rowNumber, ImportField field,
    const QVariantList &cells, const QString &message) const
{
    problems << problem(rowNumber, field, text(cells, field), message);
}

Result<qint64> SalesRowParser::parseMoney(const QString &text, int decimals)
{
    static const QRegularExpression signs(
        QStringLiteral("^(?:NT\\$|HK\\$|US\\$|RMB|CNY|TWD|HKD|USD|EUR|[¥￥$€£])\\s*|\\s*(?:元|圆|圓|块|塊)$"),
        QRegularExpression::CaseInsensitiveOption);
    QString plain = text.trimmed();
    plain.remove(signs);
    plain.remove(QLatin1Char(' '));
    if (const qsizetype point = plain.indexOf(QLatin1Char('.')); point >= 0) {
        while (plain.endsWith(QLatin1Char('0')) && plain.size() - point - 1 > decimals)
            plain.chop(1); // "12.500" is 12.50
        if (plain.endsWith(QLatin1Char('.')))
            plain.chop(1);
    }
    auto amount = Money::parse(plain, decimals);
    if (!amount)
        return Error(QString(amount.error().message)
                         .replace(QLatin1Char('"') + plain + QLatin1Char('"'),
                             QLatin1Char('"') + text.trimmed() + QLatin1Char('"')));
    if (amount.value() < 0)
        return Error(tr("\"%1\" is below zero.").arg(text.trimmed()));
    return amount;
}

std::optional<qint64> SalesRowParser::parsePercent(const QString &text, bool discount)
{
    static const QRegularExpression zhe(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*折$"));
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(' '));
    double percent = 0;
    bool ok = false;
    if (const auto match = zhe.match(plain); discount && match.hasMatch()) {
        // "9折" is 90% of the price; "85折" 85%.
        double paid = match.captured(1).toDouble(&ok);
        if (paid >= 10)
            paid /= 10;
        percent = 100 - paid * 10;
    } else if (plain.endsWith(QLatin1Char('%')) || plain.endsWith(QChar(0xff05))) {
        percent = QLocale::c().toDouble(plain.chopped(1), &ok);
    } else {
        percent = QLocale::c().toDouble(plain, &ok);
        if (ok && percent > 0 && percent < 1)
            percent *= 100; // 0.13 as a fraction: Excel's percent cells are read so
    }
    if (!ok || !std::isfinite(percent) || percent < 0 || percent > 100)
        return std::nullopt;
    return qint64(std::llround(percent * 100));
}

std::optional<QString> SalesRowParser::parseChannel(const QString &text)
{
    static const QHash<QString, QString> channels = [] {
        QHash<QString, QString> map;
        const QList<std::pair<const char *, const char *>> table {
            { "direct", "direct|store|shop|retail|直销|门店|店铺|零售|直銷|門市|門店|零售" },
            { "online", "online|web|internet|ecommerce|e-commerce|网店|网上|线上|电商|網店|網路|線上|電商" },
            { "distributor", "distributor|dealer|reseller|wholesale|经销商|分销|代理|批发|經銷商|分銷|代理商|批發" },
            { "phone", "phone|telephone|telesales|电话|电销|電話|電銷" },
        };
        for (const auto &[key, names] : table) {
            for (const QString &name : QString::fromUtf8(names).split(QLatin1Char('|')))
                map.insert(name, QString::fromLatin1(key));
        }
        return map;
    }();
    const QString key = text.trimmed().toCaseFolded();
    if (key.isEmpty())
        return QStringLiteral("direct");
    for (const QString &channel : OrderRepository::channels()) {
        if (OrderChannel::displayName(channel).toCaseFolded() == key)
            return channel;
    }
    const auto found = channels.constFind(key);
    return found != channels.constEnd() ? std::optional(*found) : std::nullopt;
}

std::optional<qint64> SalesRowParser::percent(
    const QVariantList &cells, qint64 rowNumber, ImportField field, bool discount, QList<ImportProblem> &problems) const
{
    const QString value = text(cells, field);
    if (value.isEmpty())
        return std::nullopt;
    const auto parsed = parsePercent(value, discount);
    if (!parsed) {
        addProblem(problems, rowNumber, field, cells,
            discount ? tr("\"%1\" is not a discount between 0% and 100% (write 10%, 0.1 or 9折).").arg(value)
                     : tr("\"%1\" is not a tax rate between 0% and 100% (write 13% or 0.13).").arg(value));
    }
    return parsed;
}

QString SalesRowParser::currency(const QVariantList &cells, qint64 rowNumber, QList<ImportProblem> &problems) const
{
    static const QHash<QString, QString> names { { QStringLiteral("人民币"), QStringLiteral("CNY") },
        { QStringLiteral("人民幣"), QStringLiteral("CNY") }, { QStringLiteral("RMB"), QStringLiteral("CNY") },
        { QStringLiteral("新台币"), QStringLiteral("TWD") }, { QStringLiteral("新台幣"), QStringLiteral("TWD") },
        { QStringLiteral("NTD"), QStringLiteral("TWD") }, { QStringLiteral("港币"), QStringLiteral("HKD") },
        { QStringLiteral("港幣"), QStringLiteral("HKD") }, { QStringLiteral("美元"), QStringLiteral("USD") },
        { QStringLiteral("欧元"), QStringLiteral("EUR") }, { QStringLiteral("歐元"), QStringLiteral("EUR") },
        { QStringLiteral("日元"), QStringLiteral("JPY") }, { QStringLiteral("日圓"), QStringLiteral("JPY") } };
    const QString value = text(cells, ImportField::Currency);
    const QString code = names.value(value.toUpper(), value.toUpper());
    if (!code.isEmpty() && Money::decimals(code) < 0) {
        addProblem(problems, rowNumber, ImportField::Currency, cells,
            tr("\"%1\" is not a currency this version knows (%2).")
                .arg(value, Money::currencies().join(QStringLiteral(", "))));
        return {};
    }
    return code;
}

ParsedProductRow SalesRowParser::parseProduct(const QVariantList &cells, qint64 rowNumber) const
{
    ParsedProductRow row;
    for (int column = 0; column < m_mapping.columnCount() && column < cells.size(); ++column) {
        if (m_mapping.field(column) != ImportField::Ignore && !ImportRowParser::cellText(cells[column]).isEmpty())
            row.given << m_mapping.field(column);
    }
    Product &product = row.product;
    product.code = text(cells, ImportField::ProductCode);
    product.name = text(cells, ImportField::ProductName);
    product.description = text(cells, ImportField::ProductDescription);
    product.unit = text(cells, ImportField::ProductUnit);
    product.category = text(cells, ImportField::ProductCategory);
    product.currency = currency(cells, rowNumber, row.problems);
    row.unitPriceText = text(cells, ImportField::UnitPrice);
    row.costPriceText = text(cells, ImportField::CostPrice);
    if (const QString active = text(cells, ImportField::ProductActive); !active.isEmpty()) {
        if (const auto offered = ImportRowParser::parseYesNo(active))
            product.active = *offered;
        else
            addProblem(row.problems, rowNumber, ImportField::ProductActive, cells,
                tr("\"%1\" is neither yes nor no (TRUE or FALSE).").arg(active));
    }
    if (product.name.isEmpty())
        addProblem(row.problems, rowNumber, ImportField::ProductName, cells, tr("The product's name is required."));
    if (const auto rate = percent(cells, rowNumber, ImportField::TaxRate, false, row.problems))
        product.taxRate = *rate;
    // The prices' decimals depend on the currency, which may be the book's product's: checked by the importer.
    std::stable_sort(row.problems.begin(), row.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.column < b.column; });
    return row;
}

ParsedOrderLine SalesRowParser::parseOrderLine(const QVariantList &cells, qint64 rowNumber) const
{
    ParsedOrderLine line;
    line.orderNumber = text(cells, ImportField::OrderNumber);
    line.customerName = text(cells, ImportField::Name);
    line.city = text(cells, ImportField::City);
    line.productCode = text(cells, ImportField::ProductCode);
    line.productName = text(cells, ImportField::ProductName);
    line.unitPriceText = text(cells, ImportField::UnitPrice);
    line.unitCostText = text(cells, ImportField::CostPrice);
    line.ownerName = text(cells, ImportField::Owner);
    line.currency = currency(cells, rowNumber, line.problems);
    if (line.customerName.isEmpty())
        addProblem(line.problems, rowNumber, ImportField::Name, cells, tr("The customer's name is required."));

    const int dateColumn = m_mapping.columnOf(ImportField::OrderDate);
    const QString dateText = text(cells, ImportField::OrderDate);
    line.date = dateColumn >= 0 && dateColumn < cells.size() ? ImportRowParser::parseDateTime(cells[dateColumn]).date()
                                                             : QDate();
    if (dateText.isEmpty())
        addProblem(line.problems, rowNumber, ImportField::OrderDate, cells, tr("The order date is required."));
    else if (!line.date.isValid())
        addProblem(line.problems, rowNumber, ImportField::OrderDate, cells,
            tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(dateText));
    else if (line.date > Clock::instance().today().addDays(1)) // a day for time zones
        addProblem(line.problems, rowNumber, ImportField::OrderDate, cells,
            tr("\"%1\" is in the future: the sales history holds what was sold.").arg(dateText));

    if (line.productCode.isEmpty() && line.productName.isEmpty()) {
        addProblem(line.problems, rowNumber,
            m_mapping.columnOf(ImportField::ProductCode) >= 0 ? ImportField::ProductCode : ImportField::ProductName,
            cells, tr("The row names no product (a code or a name)."));
    }
    const QString quantity = text(cells, ImportField::Quantity);
    const auto parsedQuantity = SalesRowParser::parseMoney(quantity, 3);
    if (quantity.isEmpty())
        addProblem(line.problems, rowNumber, ImportField::Quantity, cells, tr("The quantity is required."));
    else if (!parsedQuantity || parsedQuantity.value() == 0)
        addProblem(line.problems, rowNumber, ImportField::Quantity, cells,
            tr("\"%1\" is not a quantity above zero (with at most 3 decimals).").arg(quantity));
    else
        line.quantity = parsedQuantity.value();
    line.discount = percent(cells, rowNumber, ImportField::Discount, true, line.problems).value_or(0);
    line.taxRate = percent(cells, rowNumber, ImportField::TaxRate, false, line.problems);
    line.orderDiscount = percent(cells, rowNumber, ImportField::OrderDiscount, true, line.problems);
    line.chargesText = text(cells, ImportField::Charges);
    line.chargesTaxRate = percent(cells, rowNumber, ImportField::ChargesTaxRate, false, line.problems);
    const QString channel = text(cells, ImportField::Channel);
    if (const auto parsed = parseChannel(channel))
        line.channel = *parsed;
    else
        addProblem(line.problems, rowNumber, ImportField::Channel, cells,
            tr("\"%1\" is not a sales channel (direct, online, distributor or phone).").arg(channel));
    std::stable_sort(line.problems.begin(), line.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.column < b.column; });
    return line;
}

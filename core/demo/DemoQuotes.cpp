#include "DemoQuotes.h"
#include "db/BulkStatement.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "repo/DocumentNumbers.h"
#include "services/QuoteCalculator.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>
#include <random>

namespace {

struct CatalogueItem
{
    const char *code;
    const char *name;
    const char *unit;
    qint64 price; // fen
    int costPercent;
    int taxRate; // basis points
    const char *category;
};

// Prices in fen; US customers are quoted in dollars at about 7 yuan each.
const CatalogueItem kCatalogue[] = {
    { "HW-LP200", "热敏标签打印机 Thermal label printer", "台 unit", 129900, 62, 1300, "硬件 Hardware" },
    { "HW-LP300", "工业标签打印机 Industrial label printer", "台 unit", 459900, 65, 1300, "硬件 Hardware" },
    { "HW-SC10", "无线扫码枪 Wireless barcode scanner", "把 pc", 39900, 55, 1300, "硬件 Hardware" },
    { "HW-SC20", "工业扫码器 Industrial scanner", "台 unit", 158000, 60, 1300, "硬件 Hardware" },
    { "HW-POS1", "收银一体机 POS terminal", "台 unit", 368000, 68, 1300, "硬件 Hardware" },
    { "HW-PDA5", "手持数据终端 Handheld data terminal", "台 unit", 289900, 64, 1300, "硬件 Hardware" },
    { "HW-RFID", "RFID读写器 RFID reader", "台 unit", 219900, 58, 1300, "硬件 Hardware" },
    { "HW-CD01", "钱箱 Cash drawer", "个 pc", 45000, 50, 1300, "硬件 Hardware" },
    { "HW-DSP2", "客显屏 Customer display", "台 unit", 68000, 57, 1300, "硬件 Hardware" },
    { "HW-SCL3", "电子计价秤 Retail scale", "台 unit", 126000, 63, 1300, "硬件 Hardware" },
    { "CS-LB40", "热敏标签 40×30mm Thermal labels", "卷 roll", 1800, 40, 1300, "耗材 Supplies" },
    { "CS-LB60", "热敏标签 60×40mm Thermal labels", "卷 roll", 2600, 40, 1300, "耗材 Supplies" },
    { "CS-RB01", "碳带 110mm Ribbon", "卷 roll", 3500, 45, 1300, "耗材 Supplies" },
    { "CS-RP80", "收银纸 80mm Receipt paper", "箱 box", 12000, 48, 1300, "耗材 Supplies" },
    { "CS-RFT", "RFID标签 RFID tags (1000)", "盒 box", 89000, 52, 1300, "耗材 Supplies" },
    { "CS-CLN", "打印头清洁笔 Print head cleaning pen", "支 pc", 1500, 30, 1300, "耗材 Supplies" },
    { "SW-POS", "门店收银软件 POS software licence", "套 licence", 198000, 10, 600, "软件 Software" },
    { "SW-WMS", "仓储管理系统 Warehouse management system", "套 licence", 1280000, 12, 600, "软件 Software" },
    { "SW-LBL", "标签设计软件 Label design software", "套 licence", 49900, 8, 600, "软件 Software" },
    { "SW-CLD", "云端库存服务 Cloud inventory (year)", "年 year", 360000, 20, 600, "软件 Software" },
    { "SW-API", "接口对接包 Integration pack", "套 pack", 580000, 15, 600, "软件 Software" },
    { "SV-INST", "上门安装 On-site installation", "次 visit", 80000, 35, 600, "服务 Services" },
    { "SV-TRN", "操作培训 Training (half day)", "次 session", 120000, 30, 600, "服务 Services" },
    { "SV-CONS", "实施顾问 Implementation consulting", "天 day", 300000, 45, 600, "服务 Services" },
    { "SV-MNT1", "年度维保 Annual maintenance", "年 year", 260000, 25, 600, "服务 Services" },
    { "SV-RPR", "维修服务 Repair service", "次 job", 35000, 40, 600, "服务 Services" },
    { "SV-DATA", "数据迁移 Data migration", "项 job", 450000, 35, 600, "服务 Services" },
    { "SV-SUP", "远程支持 Remote support (10 h)", "包 pack", 150000, 30, 600, "服务 Services" },
    { "AC-STD", "打印机支架 Printer stand", "个 pc", 26000, 45, 1300, "配件 Accessories" },
    { "AC-CBL", "USB数据线 USB cable", "条 pc", 3000, 35, 1300, "配件 Accessories" },
    { "AC-BAT", "PDA电池 PDA battery", "块 pc", 22000, 50, 1300, "配件 Accessories" },
    { "AC-CRD", "充电座 Charging cradle", "个 pc", 48000, 52, 1300, "配件 Accessories" },
    { "AC-HLS", "扫码枪支架 Scanner holder", "个 pc", 8000, 40, 1300, "配件 Accessories" },
    { "AC-CASE", "防护套 Protective case", "个 pc", 12000, 38, 1300, "配件 Accessories" },
    { "AC-PSU", "电源适配器 Power adapter", "个 pc", 15000, 42, 1300, "配件 Accessories" },
    { "LG-SHIP", "物流配送 Delivery", "次 trip", 20000, 70, 900, "物流 Logistics" },
    { "LG-EXP", "加急配送 Express delivery", "次 trip", 50000, 72, 900, "物流 Logistics" },
    { "LG-INS", "运输保险 Transit insurance", "单 order", 8000, 60, 600, "物流 Logistics" },
    { "PK-STR", "门店入门套装 Store starter kit", "套 kit", 699000, 60, 1300, "套装 Bundles" },
    { "PK-WH", "仓库标签套装 Warehouse labelling kit", "套 kit", 1590000, 58, 1300, "套装 Bundles" },
};
constexpr int kCatalogueSize = int(std::size(kCatalogue));

const char *const kTerms = "Payment within 30 days of invoice. Delivery 7 working days after order.\n"
                           "付款方式：开票后30天内付款。交货期：下单后7个工作日。";

struct Buyer
{
    qint64 id;
    qint64 ownerId;
    bool chinese;
    QDate since;
};

struct PlannedOrder
{
    QDate date;
    int buyer;
    quint64 seed;
};

class Writer
{
public:
    Writer(const QSqlDatabase &db, quint64 seed, const QDate &today, const std::function<QString()> &uuid)
        : m_db(db)
        , m_rng(seed ^ 0x51c0ffee)
        , m_today(today)
        , m_uuid(uuid)
    {
    }

    Status run();

private:
    int below(int n) { return int(m_rng() % quint64(n)); }
    Status prepare();
    Status readBuyers();
    Status writeProducts();
    QList<QuoteLine> makeLines(std::mt19937_64 &rng, bool chinese) const;
    Result<qint64> writeOrder(const QString &number, const Buyer &buyer, const QDate &date, qint64 quoteId,
        const QList<QuoteLine> &lines, const QString &currency, const QString &channel);
    Status writeQuotes();
    Status writeOrders();
    Status writeCounter(const QString &kind, const QString &period, qint64 value);
    Error failed(const BulkStatement &statement, const QString &doing) const
    {
        return Error { QCoreApplication::translate("DemoQuotes", "%1 failed: %2").arg(doing, statement.errorText()) };
    }

    QSqlDatabase m_db;
    std::mt19937_64 m_rng;
    QDate m_today;
    std::function<QString()> m_uuid;
    QString m_now;
    QList<Buyer> m_buyers;
    qint64 m_productIds[kCatalogueSize] = {};
    std::map<int, qint64> m_orderCounters; // year -> last number
    std::unique_ptr<BulkStatement> m_product, m_quote, m_quoteLine, m_order, m_orderLine;
};

Status Writer::prepare()
{
    Error error;
    m_product = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO products (uuid, code, name, unit, currency, unit_price, cost_price, tax_rate, "
                       "category, active, created_at, updated_at) VALUES (?, ?, ?, ?, 'CNY', ?, ?, ?, ?, 1, ?, ?)"),
        &error);
    m_quote = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO quotes (uuid, number, customer_id, owner_id, quote_date, valid_until, currency, "
                       "status, terms, subtotal, discount, tax, total, cost, sent_at, decided_at, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    m_quoteLine = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO quote_lines (quote_id, position, product_id, code, description, unit, quantity, "
                       "unit_price, discount_rate, tax_rate, unit_cost, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        &error);
    m_order = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO orders (uuid, number, customer_id, quote_id, owner_id, order_date, currency, "
                       "channel, subtotal, discount, charges, tax, total, cost, created_at, updated_at) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?)"),
        &error);
    m_orderLine = BulkStatement::prepare(m_db,
        QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, description, quantity, unit_price, "
                       "discount_rate, tax_rate, unit_cost, amount, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!m_product || !m_quote || !m_quoteLine || !m_order || !m_orderLine)
        return error;
    return {};
}

Status Writer::readBuyers()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, coalesce(owner_id, 0), name, created_at FROM customers WHERE "
                                   "deleted_at IS NULL ORDER BY id")))
        return sqlError(query, QCoreApplication::translate("DemoQuotes", "Reading the demo customers"));
    while (query.next()) {
        const QString name = query.value(2).toString();
        m_buyers << Buyer { query.value(0).toLongLong(), query.value(1).toLongLong(),
            !name.isEmpty() && name.at(0).unicode() > 0x2e80,
            QDate::fromString(query.value(3).toString().left(10), Qt::ISODate) };
    }
    return {};
}

Status Writer::writeProducts()
{
    for (int i = 0; i < kCatalogueSize; ++i) {
        const CatalogueItem &item = kCatalogue[i];
        m_product->bindText(0, m_uuid());
        m_product->bindText(1, QString::fromUtf8(item.code));
        m_product->bindText(2, QString::fromUtf8(item.name));
        m_product->bindText(3, QString::fromUtf8(item.unit));
        m_product->bindInt(4, item.price);
        m_product->bindInt(5, item.price * item.costPercent / 100);
        m_product->bindInt(6, item.taxRate);
        m_product->bindText(7, QString::fromUtf8(item.category));
        m_product->bindText(8, m_now);
        m_product->bindText(9, m_now);
        if (!m_product->exec())
            return failed(*m_product, QCoreApplication::translate("DemoQuotes", "Writing the demo products"));
        m_productIds[i] = m_product->lastInsertId();
    }
    return {};
}

QList<QuoteLine> Writer::makeLines(std::mt19937_64 &rng, bool chinese) const
{
    QList<QuoteLine> lines;
    const int count = 1 + int(rng() % 4);
    for (int i = 0; i < count; ++i) {
        const int index = int(rng() % kCatalogueSize);
        const CatalogueItem &item = kCatalogue[index];
        QuoteLine line;
        line.productId = m_productIds[index];
        line.code = QString::fromUtf8(item.code);
        line.description = QString::fromUtf8(item.name);
        line.unit = QString::fromUtf8(item.unit);
        const bool bulk = item.price < 10000;
        line.quantity = (bulk ? 10 + qint64(rng() % 90) : 1 + qint64(rng() % 8)) * kQuantityScale;
        line.unitPrice = chinese ? item.price : item.price / 7;
        line.unitCost = line.unitPrice * item.costPercent / 100;
        line.discount = rng() % 4 == 0 ? 500 * qint64(1 + rng() % 3) : 0;
        line.taxRate = chinese ? item.taxRate : 0; // US sales tax is added by the customer's state, not quoted
        lines << line;
    }
    return lines;
}

Result<qint64> Writer::writeOrder(const QString &number, const Buyer &buyer, const QDate &date, qint64 quoteId,
    const QList<QuoteLine> &lines, const QString &currency, const QString &channel)
{
    Quote quote;
    quote.lines = lines;
    auto totals = QuoteCalculator::compute(quote);
    if (!totals)
        return totals.error();
    const QString stamp = date.toString(Qt::ISODate) + QStringLiteral("T10:00:00Z");
    m_order->bindText(0, m_uuid());
    m_order->bindText(1, number);
    m_order->bindInt(2, buyer.id);
    quoteId > 0 ? m_order->bindInt(3, quoteId) : m_order->bindNull(3);
    buyer.ownerId > 0 ? m_order->bindInt(4, buyer.ownerId) : m_order->bindNull(4);
    m_order->bindText(5, date.toString(Qt::ISODate));
    m_order->bindText(6, currency);
    m_order->bindText(7, channel);
    m_order->bindInt(8, totals.value().subtotal);
    m_order->bindInt(9, totals.value().tax);
    m_order->bindInt(10, totals.value().total);
    m_order->bindInt(11, totals.value().cost);
    m_order->bindText(12, stamp);
    m_order->bindText(13, stamp);
    if (!m_order->exec())
        return failed(*m_order, QCoreApplication::translate("DemoQuotes", "Writing the demo orders"));
    const qint64 orderId = m_order->lastInsertId();
    for (int i = 0; i < lines.size(); ++i) {
        const QuoteLine &line = lines[i];
        m_orderLine->bindInt(0, orderId);
        m_orderLine->bindInt(1, i + 1);
        m_orderLine->bindInt(2, line.productId);
        m_orderLine->bindText(3, line.description);
        m_orderLine->bindInt(4, line.quantity);
        m_orderLine->bindInt(5, line.unitPrice);
        m_orderLine->bindInt(6, line.discount);
        m_orderLine->bindInt(7, line.taxRate);
        m_orderLine->bindInt(8, line.unitCost);
        m_orderLine->bindInt(9, totals.value().lines[i].amount);
        m_orderLine->bindInt(10, totals.value().lines[i].cost);
        if (!m_orderLine->exec())
            return failed(*m_orderLine, QCoreApplication::translate("DemoQuotes", "Writing the demo orders"));
    }
    return orderId;
}

QString channelFor(quint64 roll)
{
    const int percent = int(roll % 100);
    return percent < 45 ? QStringLiteral("direct")
        : percent < 70  ? QStringLiteral("online")
        : percent < 88  ? QStringLiteral("distributor")
                        : QStringLiteral("phone");
}

Status Writer::writeQuotes()
{
    // 3% of the customers have a quote from the last nine months; statuses follow from the dates.
    QList<std::pair<QDate, int>> planned;
    for (int i = 0; i < m_buyers.size(); ++i) {
        if (below(100) < 3)
            planned << std::pair { m_today.addDays(-below(270)), i };
    }
    std::sort(planned.begin(), planned.end());
    std::map<int, qint64> counters;
    const QString terms = QString::fromUtf8(kTerms);
    for (const auto &[date, index] : planned) {
        const Buyer &buyer = m_buyers[index];
        const int year = date.year();
        const QString number = DocumentNumbers::expand(QStringLiteral("Q-{YYYY}-{####}"), date, ++counters[year]);
        const QDate validUntil = date.addDays(30);
        const int roll = below(100);
        QString status;
        if (validUntil >= m_today)
            status = roll < 35 ? QStringLiteral("draft")
                : roll < 85    ? QStringLiteral("sent")
                               : QStringLiteral("accepted");
        else
            status = roll < 45 ? QStringLiteral("accepted")
                : roll < 75    ? QStringLiteral("rejected")
                               : QStringLiteral("expired");
        const QString currency = buyer.chinese ? QStringLiteral("CNY") : QStringLiteral("USD");
        const QList<QuoteLine> lines = makeLines(m_rng, buyer.chinese);
        Quote quote;
        quote.lines = lines;
        auto totals = QuoteCalculator::compute(quote);
        if (!totals)
            return totals.error();
        const QString stamp = date.toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
        const QString decided = qMin(validUntil, m_today).toString(Qt::ISODate) + QStringLiteral("T15:00:00Z");
        m_quote->bindText(0, m_uuid());
        m_quote->bindText(1, number);
        m_quote->bindInt(2, buyer.id);
        buyer.ownerId > 0 ? m_quote->bindInt(3, buyer.ownerId) : m_quote->bindNull(3);
        m_quote->bindText(4, date.toString(Qt::ISODate));
        m_quote->bindText(5, validUntil.toString(Qt::ISODate));
        m_quote->bindText(6, currency);
        m_quote->bindText(7, status);
        m_quote->bindText(8, terms);
        m_quote->bindInt(9, totals.value().subtotal);
        m_quote->bindInt(10, 0);
        m_quote->bindInt(11, totals.value().tax);
        m_quote->bindInt(12, totals.value().total);
        m_quote->bindInt(13, totals.value().cost);
        status == QLatin1String("draft") ? m_quote->bindNull(14) : m_quote->bindText(14, stamp);
        status == QLatin1String("draft") || status == QLatin1String("sent") ? m_quote->bindNull(15)
                                                                            : m_quote->bindText(15, decided);
        m_quote->bindText(16, stamp);
        m_quote->bindText(17, stamp);
        if (!m_quote->exec())
            return failed(*m_quote, QCoreApplication::translate("DemoQuotes", "Writing the demo quotes"));
        const qint64 quoteId = m_quote->lastInsertId();
        for (int i = 0; i < lines.size(); ++i) {
            const QuoteLine &line = lines[i];
            m_quoteLine->bindInt(0, quoteId);
            m_quoteLine->bindInt(1, i + 1);
            m_quoteLine->bindInt(2, line.productId);
            m_quoteLine->bindText(3, line.code);
            m_quoteLine->bindText(4, line.description);
            m_quoteLine->bindText(5, line.unit);
            m_quoteLine->bindInt(6, line.quantity);
            m_quoteLine->bindInt(7, line.unitPrice);
            m_quoteLine->bindInt(8, line.discount);
            m_quoteLine->bindInt(9, line.taxRate);
            m_quoteLine->bindInt(10, line.unitCost);
            m_quoteLine->bindInt(11, totals.value().lines[i].amount);
            if (!m_quoteLine->exec())
                return failed(*m_quoteLine, QCoreApplication::translate("DemoQuotes", "Writing the demo quotes"));
        }
        if (status == QLatin1String("accepted")) {
            const QDate orderDate = qMin(date.addDays(1 + below(20)), m_today);
            const QString orderNumber = DocumentNumbers::expand(
                QStringLiteral("SO-{YYYY}-{####}"), orderDate, ++m_orderCounters[orderDate.year()]);
            if (auto order = writeOrder(orderNumber, buyer, orderDate, quoteId, lines, currency, channelFor(m_rng()));
                !order)
                return order.error();
        }
    }
    for (const auto &[year, value] : counters) {
        if (Status status = writeCounter(QStringLiteral("quote"), QStringLiteral("Q-%1-#").arg(year), value); !status)
            return status;
    }
    return {};
}

Status Writer::writeOrders()
{
    // A fifth of the customers bought one to four times since they became customers, within three years.
    std::vector<PlannedOrder> planned;
    const QDate start = m_today.addDays(-3 * 365);
    for (int i = 0; i < m_buyers.size(); ++i) {
        if (below(100) >= 20)
            continue;
        const QDate since = qMax(start, m_buyers[i].since.isValid() ? m_buyers[i].since : start);
        const int span = qMax<qint64>(1, since.daysTo(m_today));
        const int count = 1 + below(4);
        for (int n = 0; n < count; ++n)
            planned.push_back(PlannedOrder { since.addDays(below(span)), i, m_rng() });
    }
    std::sort(planned.begin(), planned.end(), [](const PlannedOrder &a, const PlannedOrder &b) {
        return a.date < b.date || (a.date == b.date && a.buyer < b.buyer);
    });
    for (const PlannedOrder &order : planned) {
        const Buyer &buyer = m_buyers[order.buyer];
        std::mt19937_64 rng(order.seed);
        const QList<QuoteLine> lines = makeLines(rng, buyer.chinese);
        const QString number = DocumentNumbers::expand(
            QStringLiteral("SO-{YYYY}-{####}"), order.date, ++m_orderCounters[order.date.year()]);
        if (auto id = writeOrder(number, buyer, order.date, 0, lines,
                buyer.chinese ? QStringLiteral("CNY") : QStringLiteral("USD"), channelFor(rng()));
            !id)
            return id.error();
    }
    return {};
}

Status Writer::writeCounter(const QString &kind, const QString &period, qint64 value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO document_counters (kind, period, last_value) VALUES (?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(period);
    query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("DemoQuotes", "Writing the demo numbering"));
    return {};
}

Status Writer::run()
{
    m_now = m_today.toString(Qt::ISODate) + QStringLiteral("T08:00:00Z");
    if (Status status = prepare(); !status)
        return status;
    if (Status status = readBuyers(); !status)
        return status;
    if (Status status = writeProducts(); !status)
        return status;
    if (Status status = writeOrders(); !status)
        return status;
    if (Status status = writeQuotes(); !status)
        return status;
    for (const auto &[year, value] : m_orderCounters) {
        if (Status status = writeCounter(QStringLiteral("order"), QStringLiteral("SO-%1-#").arg(year), value); !status)
            return status;
    }
    return {};
}

} // namespace

Status DemoQuotes::generate(
    const QSqlDatabase &db, quint64 seed, const QDate &today, const std::function<QString()> &uuid)
{
    return Writer(db, seed, today, uuid).run();
}

#include "DemoComplaints.h"
#include "db/BulkStatement.h"
#include "db/Database.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "domain/Complaint.h"
#include "services/ServiceLevels.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>
#include <random>

namespace {

struct CaseText
{
    const char *category;
    const char *summary;
    const char *description;
    const char *productCode; // a product of the demo catalogue (DemoQuotes), or empty
    const char *resolution;
    const char *rootCause;
    const char *correctiveAction;
};

const CaseText kChinese[] {
    { "product_quality", "收到的客显屏有坏点", "客户反映新到的客显屏有三个坏点，要求换货。", "HW-DSP2",
        "已安排换新，旧机由快递上门取回。", "出厂检测漏检。", "出货前增加坏点检测环节。" },
    { "product_quality", "标签打印机卡纸频繁", "仓库的热敏标签打印机使用一周后频繁卡纸，影响发货。", "HW-LP200",
        "上门更换进纸组件并清洁。", "进纸滚轮批次质量问题。", "通知供应商更换该批次滚轮。" },
    { "delivery", "货物延迟一周未到", "订单承诺三天到货，至今一周仍未收到，客户很着急。", "",
        "联系物流加急派送，并补偿运费。", "物流中转站爆仓。", "旺季改用两家物流分担。" },
    { "delivery", "包装破损货物受潮", "收货时外包装破损，部分收银纸受潮无法使用。", "CS-RP80", "补发受损货物。",
        "运输途中遇雨，包装不防水。", "改用防水包装材料。" },
    { "service_attitude", "客服电话态度差", "客户致电咨询退货流程，客服态度冷淡并挂断电话。", "",
        "主管致电道歉并协助办理退货。", "新员工培训不足。", "加强客服沟通培训并抽查录音。" },
    { "billing", "发票金额与合同不符", "开具的发票金额比合同多出 1200 元，客户要求重开。", "", "作废原发票并重新开具。",
        "财务录入单价错误。", "开票前与合同金额双人核对。" },
    { "billing", "重复扣款", "客户的银行卡被重复扣款两次，要求尽快退款。", "", "已原路退回多扣款项。",
        "支付接口超时重试。", "支付重试前先查询订单状态。" },
    { "other", "安装师傅未按约定时间上门", "约好上午十点安装，师傅下午三点才到，也没有提前通知。", "",
        "赠送一次免费保养。", "排班系统未同步。", "安装前一小时短信提醒客户。" },
};

const CaseText kEnglish[] {
    { "product_quality", "Customer display arrived with dead pixels",
        "The new customer display has three dead pixels; the "
        "customer wants a replacement.",
        "HW-DSP2", "Sent a replacement and collected the faulty unit.", "Missed in the factory check.",
        "Added a dead-pixel test before shipping." },
    { "product_quality", "Label printer keeps jamming",
        "The warehouse's thermal label printer jams several times a day after one week of "
        "use.",
        "HW-LP200", "Replaced the paper feed assembly on site.", "Faulty batch of feed rollers.",
        "Supplier replaces the whole roller batch." },
    { "delivery", "Order one week late", "Delivery was promised in three days; a week later nothing has arrived.", "",
        "Expedited the shipment and refunded the freight.", "Carrier hub overloaded.",
        "Split peak-season shipments over two carriers." },
    { "delivery", "Damaged packaging, wet goods",
        "The carton arrived torn and part of the receipt paper was wet and "
        "unusable.",
        "CS-RP80", "Re-sent the damaged goods.", "Packaging not waterproof in rain.",
        "Switched to waterproof wrapping." },
    { "service_attitude", "Rude support call", "The customer called about returns; the agent was curt and hung up.", "",
        "The team lead called back to apologise and arranged the return.", "New agent not yet trained.",
        "Call-handling training and weekly call reviews." },
    { "billing", "Invoice does not match the contract", "The invoice is 1,200 higher than the contract price.", "",
        "Cancelled the invoice and issued a correct one.", "Wrong unit price keyed in.",
        "Second person checks invoices against contracts." },
    { "billing", "Charged twice", "The customer's card was charged twice for the same order.", "",
        "Refunded the duplicate charge.", "Payment retried after a timeout.",
        "Check the order status before any payment retry." },
    { "other", "Installer came five hours late",
        "The installation was booked for 10 am; the technician arrived at "
        "3 pm without notice.",
        "", "Offered a free maintenance visit.", "Schedules not synchronised.",
        "Text the customer one hour before each visit." },
};

const ComplaintChannel kChannels[] { ComplaintChannel::Phone, ComplaintChannel::Phone, ComplaintChannel::Email,
    ComplaintChannel::Web, ComplaintChannel::Message, ComplaintChannel::Visit, ComplaintChannel::Other };

struct Demo
{
    qint64 customerId = 0;
    bool chinese = false;
    QDateTime received;
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    ComplaintStatus status = ComplaintStatus::New;
    int text = 0;
};

} // namespace

Status DemoComplaints::generate(QSqlDatabase db, quint64 seed, const QDateTime &nowUtc)
{
    std::mt19937_64 rng(seed ^ 0x636f6d706c61696eULL);
    const auto below = [&rng](qint64 n) { return qint64(rng() % quint64(std::max<qint64>(1, n))); };
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*), min(id), max(id) FROM customers")) || !query.next())
        return sqlError(query, tr("Reading the demo customers"));
    const qint64 customers = query.value(0).toLongLong();
    const qint64 firstId = query.value(1).toLongLong();
    const qint64 lastId = query.value(2).toLongLong();
    query.finish();
    if (customers == 0)
        return {};
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    QList<qint64> owners;
    QStringList ownerNames;
    if (!query.exec(QStringLiteral("SELECT id, name FROM owners ORDER BY id")))
        return sqlError(query, tr("Reading the demo owners"));
    while (query.next()) {
        owners << query.value(0).toLongLong();
        ownerNames << query.value(1).toString();
    }
    QSqlQuery customer(db);
    customer.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    // The products complained about, as the catalogue names them (in both languages), and linked to it.
    QHash<QString, std::pair<qint64, QString>> products;
    if (!query.exec(QStringLiteral("SELECT code, id, name FROM products WHERE deleted_at IS NULL")))
        return sqlError(query, tr("Reading the demo products"));
    while (query.next())
        products.insert(query.value(0).toString(), { query.value(1).toLongLong(), query.value(2).toString() });

    // Open cases are recent (most still within their time); resolved and closed ones spread over the year.
    const int count = int(std::max<qint64>(std::min<qint64>(customers, 40), customers / 25));
    QList<Demo> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i) {
        Demo demo;
        demo.customerId = firstId + below(lastId - firstId + 1);
        customer.addBindValue(demo.customerId);
        if (!customer.exec())
            return sqlError(customer, tr("Reading the demo customers"));
        if (!customer.next())
            continue;
        demo.chinese = customer.value(0).toString().at(0).unicode() > 0x2e80;
        const int roll = int(below(100));
        demo.status = roll < 10 ? ComplaintStatus::New
            : roll < 20         ? ComplaintStatus::Acknowledged
            : roll < 35         ? ComplaintStatus::InProgress
            : roll < 50         ? ComplaintStatus::Resolved
                                : ComplaintStatus::Closed;
        const int severityRoll = int(below(100));
        demo.severity = severityRoll < 8 ? ComplaintSeverity::Critical
            : severityRoll < 30          ? ComplaintSeverity::High
            : severityRoll < 75          ? ComplaintSeverity::Medium
                                         : ComplaintSeverity::Low;
        // Most open cases came in during the last few days; some have been waiting for two weeks.
        const qint64 maxAge = !isOpen(demo.status) ? 360 * 86400 : below(10) < 7 ? 3 * 86400 : 15 * 86400;
        demo.received = nowUtc.addSecs(-(3600 + below(maxAge)));
        demo.text = int(below(8));
        cases << demo;
    }
    std::sort(cases.begin(), cases.end(), [](const Demo &a, const Demo &b) { return a.received < b.received; });

    Error error;
    auto insert = BulkStatement::prepare(db,
        QStringLiteral("INSERT INTO complaints (uuid, number, number_year, number_seq, customer_id, channel, "
                       "category, product_ref, severity, summary, description, received_at, owner_id, status, "
                       "resolution, root_cause, corrective_action, response_due_at, resolution_due_at, "
                       "responded_at, resolved_at, closed_at, csat, nps, created_at, updated_at, product_id) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!insert)
        return error;
    auto history = BulkStatement::prepare(db,
        QStringLiteral("INSERT INTO complaint_history (uuid, complaint_id, happened_at, actor, from_status, "
                       "to_status, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!history)
        return error;
    const auto uuid = [&rng] {
        const quint64 a = rng();
        const quint64 b = rng();
        const QUuid id(uint(a >> 32), ushort(a >> 16), ushort(0x4000 | (a & 0x0fff)), uchar(0x80 | ((b >> 56) & 0x3f)),
            uchar(b >> 48), uchar(b >> 40), uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
        return id.toString(QUuid::WithoutBraces);
    };
    const auto stamp = [](const QDateTime &at) { return Database::timestamp(at); };
    const ServiceLevels levels;
    const QString now = stamp(nowUtc);
    QHash<int, int> sequences;
    for (const Demo &demo : cases) {
        const CaseText &text = demo.chinese ? kChinese[demo.text] : kEnglish[demo.text];
        const ServiceLevelTarget target = levels.target(demo.severity);
        const QDateTime responseDue = levels.responseDue(demo.severity, demo.received);
        const QDateTime resolutionDue = levels.resolutionDue(demo.severity, demo.received);
        // Four in five answered and resolved in time.
        const bool onTime = below(5) > 0;
        QDateTime responded = demo.received.addSecs(
            60 * (onTime ? 5 + below(target.responseMinutes) : target.responseMinutes + below(600)));
        QDateTime resolved = demo.received.addSecs(60
            * (onTime ? target.responseMinutes + below(target.resolutionMinutes - target.responseMinutes)
                      : target.resolutionMinutes + below(3 * 1440)));
        QDateTime closed = resolved.addSecs(3600 + below(3 * 86400));
        ComplaintStatus status = demo.status;
        // A case cannot have moved on later than now: it stays where it would be today.
        if (closed > nowUtc && status == ComplaintStatus::Closed)
            status = ComplaintStatus::Resolved;
        if (resolved > nowUtc && !isOpen(status))
            status = ComplaintStatus::InProgress;
        if (responded > nowUtc && status != ComplaintStatus::New)
            status = ComplaintStatus::New;
        const int year = demo.received.date().year();
        const int sequence = ++sequences[year];
        const QString number = QStringLiteral("C-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
        insert->bindText(0, uuid());
        insert->bindText(1, number);
        insert->bindInt(2, year);
        insert->bindInt(3, sequence);
        insert->bindInt(4, demo.customerId);
        insert->bindText(5, toString(kChannels[below(7)]));
        insert->bindText(6, QString::fromLatin1(text.category));
        const auto product = products.value(QString::fromLatin1(text.productCode));
        insert->bindText(7, product.second);
        if (product.first > 0)
            insert->bindInt(26, product.first);
        else
            insert->bindNull(26);
        insert->bindText(8, toString(demo.severity));
        insert->bindText(9, QString::fromUtf8(text.summary));
        insert->bindText(10, QString::fromUtf8(text.description));
        insert->bindText(11, stamp(demo.received));
        const qsizetype owner = owners.isEmpty() ? -1 : qsizetype(below(owners.size()));
        if (owner < 0)
            insert->bindNull(12);
        else
            insert->bindInt(12, owners[owner]);
        insert->bindText(13, toString(status));
        const bool done = !isOpen(status);
        insert->bindText(14, done ? QString::fromUtf8(text.resolution) : QString());
        insert->bindText(
            15, done || status == ComplaintStatus::InProgress ? QString::fromUtf8(text.rootCause) : QString());
        insert->bindText(16, done ? QString::fromUtf8(text.correctiveAction) : QString());
        insert->bindText(17, stamp(responseDue));
        insert->bindText(18, stamp(resolutionDue));
        const auto optionalStamp = [&](int index, bool has, const QDateTime &at) {
            if (has)
                insert->bindText(index, stamp(at));
            else
                insert->bindNull(index);
        };
        optionalStamp(19, status != ComplaintStatus::New, responded);
        optionalStamp(20, done, resolved);
        optionalStamp(21, status == ComplaintStatus::Closed, closed);
        // Satisfied customers mostly when the case went well.
        const bool surveyed = status == ComplaintStatus::Closed && below(10) < 8;
        std::optional<int> csat;
        std::optional<int> nps;
        if (surveyed) {
            csat = int(onTime ? 3 + below(3) : 1 + below(3));
            nps = int(onTime ? 6 + below(5) : below(8));
            insert->bindInt(22, *csat);
            insert->bindInt(23, *nps);
        } else {
            insert->bindNull(22);
            insert->bindNull(23);
        }
        insert->bindText(24, now);
        insert->bindText(25, now);
        if (!insert->exec())
            return Error(tr("Writing the demo complaints failed: %1").arg(insert->errorText()));
        const qint64 id = insert->lastInsertId();

        const QList<std::pair<ComplaintStatus, QDateTime>> steps {
            { ComplaintStatus::New, demo.received },
            { ComplaintStatus::Acknowledged, responded },
            { ComplaintStatus::InProgress, responded.addSecs(600) },
            { ComplaintStatus::Resolved, resolved },
            { ComplaintStatus::Closed, closed },
        };
        for (qsizetype step = 0; step < steps.size() && steps[step].first <= status; ++step) {
            history->bindText(0, uuid());
            history->bindInt(1, id);
            history->bindText(2, stamp(steps[step].second));
            history->bindText(3, owner < 0 ? QString() : ownerNames[owner]);
            if (step == 0)
                history->bindNull(4);
            else
                history->bindText(4, toString(steps[step - 1].first));
            history->bindText(5, toString(steps[step].first));
            QString note;
            if (steps[step].first == ComplaintStatus::Resolved)
                note = QString::fromUtf8(text.resolution);
            else if (steps[step].first == ComplaintStatus::Closed && csat)
                note = QCoreApplication::translate("ComplaintWorkflow", "Satisfaction: CSAT %1, NPS %2.")
                           .arg(*csat)
                           .arg(*nps);
            history->bindText(6, note);
            history->bindText(7, now);
            history->bindText(8, now);
            if (!history->exec())
                return Error(tr("Writing the demo complaints failed: %1").arg(history->errorText()));
        }
    }
    insert.reset();
    history.reset();
    return transaction.commit();
}

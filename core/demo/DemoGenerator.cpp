#include "DemoGenerator.h"
#include "Clock.h"
#include "DemoComplaintFollowUps.h"
#include "DemoComplaints.h"
#include "DemoConsent.h"
#include "DemoFollowUps.h"
#include "DemoQuotes.h"
#include "db/SqlError.h"
#include "repo/BulkCustomerWriter.h"
#include "repo/LookupRepository.h"
#include "services/ComplaintWorkflow.h"

#include <QSqlQuery>
#include <QUuid>

namespace {

struct Region
{
    QString province;
    QString city;
    bool chinese;
};

const QList<Region> kRegions {
    { QStringLiteral("北京市"), QStringLiteral("北京"), true },
    { QStringLiteral("上海市"), QStringLiteral("上海"), true },
    { QStringLiteral("广东省"), QStringLiteral("广州"), true },
    { QStringLiteral("广东省"), QStringLiteral("深圳"), true },
    { QStringLiteral("广东省"), QStringLiteral("东莞"), true },
    { QStringLiteral("浙江省"), QStringLiteral("杭州"), true },
    { QStringLiteral("浙江省"), QStringLiteral("宁波"), true },
    { QStringLiteral("江苏省"), QStringLiteral("南京"), true },
    { QStringLiteral("江苏省"), QStringLiteral("苏州"), true },
    { QStringLiteral("四川省"), QStringLiteral("成都"), true },
    { QStringLiteral("湖北省"), QStringLiteral("武汉"), true },
    { QStringLiteral("山东省"), QStringLiteral("青岛"), true },
    { QStringLiteral("福建省"), QStringLiteral("厦门"), true },
    { QStringLiteral("天津市"), QStringLiteral("天津"), true },
    { QStringLiteral("台灣"), QStringLiteral("台北"), true },
    { QStringLiteral("香港"), QStringLiteral("香港"), true },
    { QStringLiteral("California"), QStringLiteral("San Francisco"), false },
    { QStringLiteral("California"), QStringLiteral("Los Angeles"), false },
    { QStringLiteral("New York"), QStringLiteral("New York"), false },
    { QStringLiteral("Texas"), QStringLiteral("Austin"), false },
    { QStringLiteral("Massachusetts"), QStringLiteral("Boston"), false },
    { QStringLiteral("Washington"), QStringLiteral("Seattle"), false },
};

const QStringList kBrandChars { QStringLiteral("华"), QStringLiteral("鑫"), QStringLiteral("盛"), QStringLiteral("达"),
    QStringLiteral("恒"), QStringLiteral("泰"), QStringLiteral("信"), QStringLiteral("宏"), QStringLiteral("瑞"),
    QStringLiteral("博"), QStringLiteral("创"), QStringLiteral("新"), QStringLiteral("源"), QStringLiteral("通"),
    QStringLiteral("联"), QStringLiteral("海"), QStringLiteral("天"), QStringLiteral("金"), QStringLiteral("德"),
    QStringLiteral("安"), QStringLiteral("众"), QStringLiteral("远"), QStringLiteral("明"), QStringLiteral("光"),
    QStringLiteral("嘉"), QStringLiteral("丰"), QStringLiteral("利"), QStringLiteral("腾"), QStringLiteral("佳"),
    QStringLiteral("美"), QStringLiteral("永"), QStringLiteral("立") };

struct Industry
{
    QString chinese;
    QString chineseWord; // as it appears in a company name
    QString english;
    QString englishWord;
};

const QList<Industry> kIndustries {
    { QStringLiteral("制造业"), QStringLiteral("机械"), QStringLiteral("Manufacturing"), QStringLiteral("Machinery") },
    { QStringLiteral("电子"), QStringLiteral("电子"), QStringLiteral("Electronics"), QStringLiteral("Electronics") },
    { QStringLiteral("零售"), QStringLiteral("商贸"), QStringLiteral("Retail"), QStringLiteral("Trading") },
    { QStringLiteral("信息技术"), QStringLiteral("科技"), QStringLiteral("IT services"),
        QStringLiteral("Technologies") },
    { QStringLiteral("物流"), QStringLiteral("物流"), QStringLiteral("Logistics"), QStringLiteral("Logistics") },
    { QStringLiteral("餐饮"), QStringLiteral("餐饮管理"), QStringLiteral("Food & beverage"), QStringLiteral("Foods") },
    { QStringLiteral("建筑"), QStringLiteral("建材"), QStringLiteral("Construction"), QStringLiteral("Builders") },
    { QStringLiteral("医疗"), QStringLiteral("医疗器械"), QStringLiteral("Healthcare"),
        QStringLiteral("Medical Supply") },
    { QStringLiteral("教育"), QStringLiteral("教育咨询"), QStringLiteral("Education"), QStringLiteral("Learning") },
};

const QStringList kSurnames { QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
    QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"),
    QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"), QStringLiteral("马"), QStringLiteral("朱"),
    QStringLiteral("胡"), QStringLiteral("郭"), QStringLiteral("何"), QStringLiteral("林"), QStringLiteral("高"),
    QStringLiteral("罗"), QStringLiteral("欧阳") };
const QStringList kGivenChars { QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
    QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("军"),
    QStringLiteral("洋"), QStringLiteral("勇"), QStringLiteral("艳"), QStringLiteral("杰"), QStringLiteral("娟"),
    QStringLiteral("涛"), QStringLiteral("明"), QStringLiteral("超"), QStringLiteral("秀"), QStringLiteral("霞"),
    QStringLiteral("平"), QStringLiteral("刚"), QStringLiteral("桂"), QStringLiteral("英"), QStringLiteral("华"),
    QStringLiteral("建"), QStringLiteral("文"), QStringLiteral("辉"), QStringLiteral("玲") };
const QStringList kFirstNames { QStringLiteral("James"), QStringLiteral("Mary"), QStringLiteral("Robert"),
    QStringLiteral("Patricia"), QStringLiteral("John"), QStringLiteral("Jennifer"), QStringLiteral("Michael"),
    QStringLiteral("Linda"), QStringLiteral("David"), QStringLiteral("Elizabeth"), QStringLiteral("William"),
    QStringLiteral("Susan"), QStringLiteral("Daniel"), QStringLiteral("Emily"), QStringLiteral("Kevin"),
    QStringLiteral("Laura"), QStringLiteral("Thomas"), QStringLiteral("Sarah") };
const QStringList kLastNames { QStringLiteral("Smith"), QStringLiteral("Johnson"), QStringLiteral("Williams"),
    QStringLiteral("Brown"), QStringLiteral("Jones"), QStringLiteral("Garcia"), QStringLiteral("Miller"),
    QStringLiteral("Davis"), QStringLiteral("Wilson"), QStringLiteral("Anderson"), QStringLiteral("Taylor"),
    QStringLiteral("Moore"), QStringLiteral("Clark"), QStringLiteral("Lewis"), QStringLiteral("Walker"),
    QStringLiteral("Young"), QStringLiteral("Hall"), QStringLiteral("Carter") };
const QStringList kEnglishAdjectives { QStringLiteral("Blue"), QStringLiteral("Summit"), QStringLiteral("Pacific"),
    QStringLiteral("Golden"), QStringLiteral("Northwind"), QStringLiteral("Evergreen"), QStringLiteral("Bright"),
    QStringLiteral("Harbor"), QStringLiteral("Redwood"), QStringLiteral("Silver"), QStringLiteral("Pioneer"),
    QStringLiteral("Lakeside") };
const QStringList kEnglishNouns { QStringLiteral("Ridge"), QStringLiteral("Bay"), QStringLiteral("Stone"),
    QStringLiteral("Field"), QStringLiteral("Point"), QStringLiteral("Creek"), QStringLiteral("Oak"),
    QStringLiteral("River"), QStringLiteral("Peak"), QStringLiteral("Bridge"), QStringLiteral("Maple"),
    QStringLiteral("Crest") };
const QStringList kEnglishForms { QStringLiteral("Inc."), QStringLiteral("LLC"), QStringLiteral("Co."),
    QStringLiteral("Ltd."), QStringLiteral("Group") };
const QStringList kChineseTitles { QStringLiteral("总经理"), QStringLiteral("采购经理"), QStringLiteral("财务主管"),
    QStringLiteral("销售总监"), QStringLiteral("行政主管"), QStringLiteral("技术负责人") };
const QStringList kEnglishTitles { QStringLiteral("CEO"), QStringLiteral("Purchasing Manager"),
    QStringLiteral("Office Manager"), QStringLiteral("CFO"), QStringLiteral("Operations Director"),
    QStringLiteral("IT Lead") };
const QStringList kChineseSources { QStringLiteral("展会"), QStringLiteral("转介绍"), QStringLiteral("官网"),
    QStringLiteral("电话营销"), QStringLiteral("社交媒体"), QStringLiteral("老客户") };
const QStringList kEnglishSources { QStringLiteral("Trade show"), QStringLiteral("Referral"), QStringLiteral("Website"),
    QStringLiteral("Cold call"), QStringLiteral("Social media"), QStringLiteral("Partner") };
const QStringList kTags { QStringLiteral("VIP"), QStringLiteral("重点客户"), QStringLiteral("展会2025"),
    QStringLiteral("Referral"), QStringLiteral("Newsletter"), QStringLiteral("老客户"), QStringLiteral("Distributor"),
    QStringLiteral("政府采购") };
const QStringList kChineseNotes {
    QStringLiteral("电话沟通了新一季度的采购计划，客户对价格比较敏感。"),
    QStringLiteral("拜访客户，参观了生产线，对方希望下月看到样品。"),
    QStringLiteral("客户反馈上批货物包装有破损，已安排补发。"),
    QStringLiteral("发送了产品目录和报价，等待回复。"),
    QStringLiteral("年度合作回顾会议，客户满意度较高。"),
    QStringLiteral("客户询问账期能否延长到60天。"),
};
const QStringList kEnglishNotes {
    QStringLiteral("Called about next quarter's order; price is their main concern."),
    QStringLiteral("Visited their office and met the new purchasing manager."),
    QStringLiteral("Sent the updated catalogue and a quotation."),
    QStringLiteral("They asked for a discount on volume over 500 units."),
    QStringLiteral("Annual review meeting went well; they plan to expand."),
    QStringLiteral("Followed up on the late delivery; customer is satisfied now."),
};
const QStringList kChineseMobilePrefixes { QStringLiteral("130"), QStringLiteral("131"), QStringLiteral("135"),
    QStringLiteral("136"), QStringLiteral("137"), QStringLiteral("138"), QStringLiteral("139"), QStringLiteral("150"),
    QStringLiteral("151"), QStringLiteral("158"), QStringLiteral("159"), QStringLiteral("186"), QStringLiteral("187"),
    QStringLiteral("188"), QStringLiteral("189") };
const QStringList kUsAreaCodes { QStringLiteral("212"), QStringLiteral("415"), QStringLiteral("512"),
    QStringLiteral("617"), QStringLiteral("206"), QStringLiteral("310") };
const QStringList kOwners { QStringLiteral("李娜"), QStringLiteral("王伟"), QStringLiteral("张敏"),
    QStringLiteral("陈杰"), QStringLiteral("Emily Carter"), QStringLiteral("David Brown") };

QString digits(std::mt19937_64 &rng, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + int(rng() % 10));
    return text;
}

} // namespace

QString DemoGenerator::uuid()
{
    // Laid out like a UUIDv7: 48 bits that grow with every call (a deterministic stand-in for the time), then
    // seeded random bits, so the same seed gives the same book. Growing ids are appended to the uuid indexes
    // instead of landing on a random page each, which keeps a million-row load fast.
    const quint64 sequence = 0x019000000000ULL + ++m_uuidCounter;
    const quint64 random = next();
    QUuid id(uint(sequence >> 16), ushort(sequence), ushort(0x7000 | (random & 0x0fff)),
        uchar(0x80 | ((random >> 12) & 0x3f)), uchar(random >> 18), uchar(random >> 26), uchar(random >> 34),
        uchar(random >> 42), uchar(random >> 50), uchar(random >> 56), uchar(next()));
    return id.toString(QUuid::WithoutBraces);
}

QDateTime DemoGenerator::randomMomentInPast(int maxDays)
{
    return m_now.addSecs(-qint64(next() % quint64(qint64(maxDays) * 86400)));
}

QString DemoGenerator::chinesePhone()
{
    return pick(kChineseMobilePrefixes) + QLatin1Char(' ') + digits(m_rng, 4) + QLatin1Char(' ') + digits(m_rng, 4);
}

QString DemoGenerator::americanPhone()
{
    return QStringLiteral("(%1) %2%3-%4")
        .arg(pick(kUsAreaCodes))
        .arg(2 + below(8))
        .arg(digits(m_rng, 2), digits(m_rng, 4));
}

DemoGenerator::Person DemoGenerator::makePerson(bool chinese)
{
    if (chinese) {
        QString name = pick(kSurnames) + pick(kGivenChars);
        if (chance(60))
            name += pick(kGivenChars);
        return { name, true };
    }
    return { pick(kFirstNames) + QLatin1Char(' ') + pick(kLastNames), false };
}

Customer DemoGenerator::makeCustomer(const QList<Owner> &owners)
{
    Customer customer;
    customer.uuid = uuid();
    const Region &region = pick(kRegions);
    const Industry &industry = pick(kIndustries);
    const bool chinese = region.chinese;
    customer.kind = chance(75) ? CustomerKind::Company : CustomerKind::Individual;
    customer.province = region.province;
    customer.city = region.city;
    customer.industry = chinese ? industry.chinese : industry.english;
    if (customer.kind == CustomerKind::Company) {
        if (chinese) {
            QString brand = pick(kBrandChars) + pick(kBrandChars);
            if (chance(30))
                brand += pick(kBrandChars);
            customer.name = region.city + brand + industry.chineseWord + QStringLiteral("有限公司");
            customer.address = region.city + QStringLiteral("市%1路%2号").arg(pick(kBrandChars)).arg(1 + below(999));
        } else {
            if (chance(30))
                customer.name
                    = QStringLiteral("%1 & %2 %3").arg(pick(kLastNames), pick(kLastNames), industry.englishWord);
            else
                customer.name = QStringLiteral("%1 %2 %3 %4")
                                    .arg(pick(kEnglishAdjectives), pick(kEnglishNouns), industry.englishWord,
                                        pick(kEnglishForms));
            customer.address
                = QStringLiteral("%1 %2 Street, %3").arg(1 + below(9999)).arg(pick(kLastNames), region.city);
            customer.website = QStringLiteral("https://www.%1-%2.com")
                                   .arg(customer.name.section(QLatin1Char(' '), 0, 0).toLower())
                                   .arg(below(10000));
        }
    } else {
        customer.name = makePerson(chinese).name;
        customer.industry.clear();
    }
    customer.phones << (chinese ? chinesePhone() : americanPhone());
    if (chance(15))
        customer.phones << (chinese ? chinesePhone() : americanPhone());
    if (chance(60)) {
        customer.emails << (chinese
                ? QStringLiteral("%1@%2")
                      .arg(digits(m_rng, 8 + below(3)))
                      .arg(chance(50) ? QStringLiteral("qq.com") : QStringLiteral("163.com"))
                : QStringLiteral("info%1@%2.com").arg(below(100000)).arg(pick(kEnglishAdjectives).toLower()));
    }
    customer.source = chinese ? pick(kChineseSources) : pick(kEnglishSources);
    customer.ownerId = owners.isEmpty() ? 0 : pick(owners).id;
    const int tierRoll = below(100);
    customer.tier = tierRoll < 10 ? QStringLiteral("A") : tierRoll < 40 ? QStringLiteral("B") : QStringLiteral("C");
    const int stageRoll = below(100);
    customer.stage = stageRoll < 15 ? LifecycleStage::Lead
        : stageRoll < 35            ? LifecycleStage::Prospect
        : stageRoll < 85            ? LifecycleStage::Customer
                                    : LifecycleStage::Inactive;
    if (chance(35))
        customer.tags << pick(kTags);
    if (chance(10))
        customer.tags << pick(kTags);
    customer.tags.removeDuplicates();
    customer.createdAt = randomMomentInPast(3 * 365);
    customer.updatedAt
        = customer.createdAt.addSecs(qint64(next() % quint64(qMax<qint64>(1, customer.createdAt.secsTo(m_now)))));
    return customer;
}

QList<Contact> DemoGenerator::makeContacts(const Customer &customer)
{
    QList<Contact> contacts;
    if (customer.kind != CustomerKind::Company)
        return contacts;
    const bool chinese = customer.name.at(0).unicode() > 0x2e80;
    const int count = 1 + (chance(40) ? 1 : 0) + (chance(10) ? 1 : 0);
    // The website makeCustomer() gave it ("https://www.name-1234.com"), without parsing a URL per company.
    static const QLatin1String site("https://www.");
    const QString domain
        = customer.website.startsWith(site) ? customer.website.mid(site.size()) : QStringLiteral("example.com");
    for (int i = 0; i < count; ++i) {
        Contact contact;
        contact.uuid = uuid();
        contact.name = makePerson(chinese).name;
        contact.title = chinese ? pick(kChineseTitles) : pick(kEnglishTitles);
        contact.phones << (chinese ? chinesePhone() : americanPhone());
        if (chance(50)) {
            // At the company's own domain: "sarah.carter@example.com" at two companies made the duplicate finder
            // pair them.
            contact.email = chinese ? QStringLiteral("%1@qq.com").arg(digits(m_rng, 9))
                                    : QStringLiteral("%1.%2@%3")
                                          .arg(contact.name.section(QLatin1Char(' '), 0, 0).toLower(),
                                              contact.name.section(QLatin1Char(' '), 1, 1).toLower(), domain);
        }
        if (chance(40))
            contact.birthday = QDate(1960 + below(40), 1 + below(12), 1 + below(28));
        contact.primary = i == 0;
        contact.createdAt = customer.createdAt;
        contact.updatedAt = customer.createdAt;
        contacts << contact;
    }
    return contacts;
}

QList<Note> DemoGenerator::makeNotes(const Customer &customer, const QList<Owner> &owners)
{
    QList<Note> notes;
    const bool chinese = customer.name.at(0).unicode() > 0x2e80;
    const int count = below(3);
    for (int i = 0; i < count; ++i) {
        Note note;
        note.uuid = uuid();
        const qint64 span = qMax<qint64>(1, customer.createdAt.secsTo(m_now));
        note.happenedAt = customer.createdAt.addSecs(qint64(next() % quint64(span)));
        note.body = chinese ? pick(kChineseNotes) : pick(kEnglishNotes);
        note.author = owners.isEmpty() ? QString() : pick(owners).name;
        notes << note;
    }
    return notes;
}

Status DemoGenerator::generate(const Options &options, const Progress &progress)
{
    if (options.customers < 0)
        return Error { tr("The number of customers cannot be negative.") };
    m_rng.seed(options.seed);
    m_uuidCounter = 0;
    // Whole seconds, so that stored timestamps and the values compared in tests agree exactly.
    m_now = QDateTime::fromSecsSinceEpoch(Clock::instance().nowUtc().toSecsSinceEpoch(), Qt::UTC);

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM customers")) || !query.next())
        return sqlError(query, tr("Checking the book"));
    if (query.value(0).toLongLong() > 0)
        return Error { tr("The book already has customers; demo data goes into a new, empty book.") };
    query.finish();

    // Owners, settings and customers in the writer's one transaction: a cancel leaves the book untouched.
    BulkCustomerWriter writer(m_db);
    // The generator writes Chinese mobiles ("138 0013 8000") and US numbers ("(415) 555-0100") only.
    writer.setPhoneNormalizer([](const QString &phone) {
        QString digits;
        for (QChar c : phone) {
            if (c.isDigit())
                digits += c;
        }
        return (phone.startsWith(QLatin1Char('(')) ? QStringLiteral("+1") : QStringLiteral("+86")) + digits;
    });
    if (Status status = writer.begin(); !status)
        return status;
    LookupRepository lookups(m_db);
    QList<Owner> owners;
    for (const QString &name : kOwners) {
        auto id = lookups.addOwner(name, {}, uuid());
        if (!id)
            return id.error();
        owners << Owner { id.value(), name, {} };
    }
    if (Status status = lookups.setSetting(QStringLiteral("company_name"), QStringLiteral("Clientele Demo 演示公司"));
        !status)
        return status;

    for (int i = 0; i < options.customers; ++i) {
        const Customer customer = makeCustomer(owners);
        const QList<Contact> contacts = makeContacts(customer);
        const QList<Note> notes = makeNotes(customer, owners);
        if (auto id = writer.add(customer, contacts, notes); !id)
            return id.error();
        if (progress && (i % 1000 == 0) && !progress(i, options.customers))
            return Error { tr("Cancelled; the book was left as it was.") };
    }
    if (Status status = DemoQuotes::generate(m_db, options.seed, m_now.date(), [this] { return uuid(); }); !status)
        return status;
    if (Status status = DemoFollowUps(m_db, options.seed, m_now).generate(); !status)
        return status;
    if (Status status = DemoConsent::generate(m_db, options.seed, m_now.date()); !status)
        return status;
    if (Status status = writer.commit(); !status)
        return status;
    if (progress)
        progress(options.customers, options.customers);
    // Complaints for some of the customers, in a transaction of their own (the customers are written by now).
    if (Status status = DemoComplaints::generate(m_db, options.seed, m_now); !status)
        return status;
    if (Status status = DemoComplaintFollowUps::generate(m_db, options.seed, m_now); !status)
        return status;
    // The service-level check the Complaints page runs when it opens, run here once: a new million-customer book
    // would otherwise escalate its five thousand overdue cases while the user waits for the page.
    if (auto escalated = ComplaintWorkflow(m_db).escalateOverdue(m_now, tr("Service level check")); !escalated)
        return escalated.error();
    return {};
}

#include "TestSupport.h"

#include "analytics/ComplaintStatistics.h"
#include "analytics/TermFrequency.h"

namespace {

const QDateTime kNow(QDate(2026, 3, 5), QTime(0, 0), Qt::UTC);

QDateTime day(int month, int d)
{
    return QDateTime(QDate(2026, month, d), QTime(0, 0), Qt::UTC);
}

Complaint make(qint64 customerId, const QString &customer, const QString &category, ComplaintSeverity severity,
    const QDateTime &received, int responseHours, int resolutionHours)
{
    Complaint c;
    c.customerId = customerId;
    c.customerName = customer;
    c.category = category;
    c.severity = severity;
    c.receivedAt = received;
    c.responseDueAt = received.addSecs(responseHours * 3600);
    c.resolutionDueAt = received.addSecs(resolutionHours * 3600);
    return c;
}

void done(
    Complaint &c, ComplaintStatus status, int respondedAfterHours, int resolvedAfterHours, const QDateTime &closed = {})
{
    c.status = status;
    c.respondedAt = c.receivedAt.addSecs(respondedAfterHours * 3600);
    c.resolvedAt = c.receivedAt.addSecs(resolvedAfterHours * 3600);
    c.closedAt = closed;
}

// Six cases, worked out by hand in the comments of the test below.
QList<Complaint> sample()
{
    Complaint c1
        = make(1, QStringLiteral("Alpha"), QStringLiteral("delivery"), ComplaintSeverity::High, day(1, 10), 8, 72);
    done(c1, ComplaintStatus::Closed, 2, 48, day(1, 13));
    c1.csat = 5;
    c1.nps = 10;
    c1.productRef = QStringLiteral("P1");
    c1.summary = QStringLiteral("Late delivery");
    c1.description = QStringLiteral("The delivery was late again");
    Complaint c2
        = make(1, QStringLiteral("Alpha"), QStringLiteral("delivery"), ComplaintSeverity::Critical, day(1, 20), 2, 24);
    done(c2, ComplaintStatus::Closed, 3, 30, day(2, 2));
    c2.csat = 2;
    c2.nps = 3;
    c2.productRef = QStringLiteral("P1 ");
    c2.summary = QStringLiteral("包装破损");
    c2.description = QStringLiteral("包装破损，货物受潮");
    Complaint c3
        = make(2, QStringLiteral("Beta"), QStringLiteral("billing"), ComplaintSeverity::Medium, day(2, 5), 24, 120);
    done(c3, ComplaintStatus::Closed, 10, 100, day(2, 15));
    c3.csat = 4;
    c3.nps = 8;
    c3.summary = QStringLiteral("Invoice wrong");
    Complaint c4 = make(
        3, QStringLiteral("Gamma"), QStringLiteral("product_quality"), ComplaintSeverity::Low, day(3, 1), 72, 240);
    c4.productRef = QStringLiteral("P2");
    c4.summary = QStringLiteral("Scratched screen");
    Complaint c5 = make(
        3, QStringLiteral("Gamma"), QStringLiteral("product_quality"), ComplaintSeverity::Low, day(3, 4), 72, 240);
    c5.productRef = QStringLiteral("P2");
    c5.summary = QStringLiteral("Screen cracked");
    Complaint c6
        = make(2, QStringLiteral("Beta"), QStringLiteral("delivery"), ComplaintSeverity::High, day(1, 25), 8, 72);
    done(c6, ComplaintStatus::Resolved, 1, 80);
    c6.nps = 7;
    c6.summary = QStringLiteral("Late again");
    return { c1, c2, c3, c4, c5, c6 };
}

TEST(ComplaintStatistics, HandComputedSample)
{
    const ComplaintStatistics s = computeComplaintStatistics(sample(), kNow, QTimeZone::utc(), 10);
    EXPECT_EQ(s.total, 6);
    EXPECT_EQ(s.byCategory,
        (QList<KeyCount> { { QStringLiteral("delivery"), 3 }, { QStringLiteral("product_quality"), 2 },
            { QStringLiteral("billing"), 1 } }));
    EXPECT_EQ(s.bySeverity,
        (QList<KeyCount> { { QStringLiteral("critical"), 1 }, { QStringLiteral("high"), 2 },
            { QStringLiteral("medium"), 1 }, { QStringLiteral("low"), 2 } }));
    EXPECT_EQ(s.byStatus,
        (QList<KeyCount> { { QStringLiteral("new"), 2 }, { QStringLiteral("acknowledged"), 0 },
            { QStringLiteral("in_progress"), 0 }, { QStringLiteral("resolved"), 1 },
            { QStringLiteral("closed"), 3 } }));
    EXPECT_EQ(s.byMonth,
        (QList<KeyCount> {
            { QStringLiteral("2026-01"), 3 }, { QStringLiteral("2026-02"), 1 }, { QStringLiteral("2026-03"), 2 } }));
    // Responses after 2, 3, 10 and 1 h; resolutions after 48, 30, 100 and 80 h.
    EXPECT_DOUBLE_EQ(s.averageResponseHours.value(), 4.0);
    EXPECT_DOUBLE_EQ(s.averageResolutionHours.value(), 64.5);
    // Responses met: 1, 3, 6; missed: 2 (3 h > 2 h) and 4 (no answer 96 h after receipt, 72 h allowed); 5 still
    // within its time.
    EXPECT_EQ(s.responseMet, 3);
    EXPECT_EQ(s.responseMissed, 2);
    EXPECT_DOUBLE_EQ(s.responseCompliancePercent.value(), 60.0);
    // Resolutions met: 1 (48 <= 72), 3 (100 <= 120); missed: 2 (30 > 24), 6 (80 > 72); 4 and 5 undecided.
    EXPECT_EQ(s.resolutionMet, 2);
    EXPECT_EQ(s.resolutionMissed, 2);
    EXPECT_DOUBLE_EQ(s.resolutionCompliancePercent.value(), 50.0);
    // CSAT 5, 2, 4.
    EXPECT_EQ(s.csatCount, 3);
    EXPECT_DOUBLE_EQ(s.csatAverage.value(), 11.0 / 3.0);
    // NPS 10, 3, 8, 7: one promoter, two passives, one detractor -> 25 % - 25 % = 0.
    EXPECT_EQ(s.promoters, 1);
    EXPECT_EQ(s.passives, 2);
    EXPECT_EQ(s.detractors, 1);
    EXPECT_DOUBLE_EQ(s.nps.value(), 0.0);
    // By month of closing; case 6 is resolved but not closed.
    ASSERT_EQ(s.satisfactionByMonth.size(), 2);
    EXPECT_EQ(s.satisfactionByMonth[0].month, QStringLiteral("2026-01"));
    EXPECT_EQ(s.satisfactionByMonth[0].csatCount, 1);
    EXPECT_DOUBLE_EQ(s.satisfactionByMonth[0].csatAverage.value(), 5.0);
    EXPECT_DOUBLE_EQ(s.satisfactionByMonth[0].nps.value(), 100.0);
    EXPECT_EQ(s.satisfactionByMonth[1].month, QStringLiteral("2026-02"));
    EXPECT_EQ(s.satisfactionByMonth[1].csatCount, 2);
    EXPECT_DOUBLE_EQ(s.satisfactionByMonth[1].csatAverage.value(), 3.0);
    EXPECT_EQ(s.satisfactionByMonth[1].npsCount, 2);
    EXPECT_DOUBLE_EQ(s.satisfactionByMonth[1].nps.value(), -50.0);
    EXPECT_EQ(s.repeatedCustomers,
        (QList<KeyCount> {
            { QStringLiteral("Alpha"), 2 }, { QStringLiteral("Beta"), 2 }, { QStringLiteral("Gamma"), 2 } }));
    EXPECT_EQ(s.repeatedProducts, (QList<KeyCount> { { QStringLiteral("P1"), 2 }, { QStringLiteral("P2"), 2 } }));
    EXPECT_EQ(s.frequentTerms,
        (QList<TermCount> { { QStringLiteral("late"), 3 }, { QStringLiteral("delivery"), 2 },
            { QStringLiteral("screen"), 2 }, { QStringLiteral("包装"), 2 }, { QStringLiteral("破损"), 2 },
            { QStringLiteral("装破"), 2 }, { QStringLiteral("cracked"), 1 }, { QStringLiteral("invoice"), 1 },
            { QStringLiteral("scratched"), 1 }, { QStringLiteral("wrong"), 1 } }));
}

TEST(ComplaintStatistics, MonthsFollowTheTimeZoneAndEmptyMonthsAreZero)
{
    Complaint late = make(1, QStringLiteral("Alpha"), QStringLiteral("other"), ComplaintSeverity::Low,
        QDateTime(QDate(2026, 1, 31), QTime(20, 0), Qt::UTC), 1, 2);
    Complaint april
        = make(1, QStringLiteral("Alpha"), QStringLiteral("other"), ComplaintSeverity::Low, day(4, 2), 1, 2);
    const ComplaintStatistics utc = computeComplaintStatistics({ late, april }, kNow, QTimeZone::utc());
    EXPECT_EQ(utc.byMonth,
        (QList<KeyCount> { { QStringLiteral("2026-01"), 1 }, { QStringLiteral("2026-02"), 0 },
            { QStringLiteral("2026-03"), 0 }, { QStringLiteral("2026-04"), 1 } }));
    // 20:00 UTC on 31 January is 04:00 on 1 February in Shanghai.
    const ComplaintStatistics shanghai
        = computeComplaintStatistics({ late, april }, kNow, QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    EXPECT_EQ(shanghai.byMonth.first(), (KeyCount { QStringLiteral("2026-02"), 1 }));
    EXPECT_EQ(shanghai.byMonth.size(), 3);
}

TEST(ComplaintStatistics, SatisfactionMonthsWithoutScoresStayInTheSeriesEmpty)
{
    Complaint january
        = make(1, QStringLiteral("Alpha"), QStringLiteral("other"), ComplaintSeverity::Low, day(1, 5), 1, 2);
    done(january, ComplaintStatus::Closed, 1, 2, day(1, 6));
    january.csat = 4;
    Complaint april = january;
    april.receivedAt = day(4, 2);
    done(april, ComplaintStatus::Closed, 1, 2, day(4, 3));
    april.csat = 2;
    april.nps = 9;
    const ComplaintStatistics s = computeComplaintStatistics({ january, april }, kNow, QTimeZone::utc());
    ASSERT_EQ(s.satisfactionByMonth.size(), 4);
    const QStringList months { QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03"),
        QStringLiteral("2026-04") };
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(s.satisfactionByMonth[i].month, months[i]);
    EXPECT_DOUBLE_EQ(s.satisfactionByMonth[0].csatAverage.value(), 4.0);
    EXPECT_FALSE(s.satisfactionByMonth[0].nps.has_value());
    for (int i : { 1, 2 }) {
        EXPECT_EQ(s.satisfactionByMonth[i].csatCount, 0);
        EXPECT_FALSE(s.satisfactionByMonth[i].csatAverage.has_value());
        EXPECT_EQ(s.satisfactionByMonth[i].npsCount, 0);
        EXPECT_FALSE(s.satisfactionByMonth[i].nps.has_value());
    }
    EXPECT_DOUBLE_EQ(s.satisfactionByMonth[3].csatAverage.value(), 2.0);
    EXPECT_DOUBLE_EQ(s.satisfactionByMonth[3].nps.value(), 100.0);
}

// One product whatever its letter case and spaces: "M27 monitor" and " m27  Monitor" are one (the report listed them
// apart). The link to the catalogue does not count: a complaint's product retyped keeps its old link.
TEST(ComplaintStatistics, RepeatedProductsAreCountedWhateverTheirSpelling)
{
    QList<Complaint> cases;
    const auto add = [&](const char *ref, qint64 productId) {
        Complaint c = make(cases.size() + 1, QStringLiteral("C%1").arg(cases.size()), QStringLiteral("other"),
            ComplaintSeverity::Low, day(2, 1 + int(cases.size())), 24, 72);
        c.productRef = QString::fromUtf8(ref);
        c.productId = productId;
        cases << c;
    };
    add("M27 monitor", 0);
    add(" m27  Monitor", 0);
    add("客显屏 Customer display", 7);
    add("客显屏  customer display", 7);
    add("Router X1", 7); // retyped, still linked to product 7
    add("P300", 0);
    const ComplaintStatistics s = computeComplaintStatistics(cases, kNow, QTimeZone::utc());
    EXPECT_EQ(s.repeatedProducts,
        (QList<KeyCount> { { QStringLiteral("M27 monitor"), 2 }, { QStringLiteral("客显屏 Customer display"), 2 } }));
}

TEST(ComplaintStatistics, NothingToAverageGivesNoValue)
{
    const ComplaintStatistics s = computeComplaintStatistics({}, kNow, QTimeZone::utc());
    EXPECT_EQ(s.total, 0);
    EXPECT_FALSE(s.averageResponseHours.has_value());
    EXPECT_FALSE(s.responseCompliancePercent.has_value());
    EXPECT_FALSE(s.csatAverage.has_value());
    EXPECT_FALSE(s.nps.has_value());
    EXPECT_TRUE(s.byMonth.isEmpty());
    EXPECT_EQ(s.bySeverity.size(), 4);
}

struct NpsCase
{
    QList<int> scores;
    std::optional<double> nps;
};

class NetPromoterScoreTest : public ::testing::TestWithParam<NpsCase>
{
};

INSTANTIATE_TEST_SUITE_P(ComplaintStatistics, NetPromoterScoreTest,
    ::testing::Values(NpsCase { {}, std::nullopt }, NpsCase { { 9, 10, 0, 6, 7, 8 }, 0.0 }, // 2/6 - 2/6
        NpsCase { { 10, 10, 10, 0 }, 50.0 }, // 75 % - 25 %
        NpsCase { { 6 }, -100.0 }, NpsCase { { 7, 8 }, 0.0 }, // passives only
        NpsCase { { 9, 9, 5 }, 100.0 / 3.0 }));

TEST_P(NetPromoterScoreTest, PromotersMinusDetractors)
{
    const std::optional<double> nps = netPromoterScore(GetParam().scores);
    ASSERT_EQ(nps.has_value(), GetParam().nps.has_value());
    if (nps) {
        EXPECT_DOUBLE_EQ(*nps, *GetParam().nps);
    }
}

TEST(TermFrequency, EnglishWordsAreLowerCasedWithoutStopWords)
{
    EXPECT_EQ(frequentTerms({ QStringLiteral("The PRINTER is broken; the printer doesn't print. A 2nd time!") }, 10),
        (QList<TermCount> { { QStringLiteral("printer"), 2 }, { QStringLiteral("2nd"), 1 },
            { QStringLiteral("broken"), 1 }, { QStringLiteral("doesn't"), 1 }, { QStringLiteral("print"), 1 },
            { QStringLiteral("time"), 1 } }));
    EXPECT_EQ(frequentTerms({ QStringLiteral("Order 1042 of 2026") }, 10),
        (QList<TermCount> { { QStringLiteral("order"), 1 } }));
}

TEST(TermFrequency, ChineseTextGivesCharacterBigramsWithoutFunctionCharacters)
{
    EXPECT_EQ(frequentTerms({ QStringLiteral("我的屏幕碎了"), QStringLiteral("iPhone15屏幕，客服态度差") }, 10),
        (QList<TermCount> { { QStringLiteral("屏幕"), 2 }, { QStringLiteral("iphone15"), 1 },
            { QStringLiteral("客服"), 1 }, { QStringLiteral("幕碎"), 1 }, { QStringLiteral("度差"), 1 },
            { QStringLiteral("态度"), 1 }, { QStringLiteral("服态"), 1 } }));
    EXPECT_EQ(frequentTerms({ QStringLiteral("差"), QStringLiteral("a b c") }, 10), QList<TermCount> {});
    EXPECT_EQ(frequentTerms({ QStringLiteral("delay delay refund") }, 1),
        (QList<TermCount> { { QStringLiteral("delay"), 2 } }));
}

} // namespace

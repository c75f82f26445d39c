#pragma once

#include "ReportContent.h"
#include "services/SalesAnalysis.h"

#include <QCoreApplication>

// One page of the seven views of customer analysis as it is shown and printed: a chart and table (ReportView),
// the customers behind each row (for drill-down; empty where a row is not a set of customers), and how the chart's
// categories map to the rows: category i is row i, or row count - 1 - i when the chart is drawn bottom-up.
struct ViewPage
{
    ReportView view;
    QList<QList<qint64>> customers;
    bool bottomUp = false;
};

// Builds the pages of the seven views (profile, loyalty, profitability, performance, prospects, products,
// promotion) and of customer value, for the Reports page and the printed analysis alike.
class ViewContent
{
    Q_DECLARE_TR_FUNCTIONS(ViewContent)

public:
    enum class Page
    {
        ProfileIndustry,
        ProfileRegion,
        ProfileTier,
        ProfileSource,
        LoyaltyPurchases,
        LoyaltyTenure,
        ProfitabilityMargins,
        ProfitabilityTopBottom,
        PerformanceCategory,
        PerformanceChannel,
        PerformanceRegion,
        PerformanceRep,
        Prospects,
        Products,
        PromotionSources,
        PromotionNewCustomers,
        ValueDistribution,
        ValueTopCustomers
    };

    static QList<Page> pages();
    // The pages in the printed analysis (one or two per view).
    static QList<Page> printedPages();
    // "Profile: industry"; view() is the name of the view the page belongs to ("Profile").
    static QString title(Page page);
    static QString viewName(Page page);
    static ViewPage page(const SalesAnalysisResult &result, Page page);

private:
    static ViewPage profile(const SalesAnalysisResult &r, CustomerProfile::Attribute attribute, bool pie);
    static ViewPage loyalty(const SalesAnalysisResult &r, bool tenure);
    static ViewPage margins(const SalesAnalysisResult &r);
    static ViewPage topBottom(const SalesAnalysisResult &r);
    static ViewPage performance(const SalesAnalysisResult &r, CustomerViewRepository::Dimension dimension);
    static ViewPage prospects(const SalesAnalysisResult &r);
    static ViewPage products(const SalesAnalysisResult &r);
    static ViewPage sources(const SalesAnalysisResult &r);
    static ViewPage newBySource(const SalesAnalysisResult &r);
    static ViewPage valueDistribution(const SalesAnalysisResult &r);
    static ViewPage valueTop(const SalesAnalysisResult &r);
};

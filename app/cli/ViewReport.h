#pragma once

#include "CliContext.h"
#include "Result.h"
#include "repo/SalesHistoryRepository.h"

#include <QStringList>
#include <QVariantList>

// `report views --view profile|loyalty|profitability|performance|prospects|products|promotion|value
// [--by ...]`: one of the seven views of customer analysis (or customer value) as named columns and plain values.
struct ViewReportTable
{
    QStringList columns;
    QList<QVariantList> rows;
};

Result<ViewReportTable> viewsReport(CliContext &context, const SalesQuery &sales, QDate asOf);

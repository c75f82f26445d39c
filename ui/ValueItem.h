#pragma once

#include "TableExport.h"

#include <QTableWidgetItem>

// A table cell shown as formatted text ("¥1,234.50", "2026-11-25") that sorts by its TableExport::ValueRole value
// (the amount, the date) when both cells have one, and by text otherwise; exports write the same value.
class ValueItem : public QTableWidgetItem
{
public:
    explicit ValueItem(const QString &text, const QVariant &value = {})
        : QTableWidgetItem(text)
    {
        if (value.isValid())
            setData(TableExport::ValueRole, value);
    }

    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(TableExport::ValueRole);
        const QVariant theirs = other.data(TableExport::ValueRole);
        if (mine.isValid() && theirs.isValid())
            return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
        return QTableWidgetItem::operator<(other);
    }
};

#pragma once

#include "Customer.h"

#include <QString>

#include <optional>

enum class CustomerSort { Name, Kind, Industry, Province, City, Owner, Tier, Stage, Source, Created, Updated };

// What the customer list shows: live customers or the trash, filtered, searched and sorted.
struct CustomerQuery
{
    QString search;
    qint64 ownerId = 0;
    QString tier;
    std::optional<LifecycleStage> stage;
    qint64 tagId = 0;
    QString province;
    bool trash = false;
    // Only customers with a contact who agreed to receive marketing (privacy: consent per contact).
    bool withMarketingConsent = false;
    CustomerSort sort = CustomerSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CustomerQuery &) const = default;
};

#pragma once

#include "ViewFacts.h"

// The profile view: the customer mix by one attribute, as counts and shares.
class CustomerProfile
{
public:
    enum class Attribute
    {
        Industry,
        Province,
        Tier,
        Source
    };

    static QString valueOf(const ViewCustomer &customer, Attribute attribute);
    // One group per value of the attribute (an empty value is a group of its own), the largest first, then by
    // value; customers and customerShare are set, the sales figures are not.
    static QList<ViewGroup> mix(const QList<ViewCustomer> &customers, Attribute attribute);
};

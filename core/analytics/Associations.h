#pragma once

#include <QList>

// The products of one order (duplicates are counted once).
struct Basket
{
    QList<qint64> products;
};

struct AssociationRule
{
    qint64 antecedent = 0; // bought this ...
    qint64 consequent = 0; // ... and also this
    int together = 0; // orders with both
    double support = 0; // together / orders
    double confidence = 0; // together / orders with the antecedent
    double lift = 0; // confidence / (orders with the consequent / orders)
};

// Which products are bought together: every ordered pair (A → B) of products that share at least minTogether
// orders, with support, confidence and lift, sorted by lift, then support, then the product ids.
class Associations
{
public:
    static QList<AssociationRule> pairs(const QList<Basket> &baskets, int minTogether = 2, int limit = 100);
};

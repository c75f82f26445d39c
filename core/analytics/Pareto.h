#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

enum class AbcClass
{
    A,
    B,
    C
};

// One customer's value to rank: revenue or gross profit in minor units.
struct CustomerValue
{
    qint64 customerId = 0;
    qint64 value = 0;
};

struct ParetoRow
{
    qint64 customerId = 0;
    qint64 value = 0;
    int rank = 0; // 1 = the most valuable
    double cumulativeShare = 0; // 0..1, this customer included
    AbcClass abc = AbcClass::C;
};

struct ParetoClassSummary
{
    AbcClass abc = AbcClass::C;
    int customers = 0;
    qint64 value = 0;
    double customerShare = 0; // 0..1
    double valueShare = 0; // 0..1: the class's positive values over the positive total
};

struct ParetoResult
{
    QList<ParetoRow> rows; // ranked
    QList<ParetoClassSummary> classes; // A, B, C
    qint64 positiveTotal = 0;
};

// Pareto ranking and ABC classes.
//
// Customers are ranked by value, highest first, equal values by customer id. Shares are of the sum of the
// positive values (a customer who cost more than they brought adds nothing to the curve). A customer is in A
// while the share before them is below the A threshold (so the customer who crosses it is still A), in B while
// it is below A + B, and in C after that; customers with a value of zero or less are always C.
class Pareto
{
    Q_DECLARE_TR_FUNCTIONS(Pareto)

public:
    struct Thresholds
    {
        int aPercent = 80;
        int bPercent = 15; // C is the rest
    };

    static ParetoResult classify(QList<CustomerValue> values, Thresholds thresholds);
    static ParetoResult classify(QList<CustomerValue> values) { return classify(std::move(values), Thresholds {}); }

    static QString key(AbcClass abc); // "A", "B", "C"
    // "The top 20.0% of customers bring 80.3% of the profit." for class A of a result.
    static QString headline(const ParetoResult &result, bool profit);
};

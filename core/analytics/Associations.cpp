#include "Associations.h"

#include <algorithm>
#include <map>
#include <unordered_map>

QList<AssociationRule> Associations::pairs(const QList<Basket> &baskets, int minTogether, int limit)
{
    std::unordered_map<qint64, int> single;
    std::map<std::pair<qint64, qint64>, int> together; // (smaller id, larger id)
    for (const Basket &basket : baskets) {
        QList<qint64> products = basket.products;
        std::sort(products.begin(), products.end());
        products.erase(std::unique(products.begin(), products.end()), products.end());
        for (qsizetype i = 0; i < products.size(); ++i) {
            ++single[products[i]];
            for (qsizetype j = i + 1; j < products.size(); ++j)
                ++together[{ products[i], products[j] }];
        }
    }
    const double orders = double(baskets.size());
    QList<AssociationRule> rules;
    for (const auto &[pair, count] : together) {
        if (count < minTogether)
            continue;
        for (const auto &[a, b] : { pair, std::pair { pair.second, pair.first } }) {
            AssociationRule rule { a, b, count };
            rule.support = count / orders;
            rule.confidence = double(count) / single[a];
            rule.lift = rule.confidence / (single[b] / orders);
            rules.append(rule);
        }
    }
    std::sort(rules.begin(), rules.end(), [](const AssociationRule &x, const AssociationRule &y) {
        if (x.lift != y.lift)
            return x.lift > y.lift;
        if (x.together != y.together)
            return x.together > y.together;
        return std::pair { x.antecedent, x.consequent } < std::pair { y.antecedent, y.consequent };
    });
    if (limit >= 0 && rules.size() > limit)
        rules.resize(limit);
    return rules;
}

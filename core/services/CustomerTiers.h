#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// The book's customer tiers ("A, B, C" by default; book_settings 'tiers'), in the order the app lists them: how many
// customers each has, and edits to the list. A tier renamed moves its customers with it; a tier still in use cannot
// be left out. Each tier's follow-up interval (FollowUpService) goes with its name.
class CustomerTiers
{
    Q_DECLARE_TR_FUNCTIONS(CustomerTiers)

public:
    // One tier of the edited list: `from` is its name before the edit (empty for a new tier), `to` its name after.
    struct Edit
    {
        QString from;
        QString to;
    };

    explicit CustomerTiers(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Customers per tier as stored, the trash included (a customer restored from it keeps its tier).
    Result<QHash<QString, qint64>> usage() const;
    // What is wrong with a list before it is saved: an empty or over-long name, a comma or an equals sign (the list
    // and the follow-up intervals are stored as "A,B" and "A=30,B=60"), or two tiers with the same name (letter
    // case aside). Each error names the tier.
    static QList<Error> check(const QList<Edit> &tiers);
    // Saves the list in its order in one transaction: each renamed tier's customers get the new name (one audit
    // entry per rename). Fails, changing nothing, when check() finds a problem or a tier left out still has
    // customers.
    Status save(const QList<Edit> &tiers);

    static constexpr int kMaxNameLength = 30;

private:
    QSqlDatabase m_db;
};

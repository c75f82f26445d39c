#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The book's sales reps: the owners that customers, follow-ups, quotes, orders, contracts and complaints are
// assigned to (table `owners`). A new book has none until they are added here (or an import names them).
class SalesReps
{
    Q_DECLARE_TR_FUNCTIONS(SalesReps)

public:
    struct Rep
    {
        qint64 id = 0; // 0: a new rep
        QString name;
        QString email;
        qint64 customers = 0; // listed customers (not the trash) they own
    };

    explicit SalesReps(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Every rep of the book, by name, with the number of customers each owns.
    Result<QList<Rep>> list() const;
    // What is wrong with a list before it is saved: a rep without a name, two with the same name (letter case
    // aside), or an e-mail address that is not one. Each error names the rep.
    static QList<Error> check(const QList<Rep> &reps);
    // Saves the list in one transaction, each change audited: new reps are added, changed names and addresses
    // saved, and a rep left out is removed, which only a rep with no customers and no open work can be
    // (SalesRepHandover): their closed history keeps their name.
    Status save(const QList<Rep> &reps);

private:
    QSqlDatabase m_db;
};

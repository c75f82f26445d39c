#pragma once

#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <random>

// Fills an empty book with realistic small-business data in English and Chinese: companies and individuals,
// industries, regions and cities, sources, sales reps as owners, contacts, tags, and about three years of
// dated notes. The same seed (and the same Clock date) gives the same book.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int customers = 2000;
        quint64 seed = 1;
    };
    // Called now and then with the number written so far; return false to cancel (nothing is kept).
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoGenerator(QSqlDatabase db) : m_db(std::move(db)) { }

    Status generate(const Options &options, const Progress &progress = {});

private:
    struct Person
    {
        QString name;
        bool chinese = true;
    };

    quint64 next() { return m_rng(); }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[below(int(list.size()))]; }
    QString uuid();

    Customer makeCustomer(const QList<Owner> &owners);
    QList<Contact> makeContacts(const Customer &customer);
    QList<Note> makeNotes(const Customer &customer, const QList<Owner> &owners);
    Person makePerson(bool chinese);
    QString chinesePhone();
    QString americanPhone();
    QDateTime randomMomentInPast(int maxDays);

    QSqlDatabase m_db;
    std::mt19937_64 m_rng;
    QDateTime m_now;
    quint64 m_uuidCounter = 0;
};

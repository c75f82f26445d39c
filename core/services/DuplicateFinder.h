#pragma once

#include "Result.h"
#include "services/DuplicateDetector.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// Customers that are probably one and the same, and why: each shared value, a phone, an email or a core name.
struct DuplicateGroup
{
    struct Evidence
    {
        DuplicateDetector::Reason reason = DuplicateDetector::Reason::Phone;
        QString value; // E.164 phone (or digits), lower-case email, or the core name (DuplicateDetector::coreName)
    };
    QList<qint64> customerIds; // ascending, at least two
    QList<Evidence> evidence; // phones first, then emails, then the name
};

// Finds groups of likely duplicate customers among the live ones (not in the trash), with the rules of
// DuplicateDetector: the same normalised phone, the same normalised email (the customer's own or a live
// contact's), or the same core name (legal suffixes and punctuation ignored; at least two characters).
//
// Names are compared for equality of the core name, not similarity: equal names can be found by hashing, so a
// book of a million customers is searched in seconds; near misses are left to DuplicateDetector when a customer
// is edited.
//
// One group per shared value, so a group always says exactly why its customers belong together; values shared
// by the very same customers (a phone and a name) make one group with several pieces of evidence. A customer
// can be in several groups (A and B share a phone, B and C an email). Joining overlapping groups (union-find)
// was tried and rejected: common values (a switchboard number, a common personal name) chain into one group of
// a quarter of the book (273,190 customers in the 1,000,000-customer benchmark book).
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    // Called now and then with the share of work done, 0-100.
    using Progress = std::function<void(int percent)>;

    explicit DuplicateFinder(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The groups, ordered by their customer ids. Setting *cancel to true stops the search soon after; the
    // result is then an error saying so.
    Result<QList<DuplicateGroup>> find(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) const;

private:
    // One group per shared value; joined by customers in find().
    Status findByContactPoints(
        QList<DuplicateGroup> &groups, const Progress &progress, const std::atomic_bool *cancel) const;
    Status findByNames(QList<DuplicateGroup> &groups, const Progress &progress, const std::atomic_bool *cancel) const;

    QSqlDatabase m_db;
};

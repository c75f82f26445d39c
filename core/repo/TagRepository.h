#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// Tags given to or taken from many customers at once (a segment from a report, a selection in the list). Each
// customer changed gets its own audit entry ("tags": the list before and after), on its timeline.
class TagRepository
{
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    explicit TagRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    using Progress = std::function<void(double)>;

    // Creates the tag when it is new and gives it to every customer in `ids` that does not have it yet, in one
    // transaction. Returns the customers that got it. Progress goes from 0 to 1 (from this thread); a set cancel
    // flag stops the work and rolls it back (an error saying so).
    Result<QList<qint64>> addTag(const QList<qint64> &ids, const QString &tag, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
    // Takes the tag from every customer in `ids` that has it, in one transaction. Returns those customers. The tag
    // itself stays in the book's list.
    Result<QList<qint64>> removeTag(const QList<qint64> &ids, const QString &tag);

private:
    Result<qint64> tagId(const QString &name, bool create);
    Result<QStringList> tagsOf(qint64 customerId) const;
    // Links or unlinks one customer and audits it; false when there was nothing to change.
    Result<bool> change(qint64 customerId, qint64 tagId, const QString &name, bool add, const QString &now);

    QSqlDatabase m_db;
};

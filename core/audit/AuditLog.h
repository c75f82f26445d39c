#pragma once

#include "AuditEntry.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

struct Contact;
struct Customer;

// The audit trail of a book (0005_trust.sql). Repositories and services record into it inside the transaction of
// the change itself, so an entry exists exactly when the change does. There is deliberately no update or delete.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Writes one entry; `at` and `user` are filled in when empty (Clock and currentUser()).
    Status record(AuditEntry entry);
    // The entry with that id; an error when there is none.
    Result<AuditEntry> find(qint64 id) const;
    // Newest first, at most `limit` (0: all).
    Result<QList<AuditEntry>> list(const AuditFilter &filter, int limit = 0) const;
    // Every entry the filter selects, newest first, one forward pass; `visit` stops it by returning false.
    Status forEach(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &visit) const;
    // The entries the filter selects as .xlsx or CSV (by the file's suffix), newest first; returns the row count.
    Result<qint64> exportTo(const QString &path, const AuditFilter &filter) const;
    // The users that appear in the trail, for the view's filter.
    Result<QStringList> users() const;

    // Who is acting: the operating system's user name until the app has accounts.
    static QString currentUser();
    // The user as shown: earlier versions recorded "unknown" when they found no account name.
    static QString displayUser(const QString &user);
    // A new id shared by the entries of one bulk operation.
    static QString newBatchId();
    // {"field": {"old": .., "new": ..}} for each field whose value differs ("old" missing on create).
    static QJsonObject diff(const QJsonObject &before, const QJsonObject &after);
    // The audited fields of a customer and a contact, as stored.
    static QJsonObject fields(const Customer &customer);
    static QJsonObject fields(const Contact &contact);

private:
    Status prepareSelect(QSqlQuery &query, const AuditFilter &filter, int limit) const;

    QSqlDatabase m_db;
};

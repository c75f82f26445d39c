#pragma once

#include "Result.h"
#include "domain/CustomerQuery.h"
#include "io/TableWriter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

// The columns of the customer list, in the list's own order (ui's CustomerTableModel::Column follows it).
// The list's columns in the list model's order (the list's export maps its header sections to these), then the
// rest of a customer's file, which only a full export writes.
enum class CustomerColumn
{
    Name,
    Kind,
    Industry,
    Province,
    City,
    Phone,
    Email,
    Owner,
    Tier,
    Stage,
    Source,
    Tags,
    Created,
    Updated,
    Deleted,
    Address,
    OtherPhones,
    OtherEmails,
    Website,
    Notes
};

// Writes the customers a list shows (its filter, search and sort) with the chosen columns to .xlsx or CSV,
// streaming in one forward pass so memory stays flat for a million rows. Dates are written in local time, as the list
// shows them. A cancelled or failed export leaves no file behind (and an existing file as it was).
class CustomerExporter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExporter)

public:
    struct Summary
    {
        qint64 rows = 0;
        bool cancelled = false;
        QStringList warnings; // e.g. characters GBK cannot hold
    };

    explicit CustomerExporter(QSqlDatabase db) : m_db(std::move(db)) { }

    void setProgressHandler(std::function<void(double)> handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Names, phones and emails written as stable pseudonyms (privacy/Pseudonymiser.h).
    void setAnonymise(bool anonymise) { m_anonymise = anonymise; }
    // Phones with their country codes ("+86 138 0013 8000"), for a file another book or program reads, whatever its
    // phone region; by default as the list shows them.
    void setInternationalPhones(bool international) { m_internationalPhones = international; }

    Result<Summary> exportTo(const QString &path, const CustomerQuery &query, const QList<CustomerColumn> &columns,
                             const TableWriterOptions &options = {});

    // Every column, the customer's whole file, in reading order (the trash's deleted time only withDeleted). The
    // headers read back as the same fields in an import (ImportMapping::guess).
    static QList<CustomerColumn> allColumns(bool withDeleted = false);
    static bool isDetail(CustomerColumn column); // not in the list: needs the full pass
    static QString title(CustomerColumn column);
    static std::optional<CustomerColumn> columnFromKey(const QString &key); // "name", "phone", ...
    static QString key(CustomerColumn column);

private:
    QSqlDatabase m_db;
    std::function<void(double)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_anonymise = false;
    bool m_internationalPhones = false;
};

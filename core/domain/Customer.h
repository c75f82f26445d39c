#pragma once

#include "MarketingConsent.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class CustomerKind { Company, Individual };
enum class LifecycleStage { Lead, Prospect, Customer, Inactive };

QString toString(CustomerKind kind);
std::optional<CustomerKind> customerKindFromString(const QString &text);
QString displayName(CustomerKind kind);

QString toString(LifecycleStage stage);
std::optional<LifecycleStage> lifecycleStageFromString(const QString &text);
QString displayName(LifecycleStage stage);
const QList<LifecycleStage> &allLifecycleStages();

struct Contact
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QString name;
    QString title;
    QStringList phones;
    QString email;
    QDate birthday;
    QString notes;
    bool primary = false;
    // Marketing consent (privacy): whether they agreed to receive marketing, when they agreed or withdrew, and how
    // (a web form, a trade fair, a call, ...).
    MarketingConsent marketingConsent = MarketingConsent::Unknown;
    QDate consentDate;
    QString consentSource;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Customer
{
    qint64 id = 0;
    QString uuid;
    CustomerKind kind = CustomerKind::Company;
    QString name;
    QString industry;
    QString province;
    QString city;
    QString address;
    QStringList phones;
    QStringList emails;
    QString website;
    QString source;
    qint64 ownerId = 0; // 0: no owner
    QString ownerName;  // read-only, filled by the repository
    QString tier;
    LifecycleStage stage = LifecycleStage::Lead;
    QStringList tags;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
};

// One row of the customer list: what the table shows, nothing more (a million of them may be paged through).
struct CustomerRow
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Company;
    QString name;
    QString industry;
    QString province;
    QString city;
    QString phone;
    QString email;
    qint64 ownerId = 0;
    QString ownerName;
    QString tier;
    LifecycleStage stage = LifecycleStage::Lead;
    QString source;
    QString tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    QByteArray sortKey; // where the row is in name order (customers.sort_key); read by the list's pages only
};

// What a full export writes beside a CustomerRow: the rest of the customer's file.
struct CustomerRowDetails
{
    QString address;
    QString website;
    QString notes;
    QString otherPhones; // after the first, "; " between them
    QString otherEmails;
};

struct Owner
{
    qint64 id = 0;
    QString name;
    QString email;
};

struct Note
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QDateTime happenedAt;
    QString body;
    QString author;
};

// An entry of the customer file's timeline, newest first; later features add their own kinds.
struct TimelineEntry
{
    enum class Kind { Created, Updated, Note, ContactAdded, Deleted, Complaint, Audit };
    Kind kind = Kind::Note;
    QDateTime at;
    QString text;
};

#include "CustomerExporter.h"
#include "io/AuditedExport.h"
#include "io/PipedTableRows.h"
#include "privacy/Pseudonymiser.h"
#include "repo/CustomerRepository.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace {

struct ColumnInfo
{
    CustomerColumn column;
    const char *key;
    const char *title;
    TableColumn::Type type;
};

constexpr std::array kColumns {
    ColumnInfo { CustomerColumn::Name, "name", QT_TRANSLATE_NOOP("CustomerExporter", "Name"), TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::Kind, "kind", QT_TRANSLATE_NOOP("CustomerExporter", "Type"), TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::Industry, "industry", QT_TRANSLATE_NOOP("CustomerExporter", "Industry"),
        TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::Province, "province", QT_TRANSLATE_NOOP("CustomerExporter", "Region"),
        TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::City, "city", QT_TRANSLATE_NOOP("CustomerExporter", "City"), TableColumn::Type::Text },
    ColumnInfo {
        CustomerColumn::Phone, "phone", QT_TRANSLATE_NOOP("CustomerExporter", "Phone"), TableColumn::Type::Text },
    ColumnInfo {
        CustomerColumn::Email, "email", QT_TRANSLATE_NOOP("CustomerExporter", "Email"), TableColumn::Type::Text },
    ColumnInfo {
        CustomerColumn::Owner, "owner", QT_TRANSLATE_NOOP("CustomerExporter", "Owner"), TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::Tier, "tier", QT_TRANSLATE_NOOP("CustomerExporter", "Tier"), TableColumn::Type::Text },
    ColumnInfo {
        CustomerColumn::Stage, "stage", QT_TRANSLATE_NOOP("CustomerExporter", "Stage"), TableColumn::Type::Text },
    ColumnInfo {
        CustomerColumn::Source, "source", QT_TRANSLATE_NOOP("CustomerExporter", "Source"), TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::Tags, "tags", QT_TRANSLATE_NOOP("CustomerExporter", "Tags"), TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::Created, "created", QT_TRANSLATE_NOOP("CustomerExporter", "Created"),
        TableColumn::Type::DateTime },
    ColumnInfo { CustomerColumn::Updated, "updated", QT_TRANSLATE_NOOP("CustomerExporter", "Updated"),
        TableColumn::Type::DateTime },
    ColumnInfo { CustomerColumn::Deleted, "deleted", QT_TRANSLATE_NOOP("CustomerExporter", "Deleted"),
        TableColumn::Type::DateTime },
    ColumnInfo {
        CustomerColumn::Address, "address", QT_TRANSLATE_NOOP("CustomerExporter", "Address"), TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::OtherPhones, "other_phones", QT_TRANSLATE_NOOP("CustomerExporter", "Other phones"),
        TableColumn::Type::Text },
    ColumnInfo { CustomerColumn::OtherEmails, "other_emails", QT_TRANSLATE_NOOP("CustomerExporter", "Other emails"),
        TableColumn::Type::Text },
    ColumnInfo {
        CustomerColumn::Website, "website", QT_TRANSLATE_NOOP("CustomerExporter", "Website"), TableColumn::Type::Text },
    ColumnInfo {
        CustomerColumn::Notes, "notes", QT_TRANSLATE_NOOP("CustomerExporter", "Notes"), TableColumn::Type::Text },
};

// A whole customer file in reading order: where they are, how to reach them, who looks after them.
constexpr std::array kFileOrder { CustomerColumn::Name, CustomerColumn::Kind, CustomerColumn::Industry,
    CustomerColumn::Province, CustomerColumn::City, CustomerColumn::Address, CustomerColumn::Phone,
    CustomerColumn::OtherPhones, CustomerColumn::Email, CustomerColumn::OtherEmails, CustomerColumn::Website,
    CustomerColumn::Owner, CustomerColumn::Tier, CustomerColumn::Stage, CustomerColumn::Source, CustomerColumn::Tags,
    CustomerColumn::Notes, CustomerColumn::Created, CustomerColumn::Updated, CustomerColumn::Deleted };
static_assert(kFileOrder.size() == kColumns.size());

const ColumnInfo &info(CustomerColumn column)
{
    Q_ASSERT(kColumns[size_t(column)].column == column);
    return kColumns[size_t(column)];
}

QVariant localTime(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toLocalTime()) : QVariant();
}

// The kinds' and stages' names, translated once per export instead of once per row.
struct CodeNames
{
    CodeNames()
    {
        for (CustomerKind kind : { CustomerKind::Company, CustomerKind::Individual })
            kinds[size_t(kind)] = displayName(kind);
        for (LifecycleStage stage : allLifecycleStages())
            stages[size_t(stage)] = displayName(stage);
    }
    std::array<QString, 2> kinds;
    std::array<QString, 4> stages;
};

QVariant cell(const CustomerRow &row, const CustomerRowDetails &details, CustomerColumn column, const CodeNames &names)
{
    switch (column) {
    case CustomerColumn::Address:
        return details.address;
    case CustomerColumn::OtherPhones:
        return details.otherPhones;
    case CustomerColumn::OtherEmails:
        return details.otherEmails;
    case CustomerColumn::Website:
        return details.website;
    case CustomerColumn::Notes:
        return details.notes;
    case CustomerColumn::Name:
        return row.name;
    case CustomerColumn::Kind:
        return names.kinds[size_t(row.kind)];
    case CustomerColumn::Industry:
        return row.industry;
    case CustomerColumn::Province:
        return row.province;
    case CustomerColumn::City:
        return row.city;
    case CustomerColumn::Phone:
        return row.phone;
    case CustomerColumn::Email:
        return row.email;
    case CustomerColumn::Owner:
        return row.ownerName;
    case CustomerColumn::Tier:
        return row.tier;
    case CustomerColumn::Stage:
        return names.stages[size_t(row.stage)];
    case CustomerColumn::Source:
        return row.source;
    case CustomerColumn::Tags:
        return row.tags;
    case CustomerColumn::Created:
        return localTime(row.createdAt);
    case CustomerColumn::Updated:
        return localTime(row.updatedAt);
    case CustomerColumn::Deleted:
        return localTime(row.deletedAt);
    }
    return {};
}

// Names, phones and emails (the owner's name too) replaced by stable pseudonyms, for sharing with an analyst.
// Address, other phones and emails, website and notes are left out: they name or reach the person.
QVariant anonymised(const Pseudonymiser &pseudonyms, const CustomerRow &row, const CustomerRowDetails &details,
    CustomerColumn column, const CodeNames &names)
{
    switch (column) {
    case CustomerColumn::Address:
    case CustomerColumn::OtherPhones:
    case CustomerColumn::OtherEmails:
    case CustomerColumn::Website:
    case CustomerColumn::Notes:
        return {};
    case CustomerColumn::Name:
        return pseudonyms.pseudonym(Pseudonymiser::Kind::Name, row.name);
    case CustomerColumn::Phone:
        return pseudonyms.pseudonym(Pseudonymiser::Kind::Phone, row.phone);
    case CustomerColumn::Email:
        return pseudonyms.pseudonym(Pseudonymiser::Kind::Email, row.email);
    case CustomerColumn::Owner:
        return pseudonyms.pseudonym(Pseudonymiser::Kind::Name, row.ownerName);
    default:
        return cell(row, details, column, names);
    }
}

} // namespace

QList<CustomerColumn> CustomerExporter::allColumns(bool withDeleted)
{
    QList<CustomerColumn> columns;
    for (CustomerColumn column : kFileOrder) {
        if (column != CustomerColumn::Deleted || withDeleted)
            columns << column;
    }
    return columns;
}

bool CustomerExporter::isDetail(CustomerColumn column)
{
    return column > CustomerColumn::Deleted;
}

QString CustomerExporter::title(CustomerColumn column)
{
    return tr(info(column).title);
}

QString CustomerExporter::key(CustomerColumn column)
{
    return QString::fromLatin1(info(column).key);
}

std::optional<CustomerColumn> CustomerExporter::columnFromKey(const QString &key)
{
    for (const ColumnInfo &column : kColumns) {
        if (key == QLatin1String(column.key))
            return column.column;
    }
    return std::nullopt;
}

Result<CustomerExporter::Summary> CustomerExporter::exportTo(const QString &path, const CustomerQuery &query,
                                                             const QList<CustomerColumn> &columns,
                                                             const TableWriterOptions &options)
{
    CustomerRepository customers(m_db);
    auto total = customers.count(query);
    if (!total)
        return total.error();
    std::optional<Pseudonymiser> pseudonyms;
    if (m_anonymise) {
        auto book = Pseudonymiser::forBook(m_db);
        if (!book)
            return book.error();
        pseudonyms = book.value();
    }
    auto writer = createTableWriter(path, options);
    if (!writer)
        return writer.error();
    QList<TableColumn> tableColumns;
    for (CustomerColumn column : columns)
        tableColumns << TableColumn { title(column), info(column).type };
    if (Status status = writer.value()->begin(query.trash ? tr("Trash") : tr("Customers"), tableColumns); !status)
        return status.error();

    // This thread reads the book; another writes the file, batch by batch, so the two overlap.
    PipedTableRows rows(*writer.value());
    Summary summary;
    const CodeNames names;
    const qint64 progressEvery = std::max<qint64>(1, total.value() / 1000);
    const bool withTimes = columns.contains(CustomerColumn::Created) || columns.contains(CustomerColumn::Updated)
        || columns.contains(CustomerColumn::Deleted);
    const auto timestamps = withTimes ? CustomerRepository::Timestamps::Read : CustomerRepository::Timestamps::Skip;
    const auto visit = [&](const CustomerRow &row, const CustomerRowDetails &details) {
        if (summary.rows % progressEvery == 0) {
            if (m_cancel && m_cancel->load()) {
                summary.cancelled = true;
                return false;
            }
            if (m_progress && total.value() > 0)
                m_progress(double(summary.rows) / double(total.value()));
        }
        QVariantList cells;
        cells.reserve(columns.size());
        for (CustomerColumn column : columns)
            cells << (pseudonyms ? anonymised(*pseudonyms, row, details, column, names)
                                 : cell(row, details, column, names));
        ++summary.rows;
        return rows.add(std::move(cells));
    };
    const bool details = std::any_of(columns.cbegin(), columns.cend(), isDetail);
    const auto phones = m_internationalPhones ? CustomerRepository::PhoneForm::International
                                              : CustomerRepository::PhoneForm::AsListed;
    const Status read = details
        ? customers.forEachRowWithDetails(query, visit, timestamps, phones)
        : customers.forEachRow(
            query, [&visit](const CustomerRow &row) { return visit(row, {}); }, timestamps, phones);
    const Status written = rows.close(read && !summary.cancelled);
    if (!read)
        return read.error();
    if (!written)
        return written.error();
    if (summary.cancelled)
        return summary; // the writer is dropped without finish(): no file is left
    AuditTrail::ExportRecord record;
    record.entity = QStringLiteral("customer");
    record.file = path;
    record.rows = summary.rows;
    record.anonymised = m_anonymise;
    QJsonArray columnKeys;
    for (CustomerColumn column : columns)
        columnKeys.append(key(column));
    record.details.insert(QStringLiteral("columns"), columnKeys);
    if (query.withMarketingConsent)
        record.details.insert(QStringLiteral("with_marketing_consent"), true);
    if (Status status = finishAuditedExport(m_db, *writer.value(), record); !status)
        return status.error();
    summary.warnings = writer.value()->warnings();
    return summary;
}

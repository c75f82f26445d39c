#include "ImportMapping.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>

namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label; // translated with QT_TRANSLATE_NOOP
};

constexpr std::array kFields {
    FieldInfo { ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportMapping", "(Do not import)") },
    FieldInfo { ImportField::Name, "name", QT_TRANSLATE_NOOP("ImportMapping", "Customer name") },
    FieldInfo { ImportField::Kind, "kind", QT_TRANSLATE_NOOP("ImportMapping", "Company or individual") },
    FieldInfo { ImportField::Industry, "industry", QT_TRANSLATE_NOOP("ImportMapping", "Industry") },
    FieldInfo { ImportField::Province, "province", QT_TRANSLATE_NOOP("ImportMapping", "Province / region") },
    FieldInfo { ImportField::City, "city", QT_TRANSLATE_NOOP("ImportMapping", "City") },
    FieldInfo { ImportField::Address, "address", QT_TRANSLATE_NOOP("ImportMapping", "Address") },
    FieldInfo { ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportMapping", "Phone") },
    FieldInfo { ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportMapping", "Email") },
    FieldInfo { ImportField::Website, "website", QT_TRANSLATE_NOOP("ImportMapping", "Website") },
    FieldInfo { ImportField::Source, "source", QT_TRANSLATE_NOOP("ImportMapping", "Source") },
    FieldInfo { ImportField::Owner, "owner", QT_TRANSLATE_NOOP("ImportMapping", "Owner (sales rep)") },
    FieldInfo { ImportField::Tier, "tier", QT_TRANSLATE_NOOP("ImportMapping", "Tier") },
    FieldInfo { ImportField::Stage, "stage", QT_TRANSLATE_NOOP("ImportMapping", "Stage") },
    FieldInfo { ImportField::Tags, "tags", QT_TRANSLATE_NOOP("ImportMapping", "Tags") },
    FieldInfo { ImportField::Notes, "notes", QT_TRANSLATE_NOOP("ImportMapping", "Notes") },
    FieldInfo { ImportField::CreatedAt, "created", QT_TRANSLATE_NOOP("ImportMapping", "Customer since") },
    FieldInfo { ImportField::ContactName, "contact_name", QT_TRANSLATE_NOOP("ImportMapping", "Contact name") },
    FieldInfo { ImportField::ContactTitle, "contact_title", QT_TRANSLATE_NOOP("ImportMapping", "Contact title") },
    FieldInfo { ImportField::ContactPhone, "contact_phone", QT_TRANSLATE_NOOP("ImportMapping", "Contact phone") },
    FieldInfo { ImportField::ContactEmail, "contact_email", QT_TRANSLATE_NOOP("ImportMapping", "Contact email") },
};

const FieldInfo &info(ImportField field)
{
    for (const FieldInfo &entry : kFields) {
        if (entry.field == field)
            return entry;
    }
    return kFields.front();
}

// Header names seen in real customer lists, already folded as headerKey() folds them: English, Simplified and
// Traditional Chinese.
const QHash<QString, ImportField> &headerSynonyms()
{
    static const QHash<QString, ImportField> synonyms = [] {
        const QList<std::pair<ImportField, const char *>> table {
            { ImportField::Name,
                "name|company|companyname|customer|customername|client|clientname|account|accountname|organization|"
                "organisation|客户名称|客户|客户名|公司名称|公司|公司名|企业名称|企业|单位名称|单位|名称|姓名|客戶名稱|"
                "客戶|客戶名|公司名稱|企業名稱|企業|單位名稱|單位|名稱" },
            { ImportField::Kind, "type|kind|customertype|类型|客户类型|类别|類型|客戶類型|類別" },
            { ImportField::Industry, "industry|sector|行业|所属行业|行業|所屬行業" },
            { ImportField::Province, "province|state|region|省份|省|地区|区域|所在地区|地區|區域|所在地區" },
            { ImportField::City, "city|town|城市|市|所在城市" },
            { ImportField::Address,
                "address|street|streetaddress|地址|详细地址|通讯地址|公司地址|詳細地址|通訊地址|公司地址" },
            { ImportField::Phone,
                "phone|phones|telephone|tel|mobile|cell|cellphone|phonenumber|电话|手机|手机号|手机号码|联系电话|"
                "固话|座机|电话号码|電話|手機|手機號碼|聯絡電話|聯繫電話|電話號碼" },
            { ImportField::Email,
                "email|emails|e-mail|mail|emailaddress|邮箱|电子邮箱|电子邮件|邮件|郵箱|電子郵件|電郵" },
            { ImportField::Website, "website|web|url|homepage|site|网站|网址|官网|主页|網站|網址|官網|主頁" },
            { ImportField::Source, "source|leadsource|channel|来源|客户来源|渠道|來源|客戶來源" },
            { ImportField::Owner,
                "owner|salesrep|salesperson|accountmanager|assignedto|rep|负责人|销售|业务员|客户经理|销售代表|"
                "負責人|銷售|業務員|客戶經理|業務代表" },
            { ImportField::Tier, "tier|level|grade|class|rating|等级|客户等级|级别|等級|客戶等級|級別" },
            { ImportField::Stage,
                "stage|status|lifecycle|lifecyclestage|阶段|状态|客户阶段|客户状态|階段|狀態|客戶階段" },
            { ImportField::Tags, "tags|tag|labels|label|标签|標籤|標簽" },
            { ImportField::Notes, "notes|note|remarks|remark|comments|comment|description|备注|说明|備註|說明" },
            { ImportField::CreatedAt,
                "created|createdat|createdon|dateadded|since|customersince|创建时间|创建日期|录入时间|录入日期|"
                "建立時間|建立日期|創建時間|錄入時間" },
            { ImportField::ContactName,
                "contact|contactname|contactperson|联系人|联系人姓名|聯絡人|聯繫人|聯絡人姓名" },
            { ImportField::ContactTitle, "title|jobtitle|position|role|职位|职务|職位|職稱|職務" },
            { ImportField::ContactPhone,
                "contactphone|contactmobile|联系人电话|联系人手机|聯絡人電話|聯絡人手機|聯繫人電話" },
            { ImportField::ContactEmail,
                "contactemail|联系人邮箱|联系人电子邮件|聯絡人郵箱|聯絡人電郵|聯絡人電子郵件" },
        };
        QHash<QString, ImportField> map;
        for (const auto &[field, names] : table) {
            for (const QString &name : QString::fromUtf8(names).split(QLatin1Char('|')))
                map.insert(name, field);
        }
        return map;
    }();
    return synonyms;
}

// "  客户名称（必填）* " -> "客户名称", "E-Mail Address:" -> "e-mailaddress": full-width forms folded, bracketed
// remarks, spaces and punctuation dropped, lower case.
QString headerKey(const QString &header)
{
    static const QRegularExpression brackets(QStringLiteral("[(\\[（【][^)\\]）】]*[)\\]）】]"));
    static const QRegularExpression noise(QStringLiteral("[\\s*:：_./#]+"));
    QString key = header.normalized(QString::NormalizationForm_KC).toLower();
    key.remove(brackets);
    key.remove(noise);
    return key;
}

// In a contacts import the person's own name and phone are the contact's, and "company" finds the customer.
ImportField forTarget(ImportField field, const QString &key, ImportTarget target)
{
    if (target != ImportTarget::Contacts)
        return field;
    static const QStringList personNames { QStringLiteral("name"), QStringLiteral("姓名") };
    if (personNames.contains(key))
        return ImportField::ContactName;
    switch (field) {
    case ImportField::Phone:
        return ImportField::ContactPhone;
    case ImportField::Email:
        return ImportField::ContactEmail;
    default:
        return field;
    }
}

} // namespace

QString toString(ImportField field)
{
    return QString::fromLatin1(info(field).key);
}

std::optional<ImportField> importFieldFromString(const QString &text)
{
    for (const FieldInfo &entry : kFields) {
        if (text == QLatin1String(entry.key))
            return entry.field;
    }
    return std::nullopt;
}

QString displayName(ImportField field)
{
    return QCoreApplication::translate("ImportMapping", info(field).label);
}

QList<ImportField> importFields(ImportTarget target)
{
    if (target == ImportTarget::Contacts) {
        return { ImportField::Ignore, ImportField::Name, ImportField::City, ImportField::ContactName,
            ImportField::ContactTitle, ImportField::ContactPhone, ImportField::ContactEmail };
    }
    QList<ImportField> fields;
    for (const FieldInfo &entry : kFields)
        fields << entry.field;
    return fields;
}

QString toString(ImportTarget target)
{
    return target == ImportTarget::Contacts ? QStringLiteral("contacts") : QStringLiteral("customers");
}

std::optional<ImportTarget> importTargetFromString(const QString &text)
{
    if (text == QLatin1String("customers"))
        return ImportTarget::Customers;
    if (text == QLatin1String("contacts"))
        return ImportTarget::Contacts;
    return std::nullopt;
}

ImportMapping ImportMapping::guess(const QStringList &headers, ImportTarget target)
{
    const QList<ImportField> allowed = importFields(target);
    QList<ImportField> columns(headers.size(), ImportField::Ignore);
    QList<ImportField> used;
    auto take = [&](int column, ImportField field) {
        if (field == ImportField::Ignore || used.contains(field) || !allowed.contains(field))
            return;
        columns[column] = field;
        used << field;
    };
    // Exact names first, so "联系人电话" is the contact's phone before "电话" could claim a column.
    QStringList keys;
    for (int column = 0; column < headers.size(); ++column) {
        keys << headerKey(headers[column]);
        const auto found = headerSynonyms().constFind(keys.last());
        if (found != headerSynonyms().constEnd())
            take(column, forTarget(*found, keys.last(), target));
    }
    // Then headers that contain a known name ("手机号码1", "Primary email"), the longest known name winning.
    for (int column = 0; column < headers.size(); ++column) {
        if (columns[column] != ImportField::Ignore || keys[column].isEmpty())
            continue;
        qsizetype bestLength = 1; // single letters and characters are too vague
        ImportField best = ImportField::Ignore;
        for (auto it = headerSynonyms().constBegin(); it != headerSynonyms().constEnd(); ++it) {
            if (it.key().size() > bestLength && keys[column].contains(it.key())) {
                bestLength = it.key().size();
                best = forTarget(it.value(), it.key(), target);
            }
        }
        take(column, best);
    }
    return ImportMapping(columns);
}

ImportField ImportMapping::field(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column] : ImportField::Ignore;
}

void ImportMapping::setField(int column, ImportField field)
{
    if (column < 0)
        return;
    if (column >= m_columns.size())
        m_columns.resize(column + 1, ImportField::Ignore);
    // A field maps from one column: choosing it elsewhere moves it.
    if (field != ImportField::Ignore) {
        for (ImportField &other : m_columns) {
            if (other == field)
                other = ImportField::Ignore;
        }
    }
    m_columns[column] = field;
}

int ImportMapping::columnOf(ImportField field) const
{
    return int(m_columns.indexOf(field));
}

QList<Error> ImportMapping::check(ImportTarget target) const
{
    QList<Error> problems;
    if (columnOf(ImportField::Name) < 0) {
        problems << Error(target == ImportTarget::Contacts
                ? tr("Choose the column that holds the customer (company) each contact belongs to.")
                : tr("Choose the column that holds the customer's name."));
    }
    if (target == ImportTarget::Contacts && columnOf(ImportField::ContactName) < 0)
        problems << Error(tr("Choose the column that holds the contact's name."));
    return problems;
}

QString ImportMapping::toJson(const QStringList &headers) const
{
    QJsonObject object;
    for (int column = 0; column < m_columns.size() && column < headers.size(); ++column) {
        if (m_columns[column] != ImportField::Ignore)
            object.insert(headers[column], toString(m_columns[column]));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<ImportMapping> ImportMapping::fromJson(const QString &json, const QStringList &headers)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject())
        return Error(tr("The saved mapping is not readable: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    ImportMapping mapping(QList<ImportField>(headers.size(), ImportField::Ignore));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field = importFieldFromString(it.value().toString());
        if (!field)
            return Error(tr("The saved mapping names an unknown field \"%1\".").arg(it.value().toString()));
        const int column = int(headers.indexOf(it.key()));
        if (column >= 0)
            mapping.setField(column, *field);
    }
    return mapping;
}

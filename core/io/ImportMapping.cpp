#include "ImportMapping.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
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
    FieldInfo { ImportField::ProductCode, "product_code", QT_TRANSLATE_NOOP("ImportMapping", "Product code") },
    FieldInfo { ImportField::ProductName, "product_name", QT_TRANSLATE_NOOP("ImportMapping", "Product name") },
    FieldInfo { ImportField::ProductDescription, "product_description",
        QT_TRANSLATE_NOOP("ImportMapping", "Product description") },
    FieldInfo { ImportField::ProductUnit, "unit", QT_TRANSLATE_NOOP("ImportMapping", "Unit") },
    FieldInfo { ImportField::ProductCategory, "category", QT_TRANSLATE_NOOP("ImportMapping", "Category") },
    FieldInfo { ImportField::UnitPrice, "unit_price", QT_TRANSLATE_NOOP("ImportMapping", "Unit price") },
    FieldInfo { ImportField::CostPrice, "cost_price", QT_TRANSLATE_NOOP("ImportMapping", "Cost price") },
    FieldInfo { ImportField::TaxRate, "tax_rate", QT_TRANSLATE_NOOP("ImportMapping", "Tax rate") },
    FieldInfo { ImportField::Currency, "currency", QT_TRANSLATE_NOOP("ImportMapping", "Currency") },
    FieldInfo { ImportField::OrderNumber, "order_number", QT_TRANSLATE_NOOP("ImportMapping", "Order number") },
    FieldInfo { ImportField::OrderDate, "order_date", QT_TRANSLATE_NOOP("ImportMapping", "Order date") },
    FieldInfo { ImportField::Quantity, "quantity", QT_TRANSLATE_NOOP("ImportMapping", "Quantity") },
    FieldInfo { ImportField::Discount, "discount", QT_TRANSLATE_NOOP("ImportMapping", "Line discount") },
    FieldInfo { ImportField::Channel, "channel", QT_TRANSLATE_NOOP("ImportMapping", "Sales channel") },
    FieldInfo { ImportField::OrderDiscount, "order_discount", QT_TRANSLATE_NOOP("ImportMapping", "Order discount") },
    FieldInfo { ImportField::Charges, "charges", QT_TRANSLATE_NOOP("ImportMapping", "Charges") },
    FieldInfo {
        ImportField::ChargesTaxRate, "charges_tax_rate", QT_TRANSLATE_NOOP("ImportMapping", "Charges tax rate") },
    FieldInfo { ImportField::ContactBirthday, "contact_birthday", QT_TRANSLATE_NOOP("ImportMapping", "Birthday") },
    FieldInfo { ImportField::ContactNotes, "contact_notes", QT_TRANSLATE_NOOP("ImportMapping", "Contact notes") },
    FieldInfo {
        ImportField::MarketingConsent, "marketing_consent", QT_TRANSLATE_NOOP("ImportMapping", "Marketing consent") },
    FieldInfo { ImportField::ConsentDate, "consent_date", QT_TRANSLATE_NOOP("ImportMapping", "Consent date") },
    FieldInfo { ImportField::ConsentSource, "consent_source", QT_TRANSLATE_NOOP("ImportMapping", "Consent source") },
    FieldInfo { ImportField::ProductActive, "active", QT_TRANSLATE_NOOP("ImportMapping", "Active (offered)") },
    FieldInfo { ImportField::ContactPrimary, "contact_primary", QT_TRANSLATE_NOOP("ImportMapping", "Primary contact") },
};

const FieldInfo &info(ImportField field)
{
    for (const FieldInfo &entry : kFields) {
        if (entry.field == field)
            return entry;
    }
    return kFields.front();
}

// "name|名称" per field -> a table from each name to its field.
QHash<QString, ImportField> synonymTable(const QList<std::pair<ImportField, const char *>> &table)
{
    QHash<QString, ImportField> map;
    for (const auto &[field, names] : table) {
        for (const QString &name : QString::fromUtf8(names).split(QLatin1Char('|')))
            map.insert(name, field);
    }
    return map;
}

// Header names seen in real customer lists, already folded as headerKey() folds them: English, Simplified and
// Traditional Chinese.
const QHash<QString, ImportField> &headerSynonyms()
{
    static const QHash<QString, ImportField> synonyms = synonymTable({
        { ImportField::Name,
            "name|company|companyname|customer|customername|client|clientname|account|accountname|organization|"
            "organisation|客户全称|公司全称|全称|客戶全稱|公司全稱|全稱|客户名称|客户|客户名|公司名称|公司|公司名|"
            "企业名称|企业|单位名称|单位|名称|姓名|客戶名稱|"
            "客戶|客戶名|公司名稱|企業名稱|企業|單位名稱|單位|名稱" },
        { ImportField::Kind, "type|kind|customertype|类型|客户类型|类别|類型|客戶類型|類別" },
        { ImportField::Industry, "industry|sector|行业|所属行业|产业|行業|所屬行業|產業" },
        { ImportField::Province, "province|state|region|省份|省|地区|区域|所在地区|地區|區域|所在地區" },
        { ImportField::City, "city|town|城市|市|所在城市" },
        { ImportField::Address,
            "address|street|streetaddress|地址|详细地址|通讯地址|公司地址|詳細地址|通訊地址|公司地址" },
        { ImportField::Phone,
            "phone|phones|telephone|tel|mobile|cell|cellphone|phonenumber|电话|手机|手机号|手机号码|联系电话|"
            "固话|座机|电话号码|電話|手機|手機號碼|聯絡電話|聯繫電話|電話號碼" },
        { ImportField::Email, "email|emails|e-mail|mail|emailaddress|邮箱|电子邮箱|电子邮件|邮件|郵箱|電子郵件|電郵" },
        { ImportField::Website, "website|web|url|homepage|site|网站|网址|官网|主页|網站|網址|官網|主頁" },
        { ImportField::Source, "source|leadsource|channel|来源|客户来源|渠道|來源|客戶來源" },
        { ImportField::Owner,
            "owner|salesrep|salesperson|accountmanager|assignedto|rep|负责人|销售|业务员|客户经理|销售代表|"
            "負責人|銷售|業務員|客戶經理|業務代表" },
        { ImportField::Tier, "tier|level|grade|class|rating|等级|客户等级|级别|等級|客戶等級|級別" },
        { ImportField::Stage, "stage|status|lifecycle|lifecyclestage|阶段|状态|客户阶段|客户状态|階段|狀態|客戶階段" },
        { ImportField::Tags, "tags|tag|labels|label|标签|標籤|標簽" },
        { ImportField::Notes, "notes|note|remarks|remark|comments|comment|description|备注|说明|備註|說明" },
        { ImportField::CreatedAt,
            "created|createdat|createdon|dateadded|since|customersince|创建时间|创建日期|录入时间|录入日期|"
            "建立時間|建立日期|創建時間|錄入時間" },
        { ImportField::ContactName, "contact|contactname|contactperson|联系人|联系人姓名|聯絡人|聯繫人|聯絡人姓名" },
        { ImportField::ContactTitle, "title|jobtitle|position|role|职位|职务|職位|職稱|職務" },
        { ImportField::ContactPhone,
            "contactphone|contactmobile|联系人电话|联系人手机|聯絡人電話|聯絡人手機|聯繫人電話" },
        { ImportField::ContactEmail, "contactemail|联系人邮箱|联系人电子邮件|聯絡人郵箱|聯絡人電郵|聯絡人電子郵件" },
        { ImportField::ContactBirthday, "birthday|birthdate|dateofbirth|dob|生日|出生日期|联系人生日|聯絡人生日" },
        { ImportField::ContactNotes, "contactnotes|contactremarks|联系人备注|聯絡人備註|聯絡人備注" },
        { ImportField::MarketingConsent,
            "marketingconsent|consent|optin|营销许可|营销同意|同意营销|行銷同意|同意行銷|行銷許可" },
        { ImportField::ConsentDate, "consentdate|许可日期|同意日期|許可日期" },
        { ImportField::ConsentSource, "consentsource|许可来源|同意来源|同意來源|許可來源" },
        { ImportField::ContactPrimary, "primarycontact|maincontact|主要联系人|首要联系人|主要聯絡人|主要聯繫人" },
    });
    return synonyms;
}

// Header names of product lists and sales histories, consulted before the customer names when importing
// products or orders ("名称" is then the product's name, "单位" its unit, "渠道" the order's channel).
const QHash<QString, ImportField> &salesSynonyms()
{
    static const QHash<QString, ImportField> synonyms = synonymTable({
        { ImportField::ProductCode,
            "code|sku|productcode|productno|itemcode|itemno|itemnumber|partno|partnumber|article|articleno|货号|编码|"
            "编号|产品编码|产品编号|商品编码|商品编号|物料编码|物料编号|料号|存货编码|貨號|編碼|編號|產品編碼|產品編號|"
            "商品編碼|商品編號|料號|存貨編碼" },
        { ImportField::ProductName,
            "product|productname|item|itemname|goods|产品|产品名称|商品|商品名称|品名|货品|"
            "货品名称|存货名称|物料名称|產品|產品名稱|商品名稱|貨品|貨品名稱|存貨名稱" },
        { ImportField::ProductDescription,
            "description|productdescription|details|specification|spec|规格|规格型号|描述|产品描述|商品描述|規格|"
            "規格型號|"
            "產品描述|商品描述" },
        { ImportField::ProductUnit, "unit|uom|unitofmeasure|单位|计量单位|單位|計量單位" },
        { ImportField::ProductCategory,
            "category|productcategory|group|productgroup|family|类别|分类|品类|产品类别|商品分类|類別|分類|品類|"
            "產品類別|商品分類" },
        { ImportField::UnitPrice,
            "price|unitprice|listprice|saleprice|sellingprice|单价|售价|价格|销售单价|含税单价|單價|售價|價格|"
            "銷售單價" },
        { ImportField::CostPrice, "cost|costprice|unitcost|purchaseprice|成本|成本价|进价|采购价|成本價|進價|採購價" },
        { ImportField::TaxRate, "tax|taxrate|vat|vatrate|gst|税率|增值税率|稅率|營業稅率" },
        { ImportField::Currency, "currency|curr|币种|币别|货币|幣別|幣種|貨幣" },
        { ImportField::OrderNumber,
            "order|orderno|ordernumber|orderid|salesorder|invoice|invoiceno|invoicenumber|订单|订单号|订单编号|单号|"
            "单据号|单据编号|销售单号|發票號碼|訂單|訂單號|訂單編號|單號|單據號|銷售單號" },
        { ImportField::OrderDate,
            "date|orderdate|saledate|salesdate|invoicedate|日期|下单日期|订单日期|销售日期|单据日期|开票日期|"
            "訂單日期|銷售日期|單據日期|開票日期" },
        { ImportField::Quantity, "quantity|qty|units|count|数量|销售数量|件数|數量|銷售數量|件數" },
        { ImportField::Discount, "discount|discountrate|linediscount|折扣|折扣率|折让|折讓" },
        { ImportField::Channel, "channel|saleschannel|销售渠道|渠道|销售方式|銷售渠道|通路|銷售通路" },
        { ImportField::OrderDiscount,
            "orderdiscount|orderdiscountrate|quotediscount|整单折扣|订单折扣|整单折扣率|整單折扣|訂單折扣|整單折扣率" },
        // Not "shipping", "freight" or 运费 alone: headers are matched by the longest name they contain, and
        // "Shipping address" or 运费承担方 would be taken for an amount.
        { ImportField::Charges,
            "charges|othercharges|shippingcharges|freightcharges|其他费用|运费金额|运杂费|其他費用|運費金額|運雜費" },
        { ImportField::ChargesTaxRate,
            "chargestaxrate|shippingtaxrate|freighttaxrate|其他费用税率|运费税率|其他費用稅率|運費稅率" },
        { ImportField::Owner, "salesrep|salesperson|seller|rep|销售员|业务员|经手人|銷售員|業務員|經手人" },
        { ImportField::ProductActive, "active|enabled|onsale|在售|启用|有效|上架|啟用|上架中|販售中" },
    });
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

// "客户编号", "Customer ID", "Product code": a header naming a number or code of something.
bool isIdentifierHeader(const QString &key)
{
    static const QStringList words { QStringLiteral("编号"), QStringLiteral("编码"), QStringLiteral("代码"),
        QStringLiteral("序号"), QStringLiteral("編號"), QStringLiteral("編碼"), QStringLiteral("代碼"),
        QStringLiteral("序號"), QStringLiteral("code") };
    return key.endsWith(QLatin1String("id")) || key.startsWith(QLatin1String("id"))
        || std::any_of(words.cbegin(), words.cend(), [&](const QString &word) { return key.contains(word); });
}

// The fields an identifier header may be: a product's code, unless it is a customer's ("客户编码").
bool isIdentifierField(ImportField field, const QString &key)
{
    static const QStringList customerWords { QStringLiteral("客户"), QStringLiteral("客戶"), QStringLiteral("customer"),
        QStringLiteral("client") };
    if (field == ImportField::OrderNumber)
        return true;
    return field == ImportField::ProductCode
        && std::none_of(
            customerWords.cbegin(), customerWords.cend(), [&](const QString &word) { return key.contains(word); });
}

// A header's field for the target: the sales names first for products and orders. In a contacts import the
// person's own name and phone are the contact's, and "company" finds the customer; in a products import "name" is
// the product's.
ImportField forTarget(ImportField field, const QString &key, ImportTarget target)
{
    static const QStringList plainNames { QStringLiteral("name"), QStringLiteral("名称"), QStringLiteral("名稱") };
    if (target == ImportTarget::Products || target == ImportTarget::Orders) {
        if (const auto found = salesSynonyms().constFind(key); found != salesSynonyms().constEnd())
            field = *found;
        if (target == ImportTarget::Products && field == ImportField::Name)
            return plainNames.contains(key) ? ImportField::ProductName : ImportField::Ignore;
        if (target == ImportTarget::Products && field == ImportField::Notes)
            return ImportField::ProductDescription;
        if (target == ImportTarget::Orders && field == ImportField::ProductDescription)
            return ImportField::ProductName;
        return field;
    }
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
    switch (target) {
    case ImportTarget::Contacts:
        return { ImportField::Ignore, ImportField::Name, ImportField::City, ImportField::ContactName,
            ImportField::ContactTitle, ImportField::ContactPhone, ImportField::ContactEmail,
            ImportField::ContactBirthday, ImportField::ContactNotes, ImportField::MarketingConsent,
            ImportField::ConsentDate, ImportField::ConsentSource, ImportField::ContactPrimary };
    case ImportTarget::Products:
        return { ImportField::Ignore, ImportField::ProductCode, ImportField::ProductName,
            ImportField::ProductDescription, ImportField::ProductUnit, ImportField::ProductCategory,
            ImportField::UnitPrice, ImportField::CostPrice, ImportField::TaxRate, ImportField::Currency,
            ImportField::ProductActive };
    case ImportTarget::Orders:
        return { ImportField::Ignore, ImportField::OrderNumber, ImportField::OrderDate, ImportField::Name,
            ImportField::City, ImportField::ProductCode, ImportField::ProductName, ImportField::Quantity,
            ImportField::UnitPrice, ImportField::CostPrice, ImportField::Discount, ImportField::TaxRate,
            ImportField::Currency, ImportField::Channel, ImportField::Owner, ImportField::OrderDiscount,
            ImportField::Charges, ImportField::ChargesTaxRate };
    case ImportTarget::Customers:
        break;
    }
    QList<ImportField> fields;
    for (const FieldInfo &entry : kFields) {
        if (entry.field <= ImportField::ContactEmail)
            fields << entry.field;
    }
    return fields;
}

QString toString(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Contacts:
        return QStringLiteral("contacts");
    case ImportTarget::Products:
        return QStringLiteral("products");
    case ImportTarget::Orders:
        return QStringLiteral("orders");
    case ImportTarget::Customers:
        break;
    }
    return QStringLiteral("customers");
}

std::optional<ImportTarget> importTargetFromString(const QString &text)
{
    for (ImportTarget target :
        { ImportTarget::Customers, ImportTarget::Contacts, ImportTarget::Products, ImportTarget::Orders }) {
        if (text == toString(target))
            return target;
    }
    return std::nullopt;
}

ImportMapping ImportMapping::guess(const QStringList &headers, ImportTarget target)
{
    const QList<ImportField> allowed = importFields(target);
    QList<ImportField> columns(headers.size(), ImportField::Ignore);
    QList<ImportField> used;
    auto take = [&](int column, ImportField field) {
        if (field == ImportField::Ignore || (used.contains(field) && !holdsSeveral(field)) || !allowed.contains(field))
            return;
        columns[column] = field;
        used << field;
    };
    // Exact names first, so "联系人电话" is the contact's phone before "电话" could claim a column.
    QStringList keys;
    for (int column = 0; column < headers.size(); ++column) {
        keys << headerKey(headers[column]);
        const auto found = headerSynonyms().constFind(keys.last());
        take(column,
            forTarget(found != headerSynonyms().constEnd() ? *found : ImportField::Ignore, keys.last(), target));
    }
    // Then headers that contain a known name ("手机号码1", "Primary email"), the longest known name winning, and of
    // two as long the one nearer the end ("公司电话" is a phone, "客户地址" an address: the last word says what
    // it is). A number or code of something ("客户编号") is not the thing itself. Ties are broken by field order,
    // never by the hash tables' order, so the same file is always read the same way.
    for (int column = 0; column < headers.size(); ++column) {
        if (columns[column] != ImportField::Ignore || keys[column].isEmpty())
            continue;
        const QString &key = keys[column];
        const bool identifier = isIdentifierHeader(key);
        qsizetype bestLength = 1; // single letters and characters are too vague
        qsizetype bestEnd = 0;
        ImportField best = ImportField::Ignore;
        QList<const QHash<QString, ImportField> *> tables { &headerSynonyms() };
        if (target == ImportTarget::Products || target == ImportTarget::Orders)
            tables << &salesSynonyms();
        for (const auto *table : std::as_const(tables)) {
            for (auto it = table->constBegin(); it != table->constEnd(); ++it) {
                const qsizetype at = key.lastIndexOf(it.key());
                const ImportField field = forTarget(it.value(), it.key(), target);
                if (at < 0 || it.key().size() < 2 || it.key().size() < bestLength || !allowed.contains(field)
                    || (used.contains(field) && !holdsSeveral(field)) || (identifier && !isIdentifierField(field, key)))
                    continue;
                const qsizetype end = at + it.key().size();
                if (it.key().size() > bestLength || end > bestEnd || (end == bestEnd && field < best)) {
                    bestLength = it.key().size();
                    bestEnd = end;
                    best = field;
                }
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
    // A field maps from one column (phones, emails and tags aside): choosing it elsewhere moves it.
    if (field != ImportField::Ignore && !holdsSeveral(field)) {
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

QList<int> ImportMapping::columnsOf(ImportField field) const
{
    QList<int> columns;
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns[column] == field)
            columns << column;
    }
    return columns;
}

const QList<ImportField> &ImportMapping::fieldsOfSeveralColumns()
{
    static const QList<ImportField> fields { ImportField::Phone, ImportField::Email, ImportField::Tags,
        ImportField::ContactPhone };
    return fields;
}

bool ImportMapping::holdsSeveral(ImportField field)
{
    return fieldsOfSeveralColumns().contains(field);
}

QList<Error> ImportMapping::check(ImportTarget target) const
{
    QList<Error> problems;
    if (target == ImportTarget::Products) {
        if (columnOf(ImportField::ProductName) < 0)
            problems << Error(tr("Choose the column that holds the product's name."));
        return problems;
    }
    if (target == ImportTarget::Orders) {
        if (columnOf(ImportField::Name) < 0)
            problems << Error(tr("Choose the column that holds the customer who bought."));
        if (columnOf(ImportField::OrderDate) < 0)
            problems << Error(tr("Choose the column that holds the order date."));
        if (columnOf(ImportField::ProductCode) < 0 && columnOf(ImportField::ProductName) < 0)
            problems << Error(tr("Choose the column that holds the product (its code or its name)."));
        if (columnOf(ImportField::Quantity) < 0)
            problems << Error(tr("Choose the column that holds the quantity."));
        return problems;
    }
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
    if (!document.isObject()) {
        return Error(
            tr("The mapping is not readable (%1); it should be a JSON object such as "
               "{\"Company\": \"name\", \"Mobile\": \"phone\"}.")
                .arg(parseError.error == QJsonParseError::NoError ? tr("not an object") : parseError.errorString()));
    }
    const QJsonObject object = document.object();
    ImportMapping mapping(QList<ImportField>(headers.size(), ImportField::Ignore));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field = importFieldFromString(it.value().toString());
        if (!field) {
            QStringList known;
            for (const FieldInfo &entry : kFields)
                known << QString::fromLatin1(entry.key);
            const QString given
                = it.value().isString() ? QStringLiteral("\"%1\"").arg(it.value().toString()) : tr("(not a text)");
            return Error(tr("The mapping gives the column \"%1\" the unknown field %2; the fields are: %3.")
                             .arg(it.key(), given, known.join(QStringLiteral(", "))));
        }
        const int column = int(headers.indexOf(it.key()));
        if (column >= 0)
            mapping.setField(column, *field);
    }
    return mapping;
}

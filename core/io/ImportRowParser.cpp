#include "ImportRowParser.h"
#include "Clock.h"
#include "domain/PhoneNumbers.h"
#include "io/TableCell.h"
#include "services/CustomerValidator.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

// A number with a note after it, as people keep them in spreadsheets: "13800003004（微信同号）", "13800003004
// (张经理)", "13800003004 微信". Returns the number and the note, or nothing when the value has no such note.
std::optional<std::pair<QString, QString>> splitPhoneNote(const QString &value)
{
    static const QRegularExpression noted(QStringLiteral(
        "^(.*\\d)\\s*(?:[（(【\\[]\\s*([^）)】\\]]+?)\\s*[）)】\\]]|\\s+([^\\d\\s（(【\\[][^\\d]*?))\\s*$"));
    const QRegularExpressionMatch match = noted.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    QString note = match.hasCaptured(2) && !match.captured(2).isEmpty() ? match.captured(2) : match.captured(3);
    static const QRegularExpression leading(QStringLiteral("^[\\s\\-–—:：,，;；]+"));
    note.remove(leading);
    if (note.trimmed().isEmpty())
        return std::nullopt;
    return std::make_pair(match.captured(1), note.trimmed());
}

// Text before a number, "张总 13800003008" or "微信：13800003008": the number and the text, which is a note unless it
// only says that a phone number follows ("手机：", "Tel.", "M"), when it is empty. Nothing for a value that starts
// with the number.
std::optional<std::pair<QString, QString>> splitLeadingNote(const QString &value)
{
    static const QRegularExpression leading(
        QStringLiteral("^\\s*([^\\d+＋(（]*?)[\\s:：,，;；\\-–—]*([+＋(（]?\\s*\\d.*)$"));
    const QRegularExpressionMatch match = leading.match(value);
    if (!match.hasMatch() || match.captured(1).isEmpty())
        return std::nullopt;
    static const QRegularExpression label(QStringLiteral("^(?:手机|手机号|手机号码|电话|电话号码|联系电话|联系方式|"
                                                         "座机|固话|固定电话|办公电话|移动电话|手機|手機號碼|"
                                                         "電話|電話號碼|聯絡電話|聯繫電話|行動電話|市話|tel|tel\\.|"
                                                         "telephone|phone|phone no\\.?|mobile|mob|mob\\.|cell|"
                                                         "m|t|m\\.|t\\.)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = match.captured(1).trimmed();
    return std::make_pair(match.captured(2), label.match(text).hasMatch() ? QString() : text);
}

// Whether a value may have a note after its number: it has a letter (any script) or a bracket. Most have neither,
// and are read without the regular expression.
bool mayHaveNote(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(),
        [](QChar c) { return c.isLetter() || c == u'(' || c == u'（' || c == u'【' || c == u'['; });
}

// The parts of a value between "/" outside brackets ("13800003004（微信/电话同号）" is one part).
QStringList slashParts(const QString &value)
{
    QStringList parts(1);
    int depth = 0;
    for (QChar c : value) {
        if (c == u'(' || c == u'（' || c == u'【' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u'）' || c == u'】' || c == u']') && depth > 0)
            --depth;
        if (c == u'/' && depth == 0)
            parts.append(QString());
        else
            parts.last() += c;
    }
    return parts;
}

// Whether a side of "/" is a number of its own (a note after it aside): a valid one, or at least ten digits. A
// local number without its area code ("88888889" after "0571-88888888/") is no number of its own.
bool wholeNumber(const QString &side)
{
    QString number = side.trimmed();
    if (const auto split = splitPhoneNote(number))
        number = split->first;
    const auto parsed = PhoneNumbers::parse(number);
    if (!parsed)
        return false;
    return parsed.value().valid
        || std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); }) >= 10;
}

// The numbers of a cell: separated as any list, or by "/" as sheets often write two ("13800003004/13900001111") when
// each side is a number of its own; "020/83561234" and Germany's "089/1234567" are one number each.
QStringList phoneList(const QString &text)
{
    QStringList numbers;
    for (const QString &part : CustomerValidator::splitList(text)) {
        if (!part.contains(u'/')) { // most cells: nothing to look at
            numbers << part;
            continue;
        }
        const QStringList sides = slashParts(part);
        const bool two
            = sides.size() > 1 && !PhoneNumbers::parse(part) && std::all_of(sides.cbegin(), sides.cend(), wholeNumber);
        if (two) {
            for (const QString &side : sides)
                numbers << side.trimmed();
        } else {
            numbers << part;
        }
    }
    return numbers;
}

QString fold(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

ImportField fieldForValidatorError(const QString &field, bool contact)
{
    if (field == QLatin1String("name"))
        return contact ? ImportField::ContactName : ImportField::Name;
    if (field == QLatin1String("phones"))
        return contact ? ImportField::ContactPhone : ImportField::Phone;
    if (field == QLatin1String("emails") || field == QLatin1String("email"))
        return contact ? ImportField::ContactEmail : ImportField::Email;
    if (field == QLatin1String("website"))
        return ImportField::Website;
    if (field == QLatin1String("title"))
        return ImportField::ContactTitle;
    static const QHash<QString, ImportField> customerFields { { QStringLiteral("industry"), ImportField::Industry },
        { QStringLiteral("province"), ImportField::Province }, { QStringLiteral("city"), ImportField::City },
        { QStringLiteral("address"), ImportField::Address }, { QStringLiteral("source"), ImportField::Source },
        { QStringLiteral("tags"), ImportField::Tags } };
    return customerFields.value(field, ImportField::Ignore);
}

} // namespace

ImportRowParser::ImportRowParser(ImportMapping mapping, QStringList headers)
    : m_mapping(std::move(mapping))
    , m_headers(std::move(headers))
{
    // Found once here, not for every row of the file.
    for (ImportField field : ImportMapping::fieldsOfSeveralColumns())
        m_severalColumns.insert(field, m_mapping.columnsOf(field));
}

QString ImportRowParser::cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double: {
        const double value = cell.toDouble();
        if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
            return QString::number(qint64(value));
        return QString::number(value, 'g', 15);
    }
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        break;
    }
    QString text = cell.toString().trimmed();
    if (text.size() > 1 && text[0] == QLatin1Char('\'') && TableCell::startsLikeFormula(QStringView(text).mid(1)))
        text.remove(0, 1);
    return text;
}

std::optional<CustomerKind> ImportRowParser::parseKind(const QString &text)
{
    static const QHash<QString, CustomerKind> kinds = [] {
        QHash<QString, CustomerKind> map;
        for (const char *name : { "company", "business", "organization", "organisation", "corporate", "b2b", "公司",
                 "企业", "单位", "法人", "機構", "机构", "企業", "單位" })
            map.insert(QString::fromUtf8(name), CustomerKind::Company);
        for (const char *name :
            { "individual", "person", "personal", "private", "consumer", "b2c", "个人", "個人", "自然人", "私人" })
            map.insert(QString::fromUtf8(name), CustomerKind::Individual);
        return map;
    }();
    const QString key = fold(text);
    if (key.isEmpty())
        return CustomerKind::Company;
    if (const auto kind = customerKindFromString(key))
        return kind;
    if (fold(displayName(CustomerKind::Company)) == key)
        return CustomerKind::Company;
    if (fold(displayName(CustomerKind::Individual)) == key)
        return CustomerKind::Individual;
    const auto found = kinds.constFind(key);
    return found != kinds.constEnd() ? std::optional(*found) : std::nullopt;
}

std::optional<LifecycleStage> ImportRowParser::parseStage(const QString &text)
{
    static const QHash<QString, LifecycleStage> stages = [] {
        QHash<QString, LifecycleStage> map;
        const QList<std::pair<LifecycleStage, const char *>> table {
            { LifecycleStage::Lead, "lead|new|线索|潜在|新线索|線索|潛在客戶|潛在" },
            { LifecycleStage::Prospect, "prospect|opportunity|qualified|潜在客户|意向客户|意向|商机|意向客戶|商機" },
            { LifecycleStage::Customer, "customer|client|active|won|客户|成交客户|成交|活跃|客戶|成交客戶|活躍" },
            { LifecycleStage::Inactive, "inactive|lost|churned|dormant|不活跃|流失|休眠|停用|沉睡|不活躍|停止合作" },
        };
        for (const auto &[stage, names] : table) {
            for (const QString &name : QString::fromUtf8(names).split(QLatin1Char('|')))
                map.insert(name, stage);
        }
        return map;
    }();
    const QString key = fold(text);
    if (key.isEmpty())
        return LifecycleStage::Lead;
    if (const auto stage = lifecycleStageFromString(key))
        return stage;
    for (LifecycleStage stage : allLifecycleStages()) {
        if (fold(displayName(stage)) == key)
            return stage;
    }
    const auto found = stages.constFind(key);
    return found != stages.constEnd() ? std::optional(*found) : std::nullopt;
}

namespace {

constexpr double kFirstDayNumber = 3654; // 1910-01-01 in Excel's 1900 system
constexpr double kLastDayNumber = 80000; // 2119-01-11

// Dates as other programs and people write them: 20230506; 6-May-2023 or May 6, 2023; 25/12/2023 where the day
// cannot be the month. 05/06/2023 could be either and stays refused (the message asks for YYYY-MM-DD).
QDate otherDateForms(const QString &text)
{
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (const auto match = compact.match(text); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        return year >= 1900 && year <= 2199 ? QDate(year, match.captured(2).toInt(), match.captured(3).toInt())
                                            : QDate();
    }
    static const QRegularExpression dayMonthYear(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    if (const auto match = dayMonthYear.match(text); match.hasMatch()) {
        const int first = match.captured(1).toInt();
        const int second = match.captured(2).toInt();
        const int year = match.captured(3).toInt();
        if (first > 12 && second <= 12)
            return QDate(year, second, first);
        if (second > 12 && first <= 12)
            return QDate(year, first, second);
        return {};
    }
    // "Sept" as British writing abbreviates September; Qt knows "Sep" only.
    static const QRegularExpression sept(QStringLiteral("\\bSept\\b"), QRegularExpression::CaseInsensitiveOption);
    const QString months = QString(text).replace(sept, QStringLiteral("Sep"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const char *format : { "d-MMM-yyyy", "d MMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "d MMMM yyyy" }) {
        if (const QDate date = english.toDate(months, QString::fromLatin1(format)); date.isValid())
            return date;
    }
    return {};
}

} // namespace

QDateTime ImportRowParser::parseDateTime(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime();
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate().startOfDay();
    // A date the sheet keeps as a number in a General cell: an Excel day number (1900 system) of 1910 to 2119, a
    // fraction being the time of day. Other numbers are read as text below (19850506 as a date; 1985, more likely
    // a year than 1905-06-07, refused).
    const bool isNumber
        = cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Int;
    if (const double serial = isNumber ? cell.toDouble() : 0; serial >= kFirstDayNumber && serial < kLastDayNumber) {
        const double day = std::floor(serial);
        const QDate date = QDate(1899, 12, 30).addDays(qint64(day));
        const auto seconds = qRound64((serial - day) * 86400.0);
        return seconds == 0 ? date.startOfDay()
                            : QDateTime(date, QTime(0, 0).addSecs(int(std::min<qint64>(seconds, 86399))));
    }
    // Full-width digits and dashes (２０２３－０５－０６), as a Chinese input method types them, read as ASCII.
    const QString text = cellText(cell).normalized(QString::NormalizationForm_KC);
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ "
                       "T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return otherDateForms(text).startOfDay();
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return {};
    if (match.captured(4).isEmpty())
        return date.startOfDay();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    return time.isValid() ? QDateTime(date, time) : QDateTime();
}

QString ImportRowParser::text(const QVariantList &cells, ImportField field) const
{
    if (!ImportMapping::holdsSeveral(field)) {
        const int column = m_mapping.columnOf(field);
        return column >= 0 && column < cells.size() ? cellText(cells[column]) : QString();
    }
    QStringList texts; // "手机" and "电话": both numbers
    for (int column : m_severalColumns.value(field)) {
        if (column < cells.size() && !cellText(cells[column]).isEmpty())
            texts << cellText(cells[column]);
    }
    return texts.join(QStringLiteral("; "));
}

void ImportRowParser::addProblem(ParsedImportRow &row, qint64 rowNumber, ImportField field, const QVariantList &cells,
    const QString &message, const QString &value) const
{
    // Of several columns of the field, the one that holds the value.
    int column = m_mapping.columnOf(field);
    for (int candidate : m_mapping.columnsOf(field)) {
        if (!value.isEmpty() && candidate < cells.size() && cellText(cells[candidate]).contains(value)) {
            column = candidate;
            break;
        }
    }
    ImportProblem problem;
    problem.row = rowNumber;
    problem.message = message;
    if (column >= 0) {
        problem.column = column + 1;
        problem.header = m_headers.value(column);
        problem.value = column < cells.size() ? cellText(cells[column]) : QString();
    }
    row.problems << problem;
}

void ImportRowParser::parseCustomerFields(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const
{
    Customer &customer = row.customer;
    customer.name = text(cells, ImportField::Name);
    customer.industry = text(cells, ImportField::Industry);
    customer.province = text(cells, ImportField::Province);
    customer.city = text(cells, ImportField::City);
    customer.address = text(cells, ImportField::Address);
    customer.phones = phoneList(text(cells, ImportField::Phone));
    for (const QString &email : CustomerValidator::splitList(text(cells, ImportField::Email)))
        customer.emails << Emails::cleaned(email);
    customer.website = text(cells, ImportField::Website);
    customer.source = text(cells, ImportField::Source);
    readTier(cells, rowNumber, row);
    customer.tags = CustomerValidator::splitList(text(cells, ImportField::Tags));
    customer.tags.removeDuplicates();
    customer.notes = text(cells, ImportField::Notes);
    row.ownerName = text(cells, ImportField::Owner);

    const QString kind = text(cells, ImportField::Kind);
    if (const auto parsed = parseKind(kind))
        customer.kind = *parsed;
    else
        addProblem(
            row, rowNumber, ImportField::Kind, cells, tr("\"%1\" is neither a company nor an individual.").arg(kind));
    const QString stage = text(cells, ImportField::Stage);
    if (const auto parsed = parseStage(stage))
        customer.stage = *parsed;
    else
        addProblem(row, rowNumber, ImportField::Stage, cells, tr("\"%1\" is not a known stage.").arg(stage));
    const int createdColumn = m_mapping.columnOf(ImportField::CreatedAt);
    if (createdColumn >= 0 && createdColumn < cells.size() && !cellText(cells[createdColumn]).isEmpty()) {
        customer.createdAt = parseDateTime(cells[createdColumn]).toUTC();
        if (!customer.createdAt.isValid())
            addProblem(row, rowNumber, ImportField::CreatedAt, cells,
                tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(cellText(cells[createdColumn])));
        else if (customer.createdAt > Clock::instance().nowUtc().addDays(1)) // a day for time zones
            addProblem(row, rowNumber, ImportField::CreatedAt, cells,
                tr("\"%1\" is in the future: a customer cannot have been with you since then.")
                    .arg(cellText(cells[createdColumn])));
    }
}

void ImportRowParser::readTier(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const
{
    const QString tier = text(cells, ImportField::Tier);
    row.customer.tier = tier;
    if (tier.isEmpty() || !m_tiers)
        return;
    for (const QString &known : std::as_const(*m_tiers)) {
        if (known.compare(tier, Qt::CaseInsensitive) == 0) {
            row.customer.tier = known;
            return;
        }
    }
    addProblem(row, rowNumber, ImportField::Tier, cells,
        tr("\"%1\" is not one of this book's tiers (%2). Add it under Edit ▸ Customer tiers, or change the file.")
            .arg(tier, m_tiers->join(QStringLiteral(", "))));
}

std::optional<MarketingConsent> ImportRowParser::parseConsent(const QString &text)
{
    static const QStringList given { QStringLiteral("agreed"), QStringLiteral("given"), QStringLiteral("yes"),
        QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("已同意"),
        QStringLiteral("同意"), QStringLiteral("是"), QStringLiteral("✓"), QStringLiteral("√") };
    static const QStringList refused { QStringLiteral("refusedorwithdrawn"), QStringLiteral("refused"),
        QStringLiteral("withdrawn"), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("已拒绝或撤回"), QStringLiteral("已拒絕或撤回"), QStringLiteral("拒绝"),
        QStringLiteral("拒絕"), QStringLiteral("已拒绝"), QStringLiteral("已拒絕"), QStringLiteral("不同意"),
        QStringLiteral("撤回"), QStringLiteral("已撤回"), QStringLiteral("否") };
    static const QStringList notAsked { QString(), QStringLiteral("notasked"), QStringLiteral("unknown"),
        QStringLiteral("未询问"), QStringLiteral("未詢問"), QStringLiteral("未知") };
    QString key = text.normalized(QString::NormalizationForm_KC).toLower();
    key.remove(QLatin1Char(' '));
    if (given.contains(key))
        return MarketingConsent::Given;
    if (refused.contains(key))
        return MarketingConsent::Refused;
    if (notAsked.contains(key))
        return MarketingConsent::Unknown;
    return std::nullopt;
}

std::optional<bool> ImportRowParser::parseYesNo(const QString &text)
{
    static const QStringList yes { QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
        QStringLiteral("1"), QStringLiteral("是"), QStringLiteral("✓"), QStringLiteral("√"), QStringLiteral("有效"),
        QStringLiteral("启用"), QStringLiteral("啟用"), QStringLiteral("在售"), QStringLiteral("上架"),
        QStringLiteral("active") };
    static const QStringList no { QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("否"), QStringLiteral("✗"), QStringLiteral("×"), QStringLiteral("无效"),
        QStringLiteral("無效"), QStringLiteral("停用"), QStringLiteral("停售"), QStringLiteral("下架"),
        QStringLiteral("inactive") };
    const QString key = text.normalized(QString::NormalizationForm_KC).toLower().trimmed();
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

QDate ImportRowParser::date(const QVariantList &cells, qint64 rowNumber, ImportField field, ParsedImportRow &row) const
{
    const int column = m_mapping.columnOf(field);
    if (column < 0 || column >= cells.size() || cellText(cells[column]).isEmpty())
        return {};
    const QDate date = parseDateTime(cells[column]).date();
    if (!date.isValid())
        addProblem(
            row, rowNumber, field, cells, tr("\"%1\" is not a date (use YYYY-MM-DD).").arg(cellText(cells[column])));
    return date;
}

void ImportRowParser::parseContactFields(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const
{
    Contact contact;
    contact.name = text(cells, ImportField::ContactName);
    contact.title = text(cells, ImportField::ContactTitle);
    contact.phones = phoneList(text(cells, ImportField::ContactPhone));
    contact.email = Emails::cleaned(text(cells, ImportField::ContactEmail));
    contact.notes = text(cells, ImportField::ContactNotes);
    contact.birthday = date(cells, rowNumber, ImportField::ContactBirthday, row);
    contact.consentDate = date(cells, rowNumber, ImportField::ConsentDate, row);
    contact.consentSource = text(cells, ImportField::ConsentSource);
    const QString consent = text(cells, ImportField::MarketingConsent);
    if (const auto parsed = parseConsent(consent))
        contact.marketingConsent = *parsed;
    else
        addProblem(row, rowNumber, ImportField::MarketingConsent, cells,
            tr("\"%1\" is not a marketing consent: write agreed, refused or not asked.").arg(consent));
    if (contact.name.isEmpty() && contact.title.isEmpty() && contact.phones.isEmpty() && contact.email.isEmpty())
        return;
    contact.primary = true;
    if (const QString primary = text(cells, ImportField::ContactPrimary); !primary.isEmpty()) {
        if (const auto parsed = parseYesNo(primary))
            contact.primary = *parsed;
        else
            addProblem(row, rowNumber, ImportField::ContactPrimary, cells,
                tr("\"%1\" is neither yes nor no (TRUE or FALSE).").arg(primary));
    }
    row.contact = contact;
}

void ImportRowParser::readPhones(QStringList &phones, QStringList &keys, QString &notes, QStringList &noteLines,
    ImportField field, const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const
{
    for (QString &phone : phones) {
        // libphonenumber reads "张总 13800003008" and "13800003021 (A)" as the number alone: the notes before and
        // after it are taken first, so they are not lost.
        QString leadingNote;
        if (const auto split = mayHaveNote(phone) ? splitLeadingNote(phone) : std::nullopt)
            std::tie(phone, leadingNote) = *split;
        auto number = PhoneNumbers::parse(phone);
        QString note;
        // Extensions ("020-83561234 ext 12") have digits, which no note here has.
        if (const auto split = mayHaveNote(phone) ? splitPhoneNote(phone) : std::nullopt) {
            // Digits alone in brackets after a fixed line, "020-83561234 (8001)", are its extension; after a mainland
            // mobile, which has none, "13800003004 (12)", they are a note.
            static const QRegularExpression extensionDigits(QStringLiteral("^\\d{1,6}$"));
            static const QRegularExpression mainlandMobile(QStringLiteral("^\\+861[3-9]\\d{9}$"));
            auto bare = PhoneNumbers::parse(split->first);
            const bool mobile = bare && mainlandMobile.match(bare.value().normalized).hasMatch();
            auto extended = !mobile && extensionDigits.match(split->second).hasMatch()
                ? PhoneNumbers::parse(split->first + QStringLiteral(" ext. ") + split->second)
                : Result<PhoneNumbers::ParsedNumber>(Error {});
            if (extended && extended.value().valid && extended.value().normalized.contains(u';')) {
                number = std::move(extended);
            } else if (bare || !number) {
                number = std::move(bare); // when neither reads, the problem is the number's own
                note = split->second;
            }
        }
        if (!leadingNote.isEmpty())
            note = note.isEmpty() ? leadingNote : leadingNote + QStringLiteral("; ") + note;
        if (!number) {
            addProblem(row, rowNumber, field, cells, number.error().message, phone);
            continue;
        }
        phone = number.value().formatted;
        keys << number.value().normalized;
        if (!note.isEmpty()) {
            noteLines << tr("%1: %2").arg(phone, note);
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n")) + noteLines.constLast();
        }
    }
}

// Phones are checked here rather than by the validator, so that each number is parsed only once (a million
// rows of libphonenumber parsing is most of an import's time).
void ImportRowParser::validate(const QVariantList &cells, qint64 rowNumber, ParsedImportRow &row) const
{
    Customer withoutPhones = row.customer;
    withoutPhones.phones.clear();
    for (const Error &error : CustomerValidator::validate(withoutPhones))
        addProblem(row, rowNumber, fieldForValidatorError(error.field, false), cells, error.message);
    readPhones(row.customer.phones, row.phoneKeys, row.customer.notes, row.phoneNotes, ImportField::Phone, cells,
        rowNumber, row);
    if (row.contact) {
        Contact contactWithoutPhones = *row.contact;
        contactWithoutPhones.phones.clear();
        for (const Error &error : CustomerValidator::validate(contactWithoutPhones))
            addProblem(row, rowNumber, fieldForValidatorError(error.field, true), cells, error.message);
        readPhones(row.contact->phones, row.contactPhoneKeys, row.contact->notes, row.contactPhoneNotes,
            ImportField::ContactPhone, cells, rowNumber, row);
    }
}

ParsedImportRow ImportRowParser::parse(const QVariantList &cells, qint64 rowNumber) const
{
    ParsedImportRow row;
    for (int column = 0; column < m_mapping.columnCount() && column < cells.size(); ++column) {
        if (m_mapping.field(column) != ImportField::Ignore && !cellText(cells[column]).isEmpty())
            row.given << m_mapping.field(column);
    }
    parseCustomerFields(cells, rowNumber, row);
    parseContactFields(cells, rowNumber, row);
    validate(cells, rowNumber, row); // cells are trimmed as they are read; phones come out formatted
    // Left to right, as the user reads the row.
    std::stable_sort(row.problems.begin(), row.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.column < b.column; });
    return row;
}

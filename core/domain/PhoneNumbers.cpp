#include "PhoneNumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
QString g_region = QStringLiteral("CN");

// A mainland mobile number as it is typed in China ("13800138000", "138 0013 8000", "+86 138-0013-8000"): most of
// the numbers of an import, read here without libphonenumber's regular expressions, which cost a third of an
// import's time. libphonenumber formats every such number alike, 13x to 19x (PhoneNumbersTest compares each prefix
// with it); anything else is left to it.
std::optional<PhoneNumbers::ParsedNumber> mainlandMobile(const QString &trimmed, const QString &region)
{
    if (region.compare(QLatin1String("CN"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QStringView rest(trimmed);
    if (rest.startsWith(QLatin1String("+86")))
        rest = rest.mid(3);
    char16_t digits[11];
    int count = 0;
    for (QChar c : rest) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (count == 11)
                return std::nullopt;
            digits[count++] = c.unicode();
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-')) {
            return std::nullopt;
        }
    }
    if (count != 11 || digits[0] != u'1' || digits[1] < u'3')
        return std::nullopt;
    const QString national = QString::fromUtf16(digits, 11);
    return PhoneNumbers::ParsedNumber { QStringLiteral("+86") + national,
        national.left(3) + QLatin1Char(' ') + national.mid(3, 4) + QLatin1Char(' ') + national.mid(7) };
}

// Extension words of Chinese numbers ("020-83561234转8001", "分机 8001") as libphonenumber reads extensions.
QString withExtensionWords(const QString &trimmed)
{
    static const QString kFirstChars = QStringLiteral("转轉分内內");
    if (std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return kFirstChars.contains(c); }))
        return trimmed;
    static const QRegularExpression words(
        QStringLiteral("\\s*(?:转|轉|分机号|分機號|分机|分機|内线|內線)\\s*(?=\\d+\\s*$)"));
    QString text = trimmed;
    return text.replace(words, QStringLiteral(" ext. "));
}

// "020-83561234-8001": a valid fixed-line number, a dash and up to six digits is a number and its extension, as
// offices in China write it. Only tried when the whole cannot be a number, so "020-8356-1234" stays a number.
std::optional<PhoneNumber> withDashExtension(const QString &trimmed, const QString &region)
{
    static const QRegularExpression dashed(QStringLiteral("^(.*\\d)\\s*[-－–—]\\s*(\\d{1,6})$"));
    const QRegularExpressionMatch match = dashed.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(match.captured(1).toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number) || util->GetNumberType(number) == PhoneNumberUtil::MOBILE)
        return std::nullopt; // a mobile has no extension: "13800138000-1" is a typing error
    std::string national;
    util->GetNationalSignificantNumber(number, &national);
    if (national.size() < 8)
        return std::nullopt; // a service number ("109-5050", 10 95050) before the dash: the whole is a mistyped number
    const QString extended = match.captured(1) + QStringLiteral(" ext. ") + match.captured(2);
    if (util->Parse(extended.toStdString(), region.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

// The number in E.164, with its extension as RFC 3966 writes it ("+862083561234;ext=8001"): two extensions of one
// switchboard are two numbers, for duplicate checks and for keeping what is stored.
QString keyOf(const PhoneNumber &number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    std::string uri;
    util->Format(number, PhoneNumberUtil::RFC3966, &uri); // "tel:+86-20-8356-1234;ext=8001"
    const size_t extension = uri.find(";ext=");
    return QString::fromStdString(extension == std::string::npos ? e164 : e164 + uri.substr(extension));
}

// Both forms of a valid number: national for the user's region, else international (with " ext. 8001" if any).
PhoneNumbers::ParsedNumber formsOf(const PhoneNumber &number, const QString &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string regionOfNumber;
    util->GetRegionCodeForNumber(number, &regionOfNumber);
    std::string text;
    util->Format(number,
        QString::fromStdString(regionOfNumber) == region.toUpper() ? PhoneNumberUtil::NATIONAL
                                                                   : PhoneNumberUtil::INTERNATIONAL,
        &text);
    return PhoneNumbers::ParsedNumber { keyOf(number), QString::fromStdString(text) };
}

} // namespace

namespace PhoneNumbers {

QString defaultRegion()
{
    return g_region;
}

void setDefaultRegion(const QString &region)
{
    if (region.size() == 2)
        g_region = region.toUpper();
}

QString international(const QString &value, const QString &normalized)
{
    if (value.startsWith(QLatin1Char('+')) || !normalized.startsWith(QLatin1Char('+')))
        return value;
    // An extension stays as written after the number ("020 8356 1234 ext. 8001", Taiwan's "02 2345 6789#55"); the
    // key has it after ";ext=".
    if (const qsizetype key = normalized.indexOf(QLatin1String(";ext=")); key > 0) {
        const QString extension = normalized.mid(key + 5);
        qsizetype cut = value.endsWith(extension) ? value.size() - extension.size() : value.size();
        while (cut < value.size() && cut > 0 && !value[cut - 1].isDigit())
            --cut;
        return international(value.left(cut), normalized.left(key)) + value.mid(cut);
    }
    if (const qsizetype extension = value.indexOf(QLatin1String(" ext. ")); extension > 0) // a key of before ";ext="
        return international(value.left(extension), normalized) + value.mid(extension);
    QString digits;
    for (QChar c : value) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    // The national number ends the E.164 form; digits of the value before it are a trunk prefix ("0").
    qsizetype trunk = 0;
    while (trunk < digits.size() && !normalized.endsWith(QStringView(digits).mid(trunk)))
        ++trunk;
    const qsizetype code = normalized.size() - 1 - (digits.size() - trunk);
    if (trunk == digits.size() || code < 1 || code > 3)
        return normalized;
    QString national;
    qsizetype skipped = 0;
    for (QChar c : value) {
        if (skipped < trunk && c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++skipped;
            continue;
        }
        national += c;
    }
    return normalized.left(code + 1) + QLatin1Char(' ') + national.trimmed();
}

QString readableHere(const QString &value, const QString &normalized)
{
    if (value.startsWith(QLatin1Char('+')) || !normalized.startsWith(QLatin1Char('+')))
        return value;
    const QString prefix = callingCodePrefix(defaultRegion());
    return !prefix.isEmpty() && normalized.startsWith(prefix) ? value : international(value, normalized);
}

QString callingCodePrefix(const QString &region)
{
    const int code = PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString());
    return code > 0 ? QLatin1Char('+') + QString::number(code) : QString();
}

Result<ParsedNumber> parse(const QString &raw, const QString &region)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return Error { QCoreApplication::translate("PhoneNumbers", "The phone number is empty.") };
    if (auto mobile = mainlandMobile(trimmed, region))
        return *mobile;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parsed = util->Parse(withExtensionWords(trimmed).toStdString(), region.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR)
        return Error { QCoreApplication::translate("PhoneNumbers", "\"%1\" is not a phone number.").arg(trimmed) };
    if (!util->IsPossibleNumber(number)) {
        if (auto extended = withDashExtension(trimmed, region))
            return formsOf(*extended, region);
        return Error { QCoreApplication::translate("PhoneNumbers", "\"%1\" has the wrong number of digits for a phone number.").arg(trimmed) };
    }
    // A number of the right length that no region uses (a Taiwanese mobile read as Chinese: "0912 345 678") keeps
    // the digits as typed: formatting it would drop its trunk 0 and change what the user wrote (found by a review).
    if (!util->IsValidNumber(number)) {
        if (auto extended = withDashExtension(trimmed, region))
            return formsOf(*extended, region);
        // Except a mainland number of 1 and some digits: a mobile with a digit too many or too few (1390663444),
        // which would never match its customer's right number (found by a review).
        std::string national;
        util->GetNationalSignificantNumber(number, &national);
        if (number.country_code() == 86 && !national.empty() && national.front() == '1' && national.size() != 11)
            return Error { QCoreApplication::translate(
                "PhoneNumbers", "\"%1\" is not a mobile number of mainland China, which has 11 digits starting with 1.")
                               .arg(trimmed) };
        return ParsedNumber { keyOf(number), trimmed, false };
    }
    return formsOf(number, region);
}

Result<QString> normalize(const QString &raw, const QString &region)
{
    auto number = parse(raw, region);
    if (!number)
        return number.error();
    return number.value().normalized;
}

Result<QString> formatted(const QString &raw, const QString &region)
{
    auto number = parse(raw, region);
    if (!number)
        return number.error();
    return number.value().formatted;
}

QString normalizedOrDigits(const QString &raw)
{
    if (auto e164 = normalize(raw))
        return e164.value();
    QString digits;
    for (QChar c : raw) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

} // namespace PhoneNumbers

namespace Emails {

namespace {

    bool isAscii(QStringView text)
    {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    }

    // A domain in its ASCII form (xn--fiqs8s for 中国); empty when it cannot be one. Most are ASCII already, and are
    // taken as they are: an import checks a million of them.
    QByteArray asciiDomain(const QString &domain)
    {
        return isAscii(domain) ? domain.toLatin1() : QUrl::toAce(domain);
    }

} // namespace

QString cleaned(const QString &email)
{
    QString text = email.trimmed().normalized(QString::NormalizationForm_KC);
    if (const qsizetype at = text.lastIndexOf(QLatin1Char('@')); at >= 0) {
        for (qsizetype i = at + 1; i < text.size(); ++i) {
            if (text[i] == QChar(0x3002) || text[i] == QChar(0xFF61)) // ideographic full stops
                text[i] = QLatin1Char('.');
        }
    }
    return text;
}

Status validate(const QString &email)
{
    // The domain is checked in its ASCII form (xn--fiqs8s for 中国), so any script's domains pass the same rule.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$"));
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return Error { QCoreApplication::translate("PhoneNumbers", "The email address is empty.") };
    const QString clean = cleaned(email);
    const qsizetype at = clean.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return Error { QCoreApplication::translate("PhoneNumbers", "\"%1\" is not an email address: it has no @.").arg(trimmed) };
    const QByteArray domain = asciiDomain(clean.mid(at + 1));
    const QString ascii = clean.left(at + 1) + QString::fromLatin1(domain);
    if (domain.isEmpty() || ascii.contains(QStringLiteral("..")) || !pattern.match(ascii).hasMatch())
        return Error { QCoreApplication::translate("PhoneNumbers", "\"%1\" is not a valid email address.").arg(trimmed) };
    return {};
}

QString normalized(const QString &email)
{
    // A domain in Chinese script and its ASCII form are one address.
    QString address = cleaned(email).toLower();
    if (const qsizetype at = address.lastIndexOf(QLatin1Char('@')); at >= 0) {
        if (const QStringView domain = QStringView(address).mid(at + 1); !isAscii(domain)) {
            if (const QByteArray ace = QUrl::toAce(domain.toString()); !ace.isEmpty())
                address = address.left(at + 1) + QString::fromLatin1(ace).toLower();
        }
    }
    return address;
}

} // namespace Emails

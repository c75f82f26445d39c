#pragma once

#include "Result.h"

#include <QString>

// Phone numbers as people type them, normalised to E.164 with libphonenumber.
namespace PhoneNumbers {

// The region assumed for numbers typed without a country code (ISO 3166 code, e.g. "CN", "US").
QString defaultRegion();
void setDefaultRegion(const QString &region);

// A number read once by libphonenumber (parsing is what costs): both forms the app stores.
struct ParsedNumber
{
    QString normalized; // E.164, "+8613800138000", and an extension after ";ext=": what duplicate checks compare
    QString formatted;  // as people read it, see formatted()
    bool valid = true; // false: possible but no region uses it, kept as typed (a Taiwanese mobile read as Chinese)
};
Result<ParsedNumber> parse(const QString &raw, const QString &region = defaultRegion());

// "+8613800138000" for "138 0013 8000" in CN; an Error when it cannot be a phone number.
Result<QString> normalize(const QString &raw, const QString &region = defaultRegion());

// As people read it: national format for numbers of the default region ("138 0013 8000"), else international.
Result<QString> formatted(const QString &raw, const QString &region = defaultRegion());

// A stored number as it must read in the user's region (defaultRegion) to mean the same number: a national
// number of another region ("(212) 353-9611" stored for a US number, the user's region CN) gains its country code
// ("+1 (212) 353-9611"); others stay as stored. Editing and saving it then keeps the number.
QString readableHere(const QString &value, const QString &normalized);

// "+86" for "CN", "+1" for "US": the start of the region's numbers in E.164 (empty for an unknown region).
QString callingCodePrefix(const QString &region = defaultRegion());

// A stored number written so that it reads the same in any region: "138 0013 8000" (stored for CN, normalised
// "+8613800138000") is "+86 138 0013 8000", "0415 555 2671" is "+86 415 555 2671" (the trunk 0 dropped), "(415)
// 555-2671" is "+1 (415) 555-2671"; a value with its country code already stays as it is. Plain string work, no
// libphonenumber: cheap enough for a million rows. Where the value does not end in the normalised number's
// digits, the normalised (E.164) form.
QString international(const QString &value, const QString &normalized);

// The normalised form if there is one, else the digits: what duplicate checks compare.
QString normalizedOrDigits(const QString &raw);

} // namespace PhoneNumbers

namespace Emails {
// An address as it is stored: trimmed, with the full-width forms a Chinese input method types read as ASCII
// ("ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍ" and "info@example。com" are "info@example.com").
QString cleaned(const QString &email);
// A practical syntax check of the cleaned address (local@domain.tld, no spaces; the domain may be written in
// any script, "info@例子.中国"); an Error says what is wrong.
Status validate(const QString &email);
// The cleaned address in lower case: what duplicate checks compare.
QString normalized(const QString &email);
} // namespace Emails

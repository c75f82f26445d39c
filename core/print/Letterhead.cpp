#include "Letterhead.h"
#include "db/Transaction.h"
#include "repo/LookupRepository.h"

namespace {

const QString kName = QStringLiteral("company_name");
const QString kAddress = QStringLiteral("company_address");
const QString kPhone = QStringLiteral("company_phone");
const QString kEmail = QStringLiteral("company_email");
const QString kTaxId = QStringLiteral("company_tax_id");
const QString kBank = QStringLiteral("company_bank");
const QString kLogo = QStringLiteral("company_logo_png_base64");
const QString kPaper = QStringLiteral("quote_paper");
const QString kTerms = QStringLiteral("quote_terms");

} // namespace

Result<Letterhead> Letterhead::load(const QSqlDatabase &db)
{
    LookupRepository settings(db);
    Letterhead letterhead;
    const QList<std::pair<QString, QString *>> fields { { kName, &letterhead.companyName },
        { kAddress, &letterhead.address }, { kPhone, &letterhead.phone }, { kEmail, &letterhead.email },
        { kTaxId, &letterhead.taxId }, { kBank, &letterhead.bank }, { kPaper, &letterhead.paper },
        { kTerms, &letterhead.terms } };
    for (const auto &[key, target] : fields) {
        auto value = settings.setting(key, *target);
        if (!value)
            return value.error();
        *target = value.value();
    }
    auto logo = settings.setting(kLogo);
    if (!logo)
        return logo.error();
    letterhead.logoPng = QByteArray::fromBase64(logo.value().toLatin1());
    if (letterhead.paper != QLatin1String("Letter"))
        letterhead.paper = QStringLiteral("A4");
    return letterhead;
}

Status Letterhead::save(const QSqlDatabase &db) const
{
    Transaction transaction(db);
    if (Status status = transaction.begin(); !status)
        return status;
    LookupRepository settings(db);
    const QList<std::pair<QString, QString>> fields { { kName, companyName.trimmed() }, { kAddress, address.trimmed() },
        { kPhone, phone.trimmed() }, { kEmail, email.trimmed() }, { kTaxId, taxId.trimmed() },
        { kBank, bank.trimmed() }, { kPaper, paper }, { kTerms, terms.trimmed() },
        { kLogo, QString::fromLatin1(logoPng.toBase64()) } };
    for (const auto &[key, value] : fields) {
        if (Status status = settings.setSetting(key, value); !status)
            return status;
    }
    return transaction.commit();
}

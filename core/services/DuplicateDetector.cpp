#include "DuplicateDetector.h"
#include "domain/PhoneNumbers.h"
#include "repo/CustomerRepository.h"
#include "search/SearchText.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {
constexpr double kSimilarNames = 0.85;
}

QString DuplicateDetector::coreName(const QString &name)
{
    static const QRegularExpression punctuation(QStringLiteral("[\\p{P}\\p{S}\\s]+"));
    return searchableName(name).replace(punctuation, QString());
}

QString DuplicateDetector::searchableName(const QString &name)
{
    QString core = SearchText::fold(name);
    static const QStringList suffixes {
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限責任公司"),
        QStringLiteral("有限公司"),     QStringLiteral("集团"),         QStringLiteral("集團"),
        QStringLiteral("公司"),         QStringLiteral("co., ltd."),    QStringLiteral("co., ltd"),
        QStringLiteral("co. ltd."),     QStringLiteral("co ltd"),       QStringLiteral("ltd."),
        QStringLiteral("ltd"),          QStringLiteral("limited"),      QStringLiteral("inc."),
        QStringLiteral("inc"),          QStringLiteral("llc"),          QStringLiteral("gmbh"),
        QStringLiteral("corporation"),  QStringLiteral("corp."),        QStringLiteral("corp"),
        QStringLiteral("company"),      QStringLiteral("co."),
    };
    bool stripped = true;
    while (stripped) {
        stripped = false;
        core = core.trimmed();
        for (const QString &suffix : suffixes) {
            if (core.size() > suffix.size() && core.endsWith(suffix)) {
                core.chop(suffix.size());
                stripped = true;
                break;
            }
        }
    }
    static const QRegularExpression trailing(QStringLiteral("[\\p{P}\\p{S}\\s]+$"));
    return core.replace(trailing, QString());
}

double DuplicateDetector::similarity(const QString &a, const QString &b)
{
    const QList<uint> x = a.toUcs4();
    const QList<uint> y = b.toUcs4();
    if (x.isEmpty() && y.isEmpty())
        return 1.0;
    std::vector<qsizetype> previous(y.size() + 1);
    std::vector<qsizetype> current(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return 1.0 - double(previous[y.size()]) / double(std::max(x.size(), y.size()));
}

Result<QList<DuplicateDetector::Match>> DuplicateDetector::find(const Customer &customer) const
{
    CustomerRepository customers(m_db);
    QList<Match> matches;
    QSet<qint64> seen { customer.id };
    auto add = [&](const QList<CustomerRow> &rows, Reason reason, const QString &detail) {
        for (const CustomerRow &row : rows) {
            if (!seen.contains(row.id)) {
                seen.insert(row.id);
                matches << Match { row, reason, detail };
            }
        }
    };
    for (const QString &phone : customer.phones) {
        auto rows = customers.findByContactPoint(QStringLiteral("phone"), PhoneNumbers::normalizedOrDigits(phone));
        if (!rows)
            return rows.error();
        add(rows.value(), Reason::Phone, tr("Same phone number: %1").arg(phone.trimmed()));
    }
    for (const QString &email : customer.emails) {
        auto rows = customers.findByContactPoint(QStringLiteral("email"), Emails::normalized(email));
        if (!rows)
            return rows.error();
        add(rows.value(), Reason::Email, tr("Same email address: %1").arg(email.trimmed()));
    }

    const QString core = coreName(customer.name);
    const QString searchable = searchableName(customer.name);
    if (SearchText::characterCount(core) < 2)
        return matches;
    // Names that contain this one, or its first half (which also catches a typo in the second half).
    const QList<uint> codePoints = searchable.toUcs4();
    const qsizetype halfLength = std::max<qsizetype>(2, codePoints.size() / 2);
    const QString half = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), halfLength);
    QList<CustomerRow> similar;
    for (const QString &probe : QStringList { searchable, half }) {
        auto rows = customers.searchCandidates(probe, 200);
        if (!rows)
            return rows.error();
        for (const CustomerRow &row : rows.value()) {
            if (similarity(core, coreName(row.name)) >= kSimilarNames)
                similar << row;
        }
    }
    add(similar, Reason::Name, tr("Similar name"));
    return matches;
}

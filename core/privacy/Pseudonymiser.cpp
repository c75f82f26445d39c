#include "Pseudonymiser.h"
#include "db/SqlError.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {
const QString kKeySetting = QStringLiteral("privacy.pseudonym_key");
}

Result<Pseudonymiser> Pseudonymiser::forBook(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM book_settings WHERE key = ?"));
    query.addBindValue(kKeySetting);
    if (!query.exec())
        return sqlError(query, tr("Reading the pseudonym key"));
    if (query.next())
        return Pseudonymiser(QByteArray::fromHex(query.value(0).toString().toLatin1()));
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    query.prepare(QStringLiteral("INSERT INTO book_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(kKeySetting);
    query.addBindValue(QString::fromLatin1(key.toHex()));
    if (!query.exec())
        return sqlError(query, tr("Saving the pseudonym key"));
    return Pseudonymiser(key);
}

QString Pseudonymiser::pseudonym(Kind kind, const QString &value) const
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QByteArray mac = QMessageAuthenticationCode::hash(trimmed.toUtf8(), m_key, QCryptographicHash::Sha256);
    const QString code = QString::fromLatin1(mac.toHex().left(10).toUpper());
    switch (kind) {
    case Kind::Name:
        return QStringLiteral("Name-%1").arg(code);
    case Kind::Phone:
        return QStringLiteral("Phone-%1").arg(code);
    case Kind::Email:
        return QStringLiteral("email-%1@example.invalid").arg(code.toLower());
    case Kind::Address:
        return QStringLiteral("Address-%1").arg(code);
    }
    return code;
}

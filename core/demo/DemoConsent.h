#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlDatabase>

// Marketing consent for a demo book's contacts: about three in ten agreed (through a web form, at a trade fair, ...)
// on a day in the last two years, one in twenty refused or withdrew, the rest were never asked. One UPDATE over the
// contacts in the caller's transaction, so it stays fast at a million customers; the same seed gives the same rows.
namespace DemoConsent {

Status generate(const QSqlDatabase &db, quint64 seed, const QDate &today);

} // namespace DemoConsent

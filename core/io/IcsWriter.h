#pragma once

#include "Result.h"
#include "domain/Activity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

// Follow-ups as an iCalendar file (RFC 5545) for Outlook, Apple and Google calendars: one VEVENT per activity,
// CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), text escaped, timed events in UTC,
// all-day events as VALUE=DATE, UID from the activity's uuid, RRULE for repeating ones.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    static QByteArray toIcs(const QList<Activity> &activities, const QDateTime &stampUtc);
    // Writes the file atomically (all or nothing).
    static Status write(const QString &path, const QList<Activity> &activities, const QDateTime &stampUtc);

    // RFC 5545 3.3.11: backslash, semicolon, comma and line breaks escaped.
    static QString escapeText(const QString &text);
    // RFC 5545 3.1: a content line folded into lines of at most 75 octets, each ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
};

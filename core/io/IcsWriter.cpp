#include "IcsWriter.h"
#include "io/SavedFile.h"

#include <QSaveFile>

namespace {

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dateStamp(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

int icsPriority(ActivityPriority priority)
{
    switch (priority) {
    case ActivityPriority::High:
        return 1;
    case ActivityPriority::Normal:
        return 5;
    case ActivityPriority::Low:
        return 9;
    }
    return 0;
}

QStringList eventLines(const Activity &a, const QDateTime &stampUtc)
{
    QStringList lines;
    lines << QStringLiteral("BEGIN:VEVENT");
    lines << QStringLiteral("UID:%1@clientele").arg(a.uuid);
    lines << QStringLiteral("DTSTAMP:%1").arg(utcStamp(stampUtc));
    if (a.allDay) {
        lines << QStringLiteral("DTSTART;VALUE=DATE:%1").arg(dateStamp(a.dueDate));
        const int days = qMax(1, (a.durationMinutes + 24 * 60 - 1) / (24 * 60));
        lines << QStringLiteral("DTEND;VALUE=DATE:%1").arg(dateStamp(a.dueDate.addDays(days)));
    } else {
        lines << QStringLiteral("DTSTART:%1").arg(utcStamp(a.dueAt));
        lines << QStringLiteral("DTEND:%1").arg(utcStamp(a.dueAt.addSecs(qint64(a.durationMinutes) * 60)));
    }
    if (!a.recurrence.isNone())
        lines << QStringLiteral("RRULE:%1").arg(a.recurrence.toRule());
    const QString subject = a.customerName.isEmpty()
        ? a.subject
        : IcsWriter::tr("%1 — %2", "calendar event title: subject — customer").arg(a.subject, a.customerName);
    lines << QStringLiteral("SUMMARY:%1").arg(IcsWriter::escapeText(subject));
    QStringList description;
    description << IcsWriter::tr("Type: %1").arg(displayName(a.type));
    if (!a.customerName.isEmpty())
        description << IcsWriter::tr("Customer: %1").arg(a.customerName);
    if (!a.contactName.isEmpty())
        description << IcsWriter::tr("Contact: %1").arg(a.contactName);
    if (!a.ownerName.isEmpty())
        description << IcsWriter::tr("Owner: %1").arg(a.ownerName);
    if (!a.notes.isEmpty())
        description << a.notes;
    lines << QStringLiteral("DESCRIPTION:%1").arg(IcsWriter::escapeText(description.join(QLatin1Char('\n'))));
    lines << QStringLiteral("CATEGORIES:%1").arg(toString(a.type).toUpper());
    lines << QStringLiteral("PRIORITY:%1").arg(icsPriority(a.priority));
    lines << QStringLiteral("STATUS:%1")
                 .arg(
                     a.status == ActivityStatus::Cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
    lines << QStringLiteral("TRANSP:%1").arg(a.allDay ? QStringLiteral("TRANSPARENT") : QStringLiteral("OPAQUE"));
    if (a.updatedAt.isValid())
        lines << QStringLiteral("LAST-MODIFIED:%1").arg(utcStamp(a.updatedAt));
    lines << QStringLiteral("END:VEVENT");
    return lines;
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            escaped += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            continue; // other control characters are not allowed in TEXT
        else
            escaped += c;
    }
    return escaped;
}

QByteArray IcsWriter::foldLine(const QByteArray &line)
{
    QByteArray folded;
    qsizetype start = 0;
    int limit = 75; // the first line has 75 octets; continuation lines start with a space and hold 74 more
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        // Never split a UTF-8 sequence: step back over continuation bytes (10xxxxxx).
        while (end > start && (uchar(line[end]) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        limit = 74;
    }
    folded += line.mid(start);
    folded += "\r\n";
    return folded;
}

QByteArray IcsWriter::toIcs(const QList<Activity> &activities, const QDateTime &stampUtc)
{
    QStringList lines { QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
        QStringLiteral("PRODID:-//Clientele//Clientele CRM//EN"), QStringLiteral("CALSCALE:GREGORIAN"),
        QStringLiteral("METHOD:PUBLISH") };
    for (const Activity &a : activities)
        lines << eventLines(a, stampUtc);
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray bytes;
    for (const QString &line : std::as_const(lines))
        bytes += foldLine(line.toUtf8());
    return bytes;
}

Status IcsWriter::write(const QString &path, const QList<Activity> &activities, const QDateTime &stampUtc)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("Cannot write the calendar file: %1").arg(file.errorString()), path };
    const QByteArray bytes = toIcs(activities, stampUtc);
    if (file.write(bytes) != bytes.size() || !SavedFile::commit(file))
        return Error { tr("Cannot write the calendar file: %1").arg(SavedFile::failure(file)), path };
    return {};
}

#include "IdRanges.h"

#include <QStringList>

void IdRanges::add(qint64 id)
{
    ++m_count;
    if (!m_ranges.isEmpty() && m_ranges.last().second + 1 == id) {
        m_ranges.last().second = id;
        return;
    }
    m_ranges.append({ id, id });
}

QList<qint64> IdRanges::ids() const
{
    QList<qint64> all;
    all.reserve(m_count);
    for (const auto &[first, last] : m_ranges) {
        for (qint64 id = first; id <= last; ++id)
            all << id;
    }
    return all;
}

QString IdRanges::toString() const
{
    QStringList parts;
    for (const auto &[first, last] : m_ranges)
        parts << (first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last));
    return parts.join(QLatin1Char(','));
}

std::optional<IdRanges> IdRanges::fromString(const QString &text)
{
    IdRanges ranges;
    if (text.isEmpty())
        return ranges;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.split(QLatin1Char('-'));
        bool firstOk = false;
        bool lastOk = false;
        const qint64 first = ends.first().toLongLong(&firstOk);
        const qint64 last = ends.size() == 2 ? ends.last().toLongLong(&lastOk) : first;
        if (!firstOk || (ends.size() == 2 && !lastOk) || ends.size() > 2 || first <= 0 || last < first)
            return std::nullopt;
        ranges.m_ranges.append({ first, last });
        ranges.m_count += last - first + 1;
    }
    return ranges;
}

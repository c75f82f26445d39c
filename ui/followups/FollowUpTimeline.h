#pragma once

#include "domain/Customer.h"

#include <QSqlDatabase>

class QTreeWidget;

// A customer's follow-ups on the customer file's timeline: planned ones on top (soonest first, marked as
// planned), done and cancelled ones among the other entries by date.
namespace FollowUpTimeline {
// Done and cancelled activities as timeline entries, to merge with the notes and the rest.
QList<TimelineEntry> pastEntries(const QSqlDatabase &db, qint64 customerId);
// Adds the planned activities as the first rows of the timeline view.
void addPlanned(QTreeWidget *timeline, const QSqlDatabase &db, qint64 customerId);
} // namespace FollowUpTimeline

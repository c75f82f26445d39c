#include "FollowUpTimeline.h"
#include "Appearance.h"
#include "FollowUpFormatting.h"
#include "repo/ActivityRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTreeWidget>

namespace FollowUpTimeline {

QList<TimelineEntry> pastEntries(const QSqlDatabase &db, qint64 customerId)
{
    QList<TimelineEntry> entries;
    for (const Activity &a : ActivityRepository(db).forCustomer(customerId).value_or({})) {
        if (a.status == ActivityStatus::Planned)
            continue;
        const QString what = a.status == ActivityStatus::Done
            ? (a.outcome.isEmpty()
                    ? QCoreApplication::translate("FollowUps", "%1 done: %2").arg(displayName(a.type), a.subject)
                    : QCoreApplication::translate("FollowUps", "%1 done: %2 — %3")
                          .arg(displayName(a.type), a.subject, a.outcome))
            : QCoreApplication::translate("FollowUps", "%1 cancelled: %2").arg(displayName(a.type), a.subject);
        entries << TimelineEntry { TimelineEntry::Kind::Note,
            a.completedAt.isValid() ? a.completedAt : a.dueMomentUtc(), what };
    }
    return entries;
}

void addPlanned(QTreeWidget *timeline, const QSqlDatabase &db, qint64 customerId)
{
    int row = 0;
    for (const Activity &a : ActivityRepository(db).forCustomer(customerId).value_or({})) {
        if (a.status != ActivityStatus::Planned)
            continue;
        QString what = QCoreApplication::translate("FollowUps", "Planned %1: %2")
                           .arg(QLocale().toLower(displayName(a.type)), a.subject);
        if (!a.ownerName.isEmpty())
            what = QCoreApplication::translate("FollowUps", "%1 (%2)").arg(what, a.ownerName);
        auto item = new QTreeWidgetItem({ FollowUpFormatting::due(a), what });
        item->setForeground(0, Appearance::accentText());
        item->setForeground(1, Appearance::accentText());
        item->setData(0, Qt::UserRole, a.id);
        item->setToolTip(1,
            what + QStringLiteral("\n")
                + QCoreApplication::translate("FollowUps", "Double-click or press Enter to open it"));
        timeline->insertTopLevelItem(row++, item);
    }
}

} // namespace FollowUpTimeline

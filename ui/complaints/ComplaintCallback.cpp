#include "ComplaintCallback.h"
#include "Clock.h"
#include "MessageBox.h"
#include "followups/ActivityDialog.h"
#include "services/ComplaintFollowUps.h"

qint64 ComplaintCallback::schedule(
    QWidget *parent, const QSqlDatabase &db, const Complaint &complaint, ActivityType type)
{
    if (complaint.id <= 0)
        return 0;
    auto proposed = ComplaintFollowUps(db).propose(complaint, type, Clock::instance().nowUtc());
    if (!proposed) {
        MessageBox::warning(parent, tr("Follow-up for %1").arg(complaint.number), proposed.error().message);
        return 0;
    }
    ActivityDialog dialog(db, proposed.value(), parent);
    dialog.setCaseLinkEnabled(false);
    dialog.setWindowTitle(type == ActivityType::Visit ? tr("Visit about %1").arg(complaint.number)
                                                      : tr("Call back about %1").arg(complaint.number));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return dialog.savedId();
}

#pragma once

#include "domain/Activity.h"
#include "domain/Complaint.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class QWidget;

// "Call back…" and "Visit…" on a complaint: the follow-up proposed for the case opens in the activity dialog,
// and what the user saves there is linked to the case and written to its history.
class ComplaintCallback
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintCallback)

public:
    // Returns the new activity's id, 0 when the user cancelled or the case could not be read.
    static qint64 schedule(QWidget *parent, const QSqlDatabase &db, const Complaint &complaint, ActivityType type);
};

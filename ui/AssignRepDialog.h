#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;

// Asks which sales rep the selected customers go to (Edit ▸ Assign to a sales rep…), and whether the open work
// their current rep has on them goes along. The main window then assigns them with AssignRepCommand.
class AssignRepDialog : public QDialog
{
    Q_OBJECT

public:
    AssignRepDialog(const QSqlDatabase &db, int customers, QWidget *parent = nullptr);

    qint64 rep() const;
    QString repName() const;
    bool openWork() const;

private:
    QComboBox *m_rep = nullptr;
    QCheckBox *m_openWork = nullptr;
};

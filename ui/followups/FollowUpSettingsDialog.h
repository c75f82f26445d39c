#pragma once

#include <QDialog>
#include <QMap>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QSpinBox;

// The book's follow-up rules: the default interval per customer tier and the days before a contract's end at
// which renewal reminders fall due. Saved in the book, so everyone who opens it works by the same rules.
class FollowUpSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FollowUpSettingsDialog(QSqlDatabase db, QWidget *parent = nullptr);
    void accept() override;

private:
    QSqlDatabase m_db;
    QMap<QString, QSpinBox *> m_intervals;
    QLineEdit *m_renewalDays = nullptr;
    QLabel *m_error = nullptr;
};

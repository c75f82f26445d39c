#pragma once

#include "domain/Complaint.h"

#include <QDialog>
#include <QMap>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QTimeEdit;

// The book's complaint settings: the category list, the response and resolution targets per severity, and
// the business hours the targets count in.
class ComplaintSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComplaintSettingsDialog(QSqlDatabase db, QWidget *parent = nullptr);

    void accept() override;

private:
    QStringList categoryCodes() const;

    QSqlDatabase m_db;
    QPlainTextEdit *m_categories = nullptr;
    QMap<ComplaintSeverity, std::pair<QDoubleSpinBox *, QDoubleSpinBox *>> m_targets;
    QCheckBox *m_businessHours = nullptr;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_errors = nullptr;
};

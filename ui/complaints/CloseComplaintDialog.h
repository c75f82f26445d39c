#pragma once

#include <QDialog>

#include <optional>

class QComboBox;
class QPlainTextEdit;

// Asks, when a case is closed, how satisfied the customer is (CSAT 1-5) and how likely they are to recommend
// us (NPS 0-10); either may be left as "not asked".
class CloseComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloseComplaintDialog(const QString &number, QWidget *parent = nullptr);

    std::optional<int> csat() const;
    std::optional<int> nps() const;
    QString note() const;

private:
    QComboBox *m_csat = nullptr;
    QComboBox *m_nps = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

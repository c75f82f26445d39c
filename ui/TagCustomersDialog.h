#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QPushButton;

// Asks for the tag to give to the selected customers (a new one may be typed) or to take from them (one of the
// book's tags). The main window then changes them with TagCustomersCommand.
class TagCustomersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode
    {
        Add,
        Remove
    };

    TagCustomersDialog(const QSqlDatabase &db, int customers, Mode mode, QWidget *parent = nullptr);

    QString tag() const;

private:
    QComboBox *m_tag = nullptr;
    QPushButton *m_ok = nullptr;
};

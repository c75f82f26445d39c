#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;

// Preferences: the language of the app, light or dark colours, the default country for phone numbers, and the open
// book's order of Chinese names (a setting of the book: everyone sharing it sees one order).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `book`: the open book, or none; read-only, its name order is shown and cannot be changed.
    explicit SettingsDialog(QWidget *parent = nullptr, const QSqlDatabase &book = {}, bool readOnly = false);
    void accept() override;
    // Whether accept() changed the book's name order (the customer list must be read again).
    bool nameOrderChanged() const { return m_nameOrderChanged; }

private:
    QSqlDatabase m_book;
    QComboBox *m_nameOrder = nullptr;
    bool m_nameOrderChanged = false;
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QLineEdit *m_region = nullptr;
    QString m_suggestedRegion; // for the language now chosen
};

#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Preferences: the language of the app, light or dark colours, and the default country for phone numbers.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QLineEdit *m_region = nullptr;
};

#pragma once

#include <QDialog>

// The first run: open the demo book, create a new book, or open an existing one.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, Create, Open };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    // The file chosen for Create or Open.
    QString path() const { return m_path; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QString m_path;
};

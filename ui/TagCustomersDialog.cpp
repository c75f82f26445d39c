#include "TagCustomersDialog.h"
#include "ErrorLabel.h"
#include "repo/LookupRepository.h"
#include "services/CustomerValidator.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TagCustomersDialog::TagCustomersDialog(const QSqlDatabase &db, int customers, Mode mode, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tagCustomersDialog"));
    setWindowTitle(mode == Add ? tr("Tag customers") : tr("Remove a tag"));
    m_tag = new QComboBox;
    m_tag->setObjectName(QStringLiteral("tagComboBox"));
    m_tag->setEditable(mode == Add);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->setMinimumContentsLength(24);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const LookupRepository::Tag &tag : LookupRepository(db).tags().value_or({}))
        m_tag->addItem(tag.name);
    if (mode == Add) {
        m_tag->setCurrentIndex(-1);
        m_tag->lineEdit()->setPlaceholderText(tr("Choose a tag or type a new one"));
        m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_tag->completer()->setFilterMode(Qt::MatchContains);
    }

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->addButton(mode == Add ? tr("&Tag") : tr("&Remove"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("tagOkButton"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *problem = makeErrorLabel(QStringLiteral("tagProblemLabel"));
    problem->hide();
    const auto update = [this, problem] {
        const QString text = CustomerValidator::tagNameProblem(tag());
        problem->setText(text);
        problem->setVisible(!text.isEmpty());
        m_ok->setEnabled(!tag().isEmpty() && text.isEmpty());
    };
    connect(m_tag, &QComboBox::currentTextChanged, this, update);
    update();

    auto form = new QFormLayout;
    form->addRow(mode == Add ? tr("Give the %Ln selected customer(s) the &tag:", nullptr, customers)
                             : tr("Take from the %Ln selected customer(s) the &tag:", nullptr, customers),
        m_tag);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString TagCustomersDialog::tag() const
{
    return m_tag->currentText().simplified();
}

#include "LetterheadDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "SaveShortcut.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LetterheadDialog::LetterheadDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("letterheadDialog"));
    setWindowTitle(tr("Company letterhead"));
    auto loaded = Letterhead::load(m_db);
    if (loaded)
        m_letterhead = loaded.value();
    m_name = new QLineEdit(m_letterhead.companyName);
    m_name->setObjectName(QStringLiteral("companyNameLineEdit"));
    m_address = new QPlainTextEdit(m_letterhead.address);
    m_address->setMaximumHeight(60);
    m_phone = new QLineEdit(m_letterhead.phone);
    m_email = new QLineEdit(m_letterhead.email);
    m_taxId = new QLineEdit(m_letterhead.taxId);
    m_taxId->setObjectName(QStringLiteral("taxIdLineEdit"));
    m_bank = new QPlainTextEdit(m_letterhead.bank);
    m_bank->setMaximumHeight(60);
    m_paper = new QComboBox;
    m_paper->addItem(tr("A4"), QStringLiteral("A4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(m_letterhead.paper)));
    m_terms = new QPlainTextEdit(m_letterhead.terms);
    m_terms->setMaximumHeight(80);
    m_logo = new QLabel;
    m_logo->setFixedSize(160, 60);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    auto chooseLogo = new QPushButton(tr("C&hoose…"));
    auto removeLogo = new QPushButton(tr("Re&move"));
    showLogo();

    auto logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch();
    auto form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Tax ID:"), m_taxId);
    form->addRow(tr("&Bank details:"), m_bank);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Pape&r:"), m_paper);
    form->addRow(tr("Default te&rms:"), m_terms);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    saveOnCtrlS(this, buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterheadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterheadDialog::reject);
    connect(chooseLogo, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_letterhead.logoPng.clear();
        showLogo();
    });
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void LetterheadDialog::showLogo()
{
    const QImage image = QImage::fromData(m_letterhead.logoPng);
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(image.scaled(m_logo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void LetterheadDialog::chooseLogo()
{
    const QString file
        = FileDialog::getOpenFileName(this, tr("Choose a logo"), {}, tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
    if (file.isEmpty())
        return;
    QImageReader reader(file);
    const QImage image = reader.read();
    if (image.isNull()) {
        MessageBox::warning(
            this, windowTitle(), tr("%1 could not be read as an image: %2").arg(file, reader.errorString()));
        return;
    }
    // Kept small in the book: at most 600 pixels wide is sharp at 40 mm on paper.
    const QImage scaled = image.width() > 600 ? image.scaledToWidth(600, Qt::SmoothTransformation) : image;
    QBuffer buffer(&m_letterhead.logoPng);
    m_letterhead.logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    showLogo();
}

void LetterheadDialog::accept()
{
    m_letterhead.companyName = m_name->text();
    m_letterhead.address = m_address->toPlainText();
    m_letterhead.phone = m_phone->text();
    m_letterhead.email = m_email->text();
    m_letterhead.taxId = m_taxId->text();
    m_letterhead.bank = m_bank->toPlainText();
    m_letterhead.paper = m_paper->currentData().toString();
    m_letterhead.terms = m_terms->toPlainText();
    if (Status status = m_letterhead.save(m_db); !status) {
        MessageBox::warning(this, windowTitle(), status.error().message);
        return;
    }
    QDialog::accept();
}

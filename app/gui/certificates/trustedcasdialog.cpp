#include "trustedcasdialog.h"

#include "trustsettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nbapply::gui
{

TrustedCasDialog::TrustedCasDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_chooseFiles([this] {
          return QFileDialog::getOpenFileNames(
              this, tr("Add company CA certificates"),
              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
              tr("CA certificates (*.pem *.crt *.cer);;All files (*)"));
      })
{
    setWindowTitle(tr("Trusted company CA certificates"));
    auto *intro =
        new QLabel(tr("Signatures made with a certificate issued by one of these CAs, or by a CA of the "
                      "system's store, read \"trusted\". Others read \"identity not verified\"."),
                   this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&Certificates (PEM files):"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Certificates (PEM files)"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const QString &file : trustedCaFiles())
        m_list->addItem(QDir::toNativeSeparators(file));
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TrustedCasDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &TrustedCasDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);

    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QStringList TrustedCasDialog::files() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(QDir::fromNativeSeparators(m_list->item(i)->text()));
    return out;
}

void TrustedCasDialog::accept()
{
    setTrustedCaFiles(files());
    QDialog::accept();
}

void TrustedCasDialog::addFiles()
{
    const QStringList present = files();
    for (const QString &file : m_chooseFiles()) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!present.contains(path))
            m_list->addItem(QDir::toNativeSeparators(path));
    }
}

void TrustedCasDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    m_remove->setEnabled(false);
    m_list->setFocus();
}

} // namespace nbapply::gui

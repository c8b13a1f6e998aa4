#include "passworddialog.h"

#include "uilanguage.h"
#include "widgets/accessibility.h"
#include "widgets/problemlabel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nbapply::gui
{

PasswordDialog::PasswordDialog(const QString &title, const QString &certificateFile, QWidget *parent)
    : QDialog(parent), m_fileLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_error(new ProblemLabel(this))
{
    setWindowTitle(title);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setText(tr("Certificate file: %1").arg(QFileInfo(certificateFile).fileName()));
    m_password->setObjectName(QStringLiteral("certificatePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    // No input method, no completion, no undo history: the password exists only while it is typed.
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_password->setAccessibleName(tr("Password of the certificate file"));
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    auto *form = new QFormLayout;
    form->addRow(label, m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    a11y::markAlert(m_error);
    m_password->setFocus();
}

void PasswordDialog::showError(const BilingualText &message)
{
    m_error->setProblems({{Severity::Error, QStringLiteral("signing.bad-password"), QString(), message}});
    // Said on the field, where the screen reader is, as every field's problem is.
    m_password->setAccessibleDescription(inUi(message));
    a11y::announce(m_error);
    m_password->setFocus();
}

QByteArray PasswordDialog::takePassword()
{
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    return password;
}

} // namespace nbapply::gui

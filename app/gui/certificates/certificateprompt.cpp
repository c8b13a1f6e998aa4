#include "certificateprompt.h"

#include "passworddialog.h"
#include "uilanguage.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace nbapply::gui
{

namespace
{

const QString kLastCertificateKey = QStringLiteral("signing/lastCertificate");

// A PKCS#12 file is a few kilobytes; anything far larger is not one, and is not read into memory.
constexpr qint64 kMaxPkcs12Bytes = 1024 * 1024;

} // namespace

CertificatePrompt::CertificatePrompt(QWidget *parent, QString purpose)
    : m_parent(parent), m_purpose(std::move(purpose)), m_chooseFile([this](const QString &lastPath) {
          return QFileDialog::getOpenFileName(
              m_parent, m_purpose,
              lastPath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation) : lastPath,
              QObject::tr("Certificates with their key (*.p12 *.pfx);;All files (*)"));
      })
{
}

QString CertificatePrompt::lastCertificatePath()
{
    return QSettings().value(kLastCertificateKey).toString();
}

std::optional<signing::SigningIdentity> CertificatePrompt::ask()
{
    const QString path = m_chooseFile(lastCertificatePath());
    if (path.isEmpty())
        return std::nullopt;
    QSettings().setValue(kLastCertificateKey, QFileInfo(path).absoluteFilePath()); // the path only

    QFile file(path);
    if (file.size() > kMaxPkcs12Bytes || !file.open(QIODevice::ReadOnly)) {
        const QString name = QFileInfo(path).fileName();
        QMessageBox::warning(m_parent, m_purpose,
                             inUi({QStringLiteral("无法读取证书文件 %1。").arg(name),
                                   QStringLiteral("Cannot read the certificate file %1.").arg(name)}));
        return std::nullopt;
    }
    const QByteArray pkcs12 = file.read(kMaxPkcs12Bytes);
    PasswordDialog dialog(m_purpose, path, m_parent);
    while (dialog.exec() == QDialog::Accepted) {
        QByteArray password = dialog.takePassword();
        BilingualText error;
        std::optional<signing::SigningIdentity> identity =
            signing::SigningIdentity::fromPkcs12(pkcs12, password, &error);
        password.fill('\0');
        if (identity)
            return identity;
        dialog.showError(error);
    }
    return std::nullopt;
}

} // namespace nbapply::gui

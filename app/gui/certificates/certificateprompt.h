#pragma once

#include "signing/signingidentity.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

namespace nbapply::gui
{

// Asks for the signer's certificate and key: a PKCS#12 file (.p12/.pfx), then its password, each time.
// The password and the key live only in memory for the signature being made; nothing but the file's
// path (to offer it again) is kept in the settings. A wrong password is said on the password dialog,
// which asks again; Cancel anywhere gives nullopt.
class CertificatePrompt
{
  public:
    // `purpose` heads both dialogs ("Sign the application PDF", "Sign the approval").
    CertificatePrompt(QWidget *parent, QString purpose);

    // Tests replace the file dialog (QFileDialog's own widgets are not what is tested here).
    void setFileChooser(std::function<QString(const QString &lastPath)> chooser)
    {
        m_chooseFile = std::move(chooser);
    }

    std::optional<signing::SigningIdentity> ask();

    static QString lastCertificatePath();

  private:
    QWidget *m_parent;
    QString m_purpose;
    std::function<QString(const QString &)> m_chooseFile;
};

} // namespace nbapply::gui

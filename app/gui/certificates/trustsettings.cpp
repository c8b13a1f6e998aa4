#include "trustsettings.h"

#include <QSettings>

namespace nbapply::gui
{

namespace
{
const QString kTrustedCaKey = QStringLiteral("signing/trustedCaFiles");
}

QStringList trustedCaFiles()
{
    return QSettings().value(kTrustedCaKey).toStringList();
}

void setTrustedCaFiles(const QStringList &files)
{
    QSettings().setValue(kTrustedCaKey, files);
}

signing::TrustStore currentTrustStore(BilingualText *error)
{
    BilingualText ignored;
    return signing::TrustStore::load(trustedCaFiles(), error ? error : &ignored);
}

} // namespace nbapply::gui

#pragma once

#include "common/bilingualtext.h"
#include "signing/truststore.h"

#include <QStringList>

namespace nbapply::gui
{

// The company CA certificates (PEM files) the user trusts besides the system's CA store. Only their
// paths are kept in the settings; the files are read each time a signature is checked.
QStringList trustedCaFiles();
void setTrustedCaFiles(const QStringList &files);

// The system store plus those files; an unreadable file is said in `error` and left out.
signing::TrustStore currentTrustStore(BilingualText *error = nullptr);

} // namespace nbapply::gui

#include "reviewreportaction.h"

#include "certificates/trustsettings.h"
#include "draft/draftfile.h"
#include "draftsession.h"
#include "export/checkloaded.h"
#include "review/reviewreport.h"
#include "signing/truststore.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <optional>

namespace nbapply::gui
{

QString suggestedReviewReportPath(const DraftSession &session)
{
    QString folder = session.draftFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(reviewReportFileName(session.checked(), uiLanguage()));
}

QString writeSessionReviewReport(const DraftSession &session, const QString &path,
                                 const DraftLoadResult *older, const QString &olderName, bool *ok)
{
    ReviewReportOptions options;
    std::optional<CheckedApplication> olderChecked;
    if (older && older->ok()) {
        olderChecked.emplace(checkLoadedApplication(session.form(), *older));
        options.older = &*olderChecked;
        options.olderName = olderName;
    }
    // The approval's signer is checked against the CAs the user trusts (system + company CAs).
    const signing::TrustStore trust = currentTrustStore();
    options.trust = &trust;
    const ReviewReportResult written = writeReviewReport(session.checked(), path, options);
    if (ok)
        *ok = written.ok;
    if (!written.ok)
        return inUi(written.error);
    return QCoreApplication::translate("nbapply::gui::ReviewPage",
                                       "Review report written: %1. It is internal (内部 / INTERNAL on every "
                                       "page): keep it inside the firm, never send it to the licensor.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace nbapply::gui

#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace nbapply
{
namespace signing
{
class TrustStore;
}

class CheckedApplication;

// The review report: an internal PDF, "内部 / INTERNAL" above and below every page, with the application's
// name and fingerprint, the approval verdict and its signature, each comment thread with its events (who,
// when with the UTC offset, what), every document with its SHA-256 and, given an older version, the
// redline against it. `nbapply report` and Review › Print review report write it; it never goes to the
// licensor (it is not an application: it embeds no draft).
struct ReviewReportOptions {
    // The older version of the application to compare with (any loaded file, checked as `validate`
    // checks it), and the name it is shown with; null for none.
    const CheckedApplication *older = nullptr;
    QString olderName;
    QDateTime time;   // invalid = exportClock()
    QString fontPath; // empty = the installed font
    // The CAs the approval's signer is checked against; null: the system's alone.
    const signing::TrustStore *trust = nullptr;
};

struct ReviewReportResult {
    bool ok = false;
    QByteArray pdf;
    BilingualText error; // set when !ok
    int pageCount = 0;
};

// "<applicant>-<date>-审阅报告.pdf" in Chinese, "<applicant>-<date>-review-report.pdf" in English.
QString reviewReportFileName(const CheckedApplication &checked, Language language);

// Needs a thread stack of at least 512 KiB (libharu), as the application PDF.
ReviewReportResult renderReviewReport(const CheckedApplication &checked,
                                      const ReviewReportOptions &options = {});
// renderReviewReport() written atomically and owner-only (0600: it holds the application's data) to `path`.
ReviewReportResult writeReviewReport(const CheckedApplication &checked, const QString &path,
                                     const ReviewReportOptions &options = {});

} // namespace nbapply

#pragma once

#include <QString>

class QWidget;

namespace nbapply
{
struct DraftLoadResult;
}

namespace nbapply::gui
{

class DraftSession;

// Review › Print review report: the internal report (core reviewreport.h, the same bytes `nbapply report`
// writes) for the session's application, with the redline against `older` when Review is comparing.
// The file name a save dialog suggests, in the UI language, in the draft's folder (else Documents).
QString suggestedReviewReportPath(const DraftSession &session);
// Writes the report to `path` (0600, atomically). Returns the status line to show: where it was written,
// or why not.
QString writeSessionReviewReport(const DraftSession &session, const QString &path,
                                 const DraftLoadResult *older, const QString &olderName, bool *ok = nullptr);

} // namespace nbapply::gui

#pragma once

#include <QString>

class QWidget;

namespace nbapply::gui
{

// The name comments, replies, resolutions and reopenings are recorded with (approvals are signed with a
// certificate and name whoever the certificate names): the settings entry "review/name". The
// first time it is needed (empty), a dialog asks for it and stores it; empty when the user cancels.
QString reviewerName(QWidget *parent);
// Reads the entry without asking (tests, the status line).
QString storedReviewerName();
void setStoredReviewerName(const QString &name);

} // namespace nbapply::gui

#pragma once

#include <QString>

class QWidget;

namespace nbapply::gui
{

class DraftSession;

// Replies to one comment without opening its field's comment dialog (Review's comment list): asks for
// the reviewer's name first when none is stored (so no typed reply waits on it), then for the reply in
// a dialog that names the comment ("Reply to 李律师's comment on Model use duration"). False when the
// comment is gone or the user cancelled.
bool askReplyToComment(DraftSession *session, const QString &commentId, QWidget *parent);

} // namespace nbapply::gui

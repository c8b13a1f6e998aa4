#pragma once

#include "application/checkeddocuments.h"
#include "common/bilingualtext.h"

#include <QList>
#include <QSet>
#include <QString>

namespace nbapply::gui
{

// A document of a draft never saved lives in a private folder beside the recovery files (hidden, and
// removed once the draft is saved); one of a received package or e-mail in the folder it was extracted
// to (removed with the session). Neither is a file the user can pick in a mail program's attach dialog,
// so after an export those documents are copied beside the PDF, and the mailto: note names the copies:
// everything to attach by hand is then in the export folder.

// "<folder>/<base>.documents" for "<folder>/<base>.pdf": where the copies go.
QString attachmentFolderFor(const QString &pdfPath);

struct AttachmentCopies {
    QList<Enclosure> enclosures; // as given, those copied pointing at their copy
    int copied = 0;
    BilingualText error; // the first copy that failed (that enclosure keeps its old path)
};

// Copies every enclosure whose path is in `privatePaths` to `folder`/<its fileName> (the name the
// e-mail gives the attachment), owner-only and atomically, replacing an earlier export's copy of that
// name (never a link: AtomicFile refuses to write through one).
AttachmentCopies copyPrivateAttachments(const QList<Enclosure> &enclosures, const QSet<QString> &privatePaths,
                                        const QString &folder);

} // namespace nbapply::gui

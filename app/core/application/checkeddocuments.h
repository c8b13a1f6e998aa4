#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"
#include "draft/documentmanifest.h"
#include "draft/documentpath.h"
#include "draft/draft.h"

#include <QList>
#include <QString>

namespace nbapply
{

class FormDefinition;
struct DocumentKind;

// Where a supporting document stands for the export. Anything but Attached blocks the export, and the
// validators report it with the same verdict (docs/validation-codes.md, "Documents").
enum class DocumentState {
    Attached,    // the file exists and can be read: it goes with the e-mail
    UnknownKind, // a kind the form does not know (document.kind)
    NoFile,      // the entry names no file (document.path)
    NoFolder,    // a relative path, but the draft has no folder to resolve it against (document.no-folder)
    NotFound,    // no such file (document.not-found)
    Unreadable,  // the file exists but cannot be read (document.unreadable)
    Refused,     // a file a received draft may not make nbapply read: outside the draft's folder, not a
                 // regular file, empty, too large, or a disguising name (document.outside-folder …)
};

// How a document of a received application (an nbapply PDF, a package, an e-mail) compares with the
// document list that came with it. Review, the read-only banner and `nbapply validate` show it.
enum class DocumentVerification {
    NotReceived, // a draft of this machine: there is no list to compare with
    Verified,    // the file is here and is the one listed: same size and SHA-256
    Differs,     // the file is here but is not the one listed (document.hash-mismatch)
    NotEnclosed, // the file did not travel with the application (document.not-enclosed)
};

struct CheckedDocument {
    DocumentRef ref;                    // as the draft holds it
    const DocumentKind *kind = nullptr; // nullptr for an unknown kind
    BilingualText label;                // the kind's label (an unknown kind: the kind as written)
    QString path;                       // resolved against the draft folder; what the export reads
    QString fileName;                   // the name the recipient sees
    DocumentState state = DocumentState::NotFound;
    qint64 size = -1; // bytes, when Attached
    // Lower-case hex SHA-256 of the file read (Attached), read once per version of the file; for a received
    // document that did not travel, the one its list records. The document list, the fingerprint, the
    // e-mail's integrity check and `diff` all use this.
    QByteArray sha256;
    DocumentVerification verification = DocumentVerification::NotReceived;
    Problems problems; // this entry's, exactly as validateDraft reports them (field "documents")

    bool isAttached() const { return state == DocumentState::Attached; }
};

// One file that travels with the application: the exported PDF first, then every document.
struct Enclosure {
    BilingualText label; // what it is: the form's title (PDF) or the document kind
    QString fileName;    // as named in the letter and the MIME part
    QString path;        // the document's file; empty for the PDF, which exists only once exported
    qint64 size = -1;    // bytes; -1 for the PDF (not yet rendered) and unreadable documents
    bool isApplicationPdf = false;
};

// The label of the application PDF in every list of enclosures (letter, Export page).
BilingualText applicationPdfLabel(const FormDefinition &form);

// Every document of `draft` with its state and problems, in the draft's order, from what checking its
// entries found (`inspected`, validateDraft's, one per document: no file is inspected again); judged
// against `received` (the document list a received application carries) when it is given.
QList<CheckedDocument> checkDocumentFiles(const FormDefinition &form, const Draft &draft,
                                          const QString &draftFolder, const DocumentManifest *received,
                                          const QList<InspectedDocument> &inspected);

} // namespace nbapply

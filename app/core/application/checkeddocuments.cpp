#include "checkeddocuments.h"

#include "draft/documentpath.h"
#include "form/formdefinition.h"

#include <QDir>
#include <QFileInfo>

namespace nbapply
{

namespace
{

// The state of one document's file from what checking its entry found (checkDocumentEntry: one
// inspection — realpath, stat, a content sniff — per document and check, which runs on every keystroke).
DocumentState stateOf(const DocumentRef &ref, const QString &draftFolder, const InspectedDocument &inspected)
{
    if (ref.path.trimmed().isEmpty())
        return DocumentState::NoFile;
    if (hasDisguisingCharacter(ref.path))
        return DocumentState::Refused;
    // Without a folder a relative path would be read from wherever the program happens to run.
    if (draftFolder.isEmpty() && QDir::isRelativePath(ref.path))
        return DocumentState::NoFolder;
    if (!inspected.inspected)
        return DocumentState::Refused;
    switch (inspected.file.status) {
    case DocumentFileStatus::Ok:
        return DocumentState::Attached;
    case DocumentFileStatus::NotFound:
        return DocumentState::NotFound;
    case DocumentFileStatus::Unreadable:
        return DocumentState::Unreadable;
    case DocumentFileStatus::OutsideFolder:
    case DocumentFileStatus::NotRegular:
    case DocumentFileStatus::Empty:
    case DocumentFileStatus::TooLarge:
        break;
    }
    return DocumentState::Refused;
}

} // namespace

BilingualText applicationPdfLabel(const FormDefinition &form)
{
    return {QStringLiteral("《") + form.title.zh + QStringLiteral("》（PDF）"),
            QStringLiteral("“") + form.title.en + QStringLiteral("” (PDF)")};
}

QList<CheckedDocument> checkDocumentFiles(const FormDefinition &form, const Draft &draft,
                                          const QString &draftFolder, const DocumentManifest *received,
                                          const QList<InspectedDocument> &inspected)
{
    QList<CheckedDocument> documents;
    const QList<DocumentRef> refs = draft.documents();
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const DocumentRef &ref = refs.at(i);
        const InspectedDocument entry = inspected.value(i);
        CheckedDocument document;
        document.ref = ref;
        document.kind = form.documentKind(ref.kind);
        document.label =
            document.kind ? form.documentLabel(*document.kind, draft) : BilingualText{ref.kind, ref.kind};
        document.path = Draft::resolvePath(ref, draftFolder);
        document.fileName = QFileInfo(ref.path).fileName();
        const DocumentFile &file = entry.file;
        document.problems = entry.problems;
        document.state = document.kind ? stateOf(ref, draftFolder, entry) : DocumentState::UnknownKind;
        if (document.isAttached()) {
            // What the export reads: the file the links lead to, checked to lie inside the folder.
            document.path = file.path;
            document.size = file.size;
            document.sha256 = cachedSha256(file.path, file.size, file.modified);
            if (document.sha256.isEmpty())
                document.state = DocumentState::Unreadable; // gone or changed while it was read
        }
        if (received) {
            const ManifestEntry *listed = received->find(Draft::fileNameOf(ref.path));
            if (document.isAttached())
                document.verification =
                    listed && listed->size == document.size && listed->sha256 == document.sha256
                        ? DocumentVerification::Verified
                        : DocumentVerification::Differs;
            else if (listed && (document.state == DocumentState::NotFound ||
                                document.state == DocumentState::NoFolder)) {
                document.verification = DocumentVerification::NotEnclosed;
                document.sha256 = listed->sha256;
                document.size = listed->sha256.isEmpty() ? -1 : listed->size;
            }
        }
        documents << document;
    }
    return documents;
}

} // namespace nbapply

#include "checkeddocuments.h"

#include "draft/documentpath.h"
#include "form/formdefinition.h"

#include <QDir>
#include <QFileInfo>

namespace nbapply
{

namespace
{

// The state of one document's file and, when the checks get that far, what inspecting it found: one
// inspection (realpath, stat, a content sniff) per document and check, which runs on every keystroke.
DocumentState inspectState(const DocumentRef &ref, const QString &draftFolder, DocumentFile *file)
{
    if (ref.path.trimmed().isEmpty())
        return DocumentState::NoFile;
    // Without a folder a relative path would be read from wherever the program happens to run.
    if (draftFolder.isEmpty() && QDir::isRelativePath(ref.path))
        return DocumentState::NoFolder;
    if (hasDisguisingCharacter(ref.path))
        return DocumentState::Refused;
    *file = inspectDocumentFile(ref.path, draftFolder);
    switch (file->status) {
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
                                          const QString &draftFolder)
{
    QList<CheckedDocument> documents;
    for (const DocumentRef &ref : draft.documents()) {
        CheckedDocument document;
        document.ref = ref;
        document.kind = form.documentKind(ref.kind);
        document.label =
            document.kind ? form.documentLabel(*document.kind, draft) : BilingualText{ref.kind, ref.kind};
        document.path = Draft::resolvePath(ref, draftFolder);
        document.fileName = QFileInfo(ref.path).fileName();
        DocumentFile file;
        document.state = document.kind ? inspectState(ref, draftFolder, &file) : DocumentState::UnknownKind;
        if (document.isAttached()) {
            // What the export reads: the file the links lead to, checked to lie inside the folder.
            document.path = file.path;
            document.size = file.size;
        }
        documents << document;
    }
    return documents;
}

} // namespace nbapply

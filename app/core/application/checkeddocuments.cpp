#include "checkeddocuments.h"

#include "form/formdefinition.h"

#include <QDir>
#include <QFileInfo>

namespace nbapply
{

DocumentState documentFileState(const DocumentRef &ref, const QString &draftFolder)
{
    if (ref.path.trimmed().isEmpty())
        return DocumentState::NoFile;
    // Without a folder a relative path would be read from wherever the program happens to run.
    if (draftFolder.isEmpty() && QDir::isRelativePath(ref.path))
        return DocumentState::NoFolder;
    const QFileInfo file(Draft::resolvePath(ref, draftFolder));
    if (!file.exists() || !file.isFile())
        return DocumentState::NotFound;
    return file.isReadable() ? DocumentState::Attached : DocumentState::Unreadable;
}

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
        document.label = document.kind ? document.kind->label : BilingualText{ref.kind, ref.kind};
        document.path = Draft::resolvePath(ref, draftFolder);
        document.fileName = QFileInfo(ref.path).fileName();
        document.state = document.kind ? documentFileState(ref, draftFolder) : DocumentState::UnknownKind;
        if (document.isAttached())
            document.size = QFileInfo(document.path).size();
        documents << document;
    }
    return documents;
}

} // namespace nbapply

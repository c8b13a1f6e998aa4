#include "enclosedfiles.h"

#include "draft/draft.h"
#include "form/formdefinition.h"

#include <QFileInfo>

namespace nbapply::gui
{

namespace
{

EnclosedFile describe(const BilingualText &label, const QString &path)
{
    const QFileInfo info(path);
    return {label, info.absoluteFilePath(), info.isFile() && info.isReadable() ? info.size() : -1};
}

} // namespace

QList<EnclosedFile> enclosedFiles(const FormDefinition &form, const Draft &draft, const QString &draftFolder,
                                  const QString &pdfPath)
{
    QList<EnclosedFile> files;
    files << describe({QStringLiteral("申请表（PDF）"), QStringLiteral("Application form (PDF)")}, pdfPath);
    for (const DocumentRef &document : draft.documents()) {
        const DocumentKind *kind = form.documentKind(document.kind);
        files << describe(kind ? kind->label : BilingualText{document.kind, document.kind},
                          Draft::resolvePath(document, draftFolder));
    }
    return files;
}

qint64 totalSize(const QList<EnclosedFile> &files)
{
    qint64 total = 0;
    for (const EnclosedFile &file : files)
        total += qMax<qint64>(file.size, 0);
    return total;
}

} // namespace nbapply::gui

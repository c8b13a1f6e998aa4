#pragma once

#include "common/bilingualtext.h"

#include <QList>
#include <QString>

namespace nbapply
{
class Draft;
class FormDefinition;
} // namespace nbapply

namespace nbapply::gui
{

// A file that travels with the application: the exported PDF or a supporting document.
struct EnclosedFile {
    BilingualText label; // "申请表（PDF）" or the document kind's label
    QString path;        // absolute
    qint64 size = -1;    // -1 when the file cannot be read
};

// The PDF at `pdfPath` followed by every document of the draft, paths resolved against
// `draftFolder`: what the e-mail draft attaches, and what a user composing via mailto: must attach
// by hand.
QList<EnclosedFile> enclosedFiles(const FormDefinition &form, const Draft &draft, const QString &draftFolder,
                                  const QString &pdfPath);

// The sum of the sizes that are known.
qint64 totalSize(const QList<EnclosedFile> &files);

} // namespace nbapply::gui

#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"

#include <QList>
#include <QString>
#include <QStringList>

// The rows of the review page's field tables (internal to app/core/review): a row's label cell, its
// value as the annex shows it (choices with their boxes, the chosen state also in words), and the
// problems under it.
namespace nbapply
{
struct CheckedField;
struct FieldDefinition;
} // namespace nbapply

namespace nbapply::review
{

// "Error" / "警告" / … (the wizard's word too): the word that says what a problem is, not only its colour.
QString problemKindWord(const Problem &problem, Language language);
// One problem (icon, word, message), and several.
QString problemBlock(const Problem &problem, Language language);
QString problemBlocks(const QList<const Problem *> &problems, Language language);
// The row's class attribute for its worst problem (empty when none).
QString rowClass(const QList<const Problem *> &problems);
// The label cell: both labels as one link back to the editor of `path`.
QString labelCell(const QString &path, const BilingualText &label, Language language);
// A field table's opening, named by its section heading (`headingId`), with column headers.
QString fieldsTableStart(const QString &headingId, Language language);
// A field's value as the checked application shows it (the PDF's text); choices as the annex's boxes.
QString fieldValue(const CheckedField &field, const QString &kind, Language language);

} // namespace nbapply::review

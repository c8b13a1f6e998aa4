#pragma once

#include "common/problem.h"

#include <QString>

namespace nbapply
{
class Draft;
class FormDefinition;
struct ValidationContext;
} // namespace nbapply

namespace nbapply::gui
{

// The core's verdict on the supporting documents (validateField(..., "documents")), split the way the
// Documents page shows it: by document and by kind. The core files every document problem under the
// one field "documents"; these ask it about one document, or one kind, at a time, so each box shows
// exactly the codes and messages Review and `nbapply validate` show, and invents none.

// The problems of the document at `index` of the draft's list (not found, unreadable …).
Problems problemsOfDocument(const FormDefinition &form, const Draft &draft, int index,
                            const ValidationContext &context);
// The core's "required document missing" problem of document kind `kind`, if it has one.
Problems missingProblemsOfKind(const FormDefinition &form, const Draft &draft, const QString &kind,
                               const ValidationContext &context);

} // namespace nbapply::gui

#pragma once

// Internal: the checks that look at more than one field — the form's named cross-field rules and the
// representative's age. The supporting documents are checked in documentchecks.h.

#include "common/problem.h"
#include "draftvalidator.h"

namespace nbapply
{
class Draft;
class FormDefinition;
struct DocumentKind;
struct DocumentRef;
struct FieldDefinition;
} // namespace nbapply

namespace nbapply::validation
{

// Every rule of `form.rules`. Unknown rule names are skipped (the form loader rejects them).
Problems checkFormRules(const FormDefinition &form, const Draft &draft);

// True when `path` is one of the fields of a rule the form switches on.
bool formRuleCovers(const FormDefinition &form, const QString &rule, const QString &path);

// The field path problems of documents are filed under.
inline QString documentsPath()
{
    return QStringLiteral("documents");
}

} // namespace nbapply::validation

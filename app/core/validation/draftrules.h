#pragma once

// Internal: the checks that look at more than one field — the form's named cross-field rules, the
// supporting documents, and the representative's age.

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

// The documents list: known kinds, files that exist (when context.draftFolder is set), and a warning
// for each kind the applicant kind requires but the draft lacks.
Problems checkDocuments(const FormDefinition &form, const Draft &draft, const ValidationContext &context);

// The problems of one entry of the documents list: an unknown kind, no file, and (see
// application/checkeddocuments.h) a file that cannot be found or read. The checked application files
// them with the document they belong to; checkDocuments() lists them all.
Problems checkDocumentEntry(const FormDefinition &form, const DocumentRef &document,
                            const ValidationContext &context);
// The warning that `kind`, required for the draft's applicant kind, has no document yet; nothing
// otherwise.
Problems checkMissingDocumentKind(const FormDefinition &form, const DocumentKind &kind, const Draft &draft);

// True when `path` is one of the fields of a rule the form switches on.
bool formRuleCovers(const FormDefinition &form, const QString &rule, const QString &path);

// The field path problems of documents are filed under.
inline QString documentsPath()
{
    return QStringLiteral("documents");
}

} // namespace nbapply::validation

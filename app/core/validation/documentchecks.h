#pragma once

// Internal: the checks of the supporting documents a draft lists. `nbapply validate`, the wizard and
// the export all run them, so that what validate passes, export never refuses.

#include "common/problem.h"
#include "draftvalidator.h"

namespace nbapply
{
class Draft;
class FormDefinition;
struct DocumentFile;
struct DocumentKind;
struct DocumentRef;
} // namespace nbapply

namespace nbapply::validation
{

// The documents list: known kinds, file names without disguising characters, and (when
// context.draftFolder is set) files that lie inside the draft's folder, are regular, non-empty,
// readable files within the size limits and of an expected type; then a warning for each kind the
// applicant kind requires but the draft lacks. See draft/documentpath.h.
// `inspected`, when given, receives what inspectDocumentFile() found for each document (in the draft's
// order): the checked application builds its documents from it, so each file is inspected once a check.
Problems checkDocuments(const FormDefinition &form, const Draft &draft, const ValidationContext &context,
                        QList<InspectedDocument> *inspected = nullptr);

// The problems of one entry of the documents list: an unknown kind, no file, a disguising file name,
// a relative path without a folder, and a file inspectDocumentFile() refuses or of an unexpected type.
// The checked application files them with the document they belong to; checkDocuments() lists them all.
// The messages call the document what this applicant is asked for (FormDefinition::documentLabel).
// `inspected`, when given, receives the file as inspectDocumentFile() found it, if the checks got that far.
Problems checkDocumentEntry(const FormDefinition &form, const Draft &draft, const DocumentRef &document,
                            const ValidationContext &context, InspectedDocument *inspected = nullptr);
// The warning that `kind`, required for the draft's applicant kind, has no document yet; nothing
// otherwise.
// The longest reason a document marked not applicable may give (characters).
constexpr int kMaxNotApplicableReason = 300;
// The entries marked not applicable: an unknown kind, a kind that has a file as well, no reason, or a
// reason the PDF cannot print (control or unprintable characters, too long). Only those of
// `kindValue` unless it is null.
Problems checkNotApplicable(const FormDefinition &form, const Draft &draft, const ValidationContext &context,
                            const QString &kindValue = {});
Problems checkMissingDocumentKind(const FormDefinition &form, const DocumentKind &kind, const Draft &draft);

// The problem for one document file that inspectDocumentFile() did not accept, for messages that
// name the document (`what`, e.g. "企业营业执照" / "Business licence") and the path as the draft
// wrote it (shown shortened, without hostile characters). Also used by the e-mail writer, which refuses the
// same files.
Problem documentFileProblem(const DocumentFile &file, const BilingualText &what, const QString &path);

} // namespace nbapply::validation

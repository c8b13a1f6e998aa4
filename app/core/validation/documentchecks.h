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
} // namespace nbapply

namespace nbapply::validation
{

// The documents list: known kinds, file names without disguising characters, and (when
// context.draftFolder is set) files that lie inside the draft's folder, are regular, non-empty,
// readable files within the size limits and of an expected type; then a warning for each kind the
// applicant kind requires but the draft lacks. See draft/documentpath.h.
Problems checkDocuments(const FormDefinition &form, const Draft &draft, const ValidationContext &context);

// The problem for one document file that inspectDocumentFile() did not accept, for messages that
// name the document (`what`, e.g. "企业营业执照" / "Business licence") and the path as the draft
// wrote it (shown shortened, without hostile characters). Also used by the e-mail writer, which refuses the
// same files.
Problem documentFileProblem(const DocumentFile &file, const BilingualText &what, const QString &path);

} // namespace nbapply::validation

#pragma once

#include "draft/documentmanifest.h"
#include "draft/draftfile.h"

#include <optional>

namespace nbapply
{

class FormDefinition;

// Opens a file someone else made (loadDraftFile decides the kind by content and calls this for
// everything that is not draft JSON): an nbapply PDF, a package or an nbapply .eml. Every path in it is
// untrusted: the draft's document paths are reduced to safe file names, documents are extracted only
// into a private (0700) temporary folder, and the PDF's fingerprint and digests are checked.
DraftLoadResult loadReceivedFile(const QString &path, SourceKind kind);

// Each document of `draft` (file names, resolved in `folder`) against `manifest`: a file that is not
// there is a notice ("document.not-enclosed"), one whose SHA-256 differs from the listed one an error
// ("document.hash-mismatch").
Problems checkReceivedDocuments(const FormDefinition &form, const Draft &draft, const QString &folder,
                                const std::optional<DocumentManifest> &manifest);

} // namespace nbapply

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
// into a private (0700) temporary folder, a PDF's pages are re-derived from its data and compared
// (pagecheck.h), its or the package's document list must name the draft's documents, and a package or
// an e-mail whose documents are not the listed ones is refused ("document.hash-mismatch").
DraftLoadResult loadReceivedFile(const QString &path, SourceKind kind);

// Opens any file a user or a reviewer has: a draft, an nbapply PDF (refused as "draft.pdf-tampered"
// when its embedded draft is not the one its pages show), a package or an nbapply .eml. What it is
// comes from the content. A received file's draft has file names only as document paths.
DraftLoadResult loadDraftFile(const QString &path);

} // namespace nbapply

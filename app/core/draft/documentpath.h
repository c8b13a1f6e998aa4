#pragma once

#include "common/problem.h"

#include <QString>

namespace nbapply
{

// A supporting document named by a draft is untrusted input: the draft may come from someone else
// (a received file, the draft embedded in a PDF). These limits and checks make sure that such a file
// can never make nbapply read, attach or send a file the user did not choose.

// One document above this is refused (`document.too-large`): scans of licences and ID cards are a few
// megabytes; the e-mail draft streams documents, so memory does not grow with their size.
constexpr qint64 kMaxDocumentBytes = 256LL * 1024 * 1024;
// All documents of one application together (`document.total-too-large`).
constexpr qint64 kMaxDocumentsTotalBytes = 512LL * 1024 * 1024;

enum class DocumentFileStatus {
    Ok,
    NotFound,      // nothing there (also a dangling link)
    OutsideFolder, // resolves (after following links) outside the draft's folder
    NotRegular,    // a folder, device, FIFO, socket, or a /proc or /sys file
    Empty,         // zero bytes
    TooLarge,      // more than kMaxDocumentBytes
    Unreadable,    // exists, but this user may not read it
};

struct DocumentFile {
    DocumentFileStatus status = DocumentFileStatus::NotFound;
    // The canonical path (links resolved) when the file exists and lies inside the folder; the only
    // path anything may read. Empty otherwise.
    QString path;
    qint64 size = 0;
    // The modification time in nanoseconds since the epoch (with the path and size: the file's
    // version, which content checks cache by), for Ok files.
    qint64 modified = 0;
    // By content (QMimeDatabase), only for Ok files: "application/pdf", "image/png", …
    QString mimeType;

    bool ok() const { return status == DocumentFileStatus::Ok; }
};

// What checking one entry of a draft's documents list found: its problems and the file as
// inspectDocumentFile() found it, when the checks got that far (not for an unknown kind, no path, a
// disguising name or no folder).
struct InspectedDocument {
    bool inspected = false;
    DocumentFile file;
    Problems problems;
};

// Resolves a document path of a draft: relative paths start at `draftFolder`; an absolute path is
// accepted only when it also lies inside it. Links are followed and the result must still be inside
// `draftFolder` (itself canonicalised). An empty `draftFolder` means the draft has no file yet: the
// user chose every path in this session, so only the type, size and readability are checked.
// Reads no content except the few bytes QMimeDatabase sniffs from an Ok file.
DocumentFile inspectDocumentFile(const QString &documentPath, const QString &draftFolder);

// True for the types the licensor expects (PDF, JPEG, PNG); anything else deserves a warning.
bool isExpectedDocumentType(const QString &mimeType);

// True when a file name holds a character that can disguise it (controls, TAB, bidi overrides such as
// U+202E that turn "…\u202Efdp.exe" into "…exe.pdf", other invisible format characters).
bool hasDisguisingCharacter(const QString &fileName);

} // namespace nbapply

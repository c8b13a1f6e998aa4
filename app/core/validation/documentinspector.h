#pragma once

// What the checks say about the content of a document file. nbapply_core reads a document's type and
// size only; the scan checks (app/core/scan, which need Qt Gui's image readers) add what decoding an
// image finds. Programs install theirs at start-up, so that the wizard, Review, the Export page and
// every command judge a file alike (docs/architecture.md, "Documents and scans").

#include "common/bilingualtext.h"
#include "common/problem.h"

#include <QString>

#include <functional>

namespace nbapply
{

// 126.com accepts about 50 MB of ordinary attachments per message; above that the user is told to
// send the largest documents separately.
constexpr qint64 kMailboxAttachmentLimit = 50 * 1024 * 1024;

// One document file the other checks accepted: inside the draft's folder, regular, readable, within
// the size limits (draft/documentpath.h).
struct DocumentContent {
    QString path;        // canonical: the very file the export reads
    QString fileName;    // the name the recipient sees, for the messages
    QString mimeType;    // by content
    qint64 size = 0;     // bytes
    qint64 modified = 0; // modification time (ns since the epoch): with path and size, the file's version
    BilingualText label; // the document kind's label, for the messages
};

// The problems of one accepted file, filed under "documents". Runs on every check (each keystroke in
// the wizard): an inspector that reads the content must cache what it found per version of the file.
using DocumentInspector = std::function<Problems(const DocumentContent &)>;

// The one check the core can make from the size alone: a file larger than `mailLimit` bytes (by
// default the mailbox's attachment limit) cannot go with the e-mail (document.too-large-for-mail).
Problems checkDocumentSize(const DocumentContent &content, qint64 mailLimit = -1);

// Whether the scan checks look at the file: an image by content (image/…) or by name (.png, .jpg,
// .jpeg — a damaged scan is often no longer recognised by its content). The command line loads the scan
// checks only for such a file.
bool mayBeImage(const DocumentContent &content);

// The inspector every ValidationContext starts with. Until a program installs another, the core's own:
// checkDocumentSize. Install before any check runs (at start-up): it is read without a lock.
void installDocumentInspector(DocumentInspector inspector);
const DocumentInspector &installedDocumentInspector();

} // namespace nbapply

#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"
#include "documentmanifest.h"
#include "draft.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace nbapply
{

// Drafts bigger than this are refused before parsing: a real one is a few kilobytes.
constexpr qint64 kMaxDraftBytes = 4 * 1024 * 1024;

// What a file is, decided by its bytes and never by its name.
enum class SourceKind {
    Draft,   // draft JSON (docs/draft-format.md)
    Pdf,     // "%PDF-": a PDF nbapply exported, with the draft embedded
    Package, // a ZIP file: an nbapply package (docs/package-format.md)
    Email,   // an RFC 5322 message: the .eml nbapply wrote
};

// Looks at the first bytes of `head` (a UTF-8 byte order mark and leading white space are skipped).
SourceKind sniffSourceKind(const QByteArray &head);

// How the pages of a received PDF (also the one inside an .eml) were compared with the data it carries.
enum class PagesCompared {
    None,  // a draft or a package: there are no pages
    Exact, // re-derived by this nbapply and compared drawing by drawing
    Text,  // made by another nbapply version: the pages' text compared with the re-derived text
};

// What opening a received file verified, for the reviewer to see (Review, the read-only banner,
// `nbapply validate`): the checked application judges each document against `documents`.
struct ReceivedCheck {
    DocumentManifest documents; // the document list the file carries (its PDF's or the package's)
    QString fingerprint;        // re-derived from the data and list; what every page of its PDF prints
    PagesCompared pages = PagesCompared::None;
    QString producer; // what made its PDF ("nbapply 0.1.0"); empty for a package or an older PDF
    // The received PDF's bytes as checked (the PDF itself, or the one inside an e-mail), for its signatures
    // (signing/applicationsignatures.h); empty for a package.
    QByteArray pdf;
};

struct DraftLoadResult {
    std::optional<Draft> draft;
    QString errorCode;   // stable: "draft.not-found", "draft.too-large", "draft.syntax", …
    BilingualText error; // says what is wrong and, where it can, where

    SourceKind source = SourceKind::Draft;
    // True only for a draft file: Save may write JSON back to the path it was opened from. A PDF, a
    // package or an e-mail is never overwritten with JSON; saving one asks for a new draft file.
    bool canSaveBack = false;
    // The folder the draft's relative document paths resolve against: the draft's or the PDF's
    // folder, or the private (0700) folder a package's or an e-mail's documents were extracted to.
    QString documentFolder;
    // Keeps that private folder (and the extracted documents) while any copy of this result lives.
    std::shared_ptr<QTemporaryDir> extracted;
    // Set for a received file (a PDF, a package, an e-mail): what was verified on opening it.
    std::optional<ReceivedCheck> received;
    // The export date an nbapply PDF prints (also the PDF inside an .eml); invalid for drafts and packages.
    QDate exportDate;

    bool ok() const { return draft.has_value(); }
};

// Checks and wraps draft JSON: format name, a format version this build reads, the known keys'
// types. Unknown keys are kept.
DraftLoadResult parseDraft(const QByteArray &bytes);

struct SaveResult {
    bool ok = false;
    BilingualText error;
};

// The bytes written to a draft file: indented UTF-8 JSON, a trailing newline.
QByteArray serializeDraft(const Draft &draft);
// Atomic (QSaveFile) and owner-only (0600); when it fails the previous file is untouched.
SaveResult saveDraftFile(const Draft &draft, const QString &path);

} // namespace nbapply

#pragma once

#include "common/bilingualtext.h"
#include "draft/documentmanifest.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nbapply
{

class CheckedApplication;
class Draft;

// The package: one ZIP file that carries a whole application from one machine to another
// (docs/package-format.md): the draft as it travels (Draft::portableCopy(true): file names only,
// comments and approval kept) as draftEntryName(), the manifest (manifestFileName()) and each
// document under the file name the draft gives it.
inline QString draftEntryName()
{
    return QStringLiteral("nbapply-draft.json");
}

// Limits for reading a package, a file from someone else: a few documents of a few megabytes each.
constexpr int kMaxPackageEntries = 64;
constexpr qint64 kMaxPackageEntryBytes = 200LL * 1024 * 1024;
constexpr qint64 kMaxPackageTotalBytes = 512LL * 1024 * 1024;
// Scans and PDFs barely compress; an entry that claims to expand more than this is a zip bomb.
constexpr qint64 kMaxCompressionRatio = 100;

// Writes the package of `checked` to `path`: its draft as it travels (comments and approval kept), its
// document list (checked.documentList(): each document's size and SHA-256) and each document the checks
// accepted, read from the path they resolved (inside the draft's folder, links followed): the same
// confined reader as validate and export, so a draft naming /etc/shadow never packs it. Owner-only and
// atomic (a temporary file beside it, renamed when complete); documents are streamed from disk. False
// with `error` when a document is not at hand (not found, refused, not enclosed) or the file cannot be
// written.
bool writePackage(const CheckedApplication &checked, const QString &path, BilingualText *error);

struct PackageReadResult {
    bool ok = false;
    QString errorCode; // "package.unreadable", "package.not-a-package", "package.too-large", …
    BilingualText error;
    QByteArray draftJson;
    std::optional<DocumentManifest> manifest;
};

// Reads a package: the draft's bytes and the manifest, and extracts each document the manifest lists
// into `folder` (which should be private, 0700) under its listed file name; no other path from the
// archive is used, and entries the manifest does not list are not extracted.
PackageReadResult extractPackage(const QString &path, const QString &folder);

// `name` when it is safe as a file name inside a private folder (no separator, not "." or "..", no
// control character, at most 255 UTF-8 bytes); otherwise empty.
QString safeFileName(const QString &name);

} // namespace nbapply

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nbapply
{

class Draft;

// What the exported PDF and a package record of each enclosed document, so that a reviewer who
// receives the documents separately (the parts of an e-mail, the entries of a package, files beside a
// PDF) can tell whether they are the ones the application was made with (docs/package-format.md).
struct ManifestEntry {
    QString kind;      // the document kind, as in the draft
    QString name;      // the file name the portable draft uses (Draft::portableCopy)
    qint64 size = 0;   // bytes
    QByteArray sha256; // lower-case hex
};

struct DocumentManifest {
    QList<ManifestEntry> documents; // in the order of the draft's documents

    // The entry whose name is `name`, or null.
    const ManifestEntry *find(const QString &name) const;
};

// The name of the manifest attachment in the PDF and of the manifest entry in a package.
inline QString manifestFileName()
{
    return QStringLiteral("nbapply-documents.json");
}

// SHA-256 of a file, read in blocks (memory does not grow with the file). False when unreadable.
bool sha256OfFile(const QString &path, QByteArray *hexDigest, qint64 *size);

// The manifest of `draft`'s documents, their paths resolved against `draftFolder`. A document whose
// file cannot be read is listed without size and digest (the export refuses it anyway).
DocumentManifest manifestOf(const Draft &draft, const QString &draftFolder);

QByteArray serializeManifest(const DocumentManifest &manifest);
// nullopt when `json` is not a manifest of this format (a received file: nothing is trusted).
std::optional<DocumentManifest> parseManifest(const QByteArray &json);

} // namespace nbapply

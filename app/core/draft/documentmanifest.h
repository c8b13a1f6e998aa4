#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
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

    // What made the PDF that carries this list (empty in a package and in PDFs of nbapply before 0.2):
    // the page check re-derives the pages exactly only for the same producer and page layout.
    QString producer; // "nbapply 0.1.0"
    int pageLayout = 0;
    QString formTag; // the form version the pages print ("nanbeige-annex-v1")
    QDate checkedOn; // the day the application was checked and exported on (printed in the footer)

    // Who signed the PDF at export (signing/pdfsigner.h), as its visible signature block prints it: the
    // certificate's subject CN and O and the signing time with its UTC offset. Empty signerName = the PDF
    // was not signed. Recorded so that the page check draws the same block; a PDF whose list names a
    // signer must carry a valid signature (validate reports it otherwise).
    QString signerName;
    QString signerOrganisation;
    QDateTime signedAt;
    bool namesSigner() const { return !signerName.isEmpty(); }

    // The entry whose name is `name`, or null.
    const ManifestEntry *find(const QString &name) const;
    // Whether the list names exactly the documents of `draft`: the same kinds and travelling file names
    // (Draft::portableCopy), in the same order. A received file whose list does not was altered.
    bool namesTheDocumentsOf(const Draft &draft) const;
};

// The name of the manifest attachment in the PDF and of the manifest entry in a package.
inline QString manifestFileName()
{
    return QStringLiteral("nbapply-documents.json");
}

// SHA-256 of a file, read in blocks (memory does not grow with the file). False when unreadable.
bool sha256OfFile(const QString &path, QByteArray *hexDigest, qint64 *size);

// sha256OfFile() of a checked file's version (its canonical path, size and modification time in
// nanoseconds, as inspectDocumentFile() found them), read once per version: the wizard checks on every
// keystroke, and a 200 MB scan is hashed only when it is chosen or changes. Thread-safe. Empty when the
// file cannot be read or no longer has that size.
QByteArray cachedSha256(const QString &canonicalPath, qint64 size, qint64 modifiedNs);

// The fingerprint that names an application wherever it is shown or printed: the first 12 hex digits
// of SHA-256 over the draft's canonical JSON (Draft::canonicalJson: no folders, no review), the form's
// tag and the document list (each document's kind, file name, size and SHA-256). Change a value, the
// form version or a document, and it changes; move the files or add a comment, and it does not.
QString applicationFingerprint(const Draft &draft, const QString &formTag, const DocumentManifest &documents);

QByteArray serializeManifest(const DocumentManifest &manifest);
// nullopt when `json` is not a manifest of this format (a received file: nothing is trusted).
std::optional<DocumentManifest> parseManifest(const QByteArray &json);

} // namespace nbapply

#pragma once

#include "signing/signaturereport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace nbapply::signing
{

class TrustStore;

// Every PDF signature of `pdf` (its signature fields, pdfsignaturefields.h), verified offline:
// - a ByteRange that does not start at 0, whose gap is not exactly the signature's /Contents, or whose
//   parts overlap or leave the file, and a digest or signature value that does not match: ChangedAfterSigning
//   (invalid);
// - intact and ending at the file's end: Current, wholeDocument;
// - intact, with bytes after it (an incremental update made after signing): OlderVersion — the page check
//   (received/pagecheck.h, PdfRevision::Signed) compares the revision it covers;
// - the certificate's chain against `trust` at `now` (CmsVerdict::identity); revocation is not checked.
// A PDF whose document list names a signer (DocumentManifest::signerName) without an intact signature
// from that signer gets one more report, ChangedAfterSigning, named after the listed signer: a visible
// signature block without a signature never passes quietly. Empty for an unsigned PDF or one qpdf
// cannot read (the page check reports that).
QList<SignatureReport> pdfSignatureReports(const QByteArray &pdf, const TrustStore &trust,
                                           const QDateTime &now);

// The PDF date "D:YYYYMMDDHHmmSS+HH'mm'" (or Z, or without a zone = UTC) as a time with its offset.
QDateTime parsePdfDate(const QString &date);

} // namespace nbapply::signing

#pragma once

#include "common/bilingualtext.h"
#include "pdf/pdfexporter.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace nbapply::signing
{

class SigningIdentity;

// The SubFilter nbapply's PDF signatures use: PAdES baseline B-B (ETSI EN 319 142-1), a detached CAdES
// SignedData with the ESS signing-certificate-v2 attribute and no signing-time attribute (the time is
// the signature dictionary's /M). poppler's pdfsig and Adobe Reader verify it (docs/signing.md).
inline constexpr char kPdfSubFilter[] = "ETSI.CAdES.detached";

struct PdfSignResult {
    QByteArray pdf; // the signed file: the original bytes, unchanged, and one incremental update
    BilingualText error;
    bool ok() const { return !pdf.isEmpty(); }
};

// Makes the detached CMS SignedData over the bytes the signature covers; empty on failure.
using DetachedSigner = std::function<QByteArray(const QByteArray &coveredBytes)>;

// Appends to `pdf` (a complete nbapply PDF) one incremental update that signs the whole file: a signature
// dictionary (/Filter /Adobe.PPKLite, /SubFilter kPdfSubFilter, /ByteRange over everything but its own
// /Contents, /M = `time`), an invisible-appearance signature widget over `area` on page area.page (the
// exporter drew the visible block there), the page re-written with the widget in /Annots, the catalog
// re-written with /AcroForm << /Fields [...] /SigFlags 3 >>, and an uncompressed cross-reference stream
// (/Prev = the original's last one). The original bytes stay as they are. `sign` is called twice: once
// with a stand-in to size the /Contents placeholder, once with the covered bytes; a signature larger than
// the placeholder is refused (error), never truncated.
PdfSignResult appendPdfSignature(const QByteArray &pdf, const QDateTime &time, const PdfSignatureArea &area,
                                 const DetachedSigner &sign);

// appendPdfSignature() with `identity`'s CAdES signature (CmsProfile::Cades).
PdfSignResult signPdf(const QByteArray &pdf, const SigningIdentity &identity, const QDateTime &time,
                      const PdfSignatureArea &area);

} // namespace nbapply::signing

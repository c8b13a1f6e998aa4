#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace nbapply::signing
{

// One signature field of a PDF as the file states it, before any cryptography: what the page check and
// the signature verification (pdfsignatureverify.h) both start from.
struct PdfSignatureField {
    QString name;         // /T
    QString subFilter;    // "ETSI.CAdES.detached", without the slash
    QString claimedTime;  // /M as written (a PDF date)
    qint64 range[4] = {}; // /ByteRange
    // The ByteRange is sane: it starts at 0, its gap is exactly this signature's /Contents hex string
    // (delimiters included), the two parts do not overlap and end inside the file.
    bool rangeSane = false;
    QByteArray cms; // the /Contents bytes, cut to the DER length of the SignedData they hold
    qint64 signedEnd() const { return range[2] + range[3]; }
    // The bytes the signature covers (both parts of the ByteRange), when rangeSane.
    QByteArray covered(const QByteArray &file) const;
};

// The signature fields of `pdf` (parsed from `file`): the AcroForm's fields and their kids with /FT /Sig
// and a signature dictionary as /V. Throws what qpdf throws on a damaged file.
QList<PdfSignatureField> pdfSignatureFields(QPDF &pdf, const QByteArray &file);

// The length of the revision the signatures cover: the largest end of a sane ByteRange, or 0 when the
// file carries no signature with one. Never throws (0 when qpdf cannot read the file).
qint64 signedRevisionLength(const QByteArray &file);

// A widget of nbapply's kind of signature: /Subtype /Widget, /FT /Sig, a signature dictionary as /V and
// an appearance that draws nothing (the visible block is part of the page). The page check leaves these
// out of the comparison, and nothing else.
bool isEmptySignatureWidget(QPDFObjectHandle annotation);

} // namespace nbapply::signing

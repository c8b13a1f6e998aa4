#pragma once

#include "output.h"
#include "signing/signaturereport.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace nbapply::signing
{
class TrustStore;
} // namespace nbapply::signing

namespace nbapply::cli
{

// The PDF signatures of the nbapply PDF at `pdfPath` (signing/pdfsignatureverify.h), judged now against
// `trust`. Empty when the file cannot be read (the loader has reported that already) or is unsigned.
QList<signing::SignatureReport> pdfSignaturesOf(const QString &pdfPath, const signing::TrustStore &trust);

// One "signature<TAB>summary" line per report on standard error (validate's "what was checked" block).
void printSignatures(const QList<signing::SignatureReport> &reports, Language language);
// The reports as validate's --json "signatures".
QJsonArray signaturesJson(const QList<signing::SignatureReport> &reports);
// Whether any report is invalid: validate then exits 1.
bool anyInvalid(const QList<signing::SignatureReport> &reports);

} // namespace nbapply::cli

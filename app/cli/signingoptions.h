#pragma once

#include "common/bilingualtext.h"
#include "signing/signaturereport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace nbapply
{
struct DraftLoadResult;
class CheckedApplication;
} // namespace nbapply

namespace nbapply::signing
{
class TrustStore;
}

namespace nbapply::cli
{

// `--trust CA.pem` (repeatable): CAs added to the system's store for the identity of signers.
QCommandLineOption trustOption();
// The trust store of `--trust`; nullopt (with the message printed) when a file holds no certificate.
std::optional<signing::TrustStore> trustStoreFromOptions(const QCommandLineParser &parser,
                                                         const QCommandLineOption &trust, Language language);

// Every signature of what was checked: the approval first, then the PDF's. `file` is the file that was
// loaded (for `validate -`, the private copy of standard input), whose bytes a PDF's signatures cover.
QList<signing::SignatureReport> signatureReports(const QString &file, const DraftLoadResult &loaded,
                                                 const CheckedApplication &checked,
                                                 const signing::TrustStore &trust);
// "signature<TAB>summary" lines on standard error (part of validate's "what was checked" block).
void printSignatures(const QList<signing::SignatureReport> &reports, Language language);
QJsonArray signaturesJson(const QList<signing::SignatureReport> &reports);
bool anyInvalid(const QList<signing::SignatureReport> &reports);

} // namespace nbapply::cli

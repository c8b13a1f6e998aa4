#include "signingoptions.h"

#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "draft/pdfembeddeddraft.h"
#include "output.h"
#include "signing/approvalsignature.h"
#include "signing/pdfsignatureverify.h"
#include "signing/truststore.h"

#include <QDateTime>
#include <QFile>

namespace nbapply::cli
{

QCommandLineOption trustOption()
{
    return QCommandLineOption(QStringLiteral("trust"),
                              QStringLiteral("also trust the CA certificates of this PEM file when judging a "
                                             "signer's identity (repeatable; the system's CAs always count)"),
                              QStringLiteral("CA.pem"));
}

std::optional<signing::TrustStore> trustStoreFromOptions(const QCommandLineParser &parser,
                                                         const QCommandLineOption &trust, Language language)
{
    BilingualText error;
    signing::TrustStore store = signing::TrustStore::load(parser.values(trust), &error);
    if (!error.isEmpty()) {
        printErr(QStringLiteral("signing.bad-ca-file: ") + sanitizedForLine(error.in(language)) + u'\n');
        return std::nullopt;
    }
    return store;
}

QList<signing::SignatureReport> signatureReports(const QString &file, const DraftLoadResult &loaded,
                                                 const CheckedApplication &checked,
                                                 const signing::TrustStore &trust)
{
    QList<signing::SignatureReport> reports;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (signing::hasApproval(*loaded.draft))
        reports.append(signing::verifyApproval(*loaded.draft, checked.fingerprint(), trust, now));
    // The PDF's own signatures, over the bytes of the file read (at most what the loader accepted).
    if (loaded.source == SourceKind::Pdf) {
        QFile pdf(file);
        if (pdf.open(QIODevice::ReadOnly) && pdf.size() <= kMaxDraftPdfBytes)
            reports += signing::pdfSignatureReports(pdf.readAll(), trust, now);
    }
    return reports;
}

void printSignatures(const QList<signing::SignatureReport> &reports, Language language)
{
    for (const signing::SignatureReport &report : reports)
        printErr((language == Language::Chinese ? QStringLiteral("签名\t") : QStringLiteral("signature\t")) +
                 sanitizedForLine(report.summary().in(language)) + u'\n');
}

QJsonArray signaturesJson(const QList<signing::SignatureReport> &reports)
{
    QJsonArray out;
    for (const signing::SignatureReport &report : reports)
        out.append(report.toJson());
    return out;
}

bool anyInvalid(const QList<signing::SignatureReport> &reports)
{
    for (const signing::SignatureReport &report : reports)
        if (report.invalid())
            return true;
    return false;
}

} // namespace nbapply::cli

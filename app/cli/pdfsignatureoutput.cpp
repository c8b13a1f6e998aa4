#include "pdfsignatureoutput.h"

#include "draft/pdfembeddeddraft.h"
#include "signing/pdfsignatureverify.h"
#include "signing/truststore.h"

#include <QDateTime>
#include <QFile>

namespace nbapply::cli
{

QList<signing::SignatureReport> pdfSignaturesOf(const QString &pdfPath, const signing::TrustStore &trust)
{
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxDraftPdfBytes)
        return {};
    return signing::pdfSignatureReports(file.readAll(), trust, QDateTime::currentDateTimeUtc());
}

void printSignatures(const QList<signing::SignatureReport> &reports, Language language)
{
    const QString label =
        language == Language::Chinese ? QStringLiteral("签名\t") : QStringLiteral("signature\t");
    for (const signing::SignatureReport &report : reports)
        printErr(label + sanitizedForLine(report.summary().in(language)) + u'\n');
}

QJsonArray signaturesJson(const QList<signing::SignatureReport> &reports)
{
    QJsonArray array;
    for (const signing::SignatureReport &report : reports)
        array.append(report.toJson());
    return array;
}

bool anyInvalid(const QList<signing::SignatureReport> &reports)
{
    for (const signing::SignatureReport &report : reports)
        if (report.invalid())
            return true;
    return false;
}

} // namespace nbapply::cli

#include "pdfsignatureverify.h"

#include "draft/documentmanifest.h"
#include "signing/cmsverify.h"
#include "signing/pdfsignaturefields.h"
#include "signing/truststore.h"

#include <QRegularExpression>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>

#include <optional>
#include <stdexcept>

namespace nbapply::signing
{

namespace
{

constexpr size_t kMaxListBytes = 256 * 1024;

// A stream's decoded bytes, refused past `cap` (a compressed bomb in a received file).
class CappedSink : public Pipeline
{
  public:
    explicit CappedSink(size_t cap) : Pipeline("nbapply-capped", nullptr), m_cap(cap) {}
    void write(unsigned char const *data, size_t length) override
    {
        if (length > m_cap - size_t(m_bytes.size()))
            throw std::length_error("too large");
        m_bytes.append(reinterpret_cast<const char *>(data), qsizetype(length));
    }
    void finish() override {}
    const QByteArray &data() const { return m_bytes; }

  private:
    size_t m_cap;
    QByteArray m_bytes;
};

std::optional<DocumentManifest> documentList(QPDF &pdf)
{
    try {
        const auto spec =
            QPDFEmbeddedFileDocumentHelper(pdf).getEmbeddedFile(manifestFileName().toStdString());
        if (!spec)
            return std::nullopt;
        CappedSink sink(kMaxListBytes);
        if (!spec->getEmbeddedFileStream().pipeStreamData(&sink, 0, qpdf_dl_generalized, true))
            return std::nullopt;
        return parseManifest(sink.data());
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace

QDateTime parsePdfDate(const QString &date)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:(Z)|([+-])(\\d{2})'?(\\d{2})'?)?"));
    const QRegularExpressionMatch match = pattern.match(date);
    if (!match.hasMatch())
        return {};
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (!match.captured(8).isEmpty()) {
        offset = match.captured(9).toInt() * 3600 + match.captured(10).toInt() * 60;
        if (match.captured(8) == u"-")
            offset = -offset;
    }
    return QDateTime(day, time, Qt::OffsetFromUTC, offset);
}

QList<SignatureReport> pdfSignatureReports(const QByteArray &pdf, const TrustStore &trust,
                                           const QDateTime &now)
{
    QList<SignatureReport> reports;
    std::optional<DocumentManifest> list;
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("received.pdf", pdf.constData(), size_t(pdf.size()));
        list = documentList(document);
        for (const PdfSignatureField &field : pdfSignatureFields(document, pdf)) {
            SignatureReport report;
            report.kind = SignatureReport::Kind::Pdf;
            report.subFilter = field.subFilter;
            report.claimedTime = parsePdfDate(field.claimedTime);
            report.coverage = SignatureReport::Coverage::ChangedAfterSigning;
            if (field.rangeSane && !field.cms.isEmpty()) {
                report.cms = verifyDetachedCms(field.cms, field.covered(pdf), trust, now);
                if (report.cms.intact) {
                    report.wholeDocument = field.signedEnd() == pdf.size();
                    report.coverage = report.wholeDocument ? SignatureReport::Coverage::Current
                                                           : SignatureReport::Coverage::OlderVersion;
                }
            }
            reports << report;
        }
    } catch (const std::exception &) {
        return reports;
    }

    // The pages print the listed signer's block: it must be backed by an intact signature of that signer.
    if (list && list->namesSigner()) {
        bool backed = false;
        for (SignatureReport &report : reports) {
            if (!report.cms.intact)
                continue;
            if (report.cms.signer.commonName == list->signerName &&
                report.cms.signer.organisation == list->signerOrganisation) {
                backed = true;
            } else {
                report.coverage = SignatureReport::Coverage::ChangedAfterSigning;
                report.note =
                    QStringLiteral("页面所示签名人（%1）与证书不符 / the signer the page shows (%1) is "
                                   "not the certificate's")
                        .arg(list->signerName);
            }
        }
        if (!backed) {
            SignatureReport missing;
            missing.kind = SignatureReport::Kind::Pdf;
            missing.coverage = SignatureReport::Coverage::ChangedAfterSigning;
            missing.cms.signer.commonName = list->signerName;
            missing.cms.signer.organisation = list->signerOrganisation;
            missing.claimedTime = list->signedAt;
            missing.note =
                QStringLiteral("页面显示签名块，但文件没有有效的签名 / the page shows a signature block, "
                               "but the file carries no valid signature");
            reports << missing;
        }
    }
    return reports;
}

} // namespace nbapply::signing

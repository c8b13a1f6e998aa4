// A signed export (PAdES B-B, ETSI.CAdES.detached) read back by poppler, by nbapply's own verification and
// page check: valid and whole when untouched, invalid after any byte changed, "covers an older version"
// after an update appended, and a visible block that no form text runs into.
#include "../pdf/pdfacheck.h"
#include "../pdf/pdftools.h"
#include "../pdf/testdrafts.h"
#include "draft/pdfembeddeddraft.h"
#include "export/applicationexport.h"
#include "pdf/pdfexporter.h"
#include "received/emlreader.h"
#include "received/pagecheck.h"
#include "signing/pdfsignatureverify.h"
#include "signing/pdfsigner.h"
#include "signing/signingidentity.h"
#include "signing/truststore.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An incremental update a third party could append after signing (no signature of its own): the last
// page re-written with one more content stream, which paints a box over the page. Returns the new file.
QByteArray appendPageDrawing(const QByteArray &pdf)
{
    QPDF doc;
    doc.processMemoryFile("signed.pdf", pdf.constData(), size_t(pdf.size()));
    QPDFObjectHandle trailer = doc.getTrailer();
    QPDFObjectHandle page = QPDFPageDocumentHelper(doc).getAllPages().back().getObjectHandle();
    const int size = trailer.getKey("/Size").getIntValueAsInt();
    const qsizetype at = pdf.lastIndexOf("startxref");
    const QByteArray previous = pdf.mid(at + 9, 24).trimmed().split('\n').first().trimmed();

    QByteArray out = pdf;
    QList<QPair<int, qint64>> offsets;
    const QByteArray drawing = "0 0 1 rg 100 100 200 50 re f\n";
    offsets << qMakePair(size, out.size());
    out += QByteArray::number(size) + " 0 obj\n<< /Length " + QByteArray::number(drawing.size()) +
           " >>\nstream\n" + drawing + "endstream\nendobj\n";
    std::string pageText = "<<";
    for (const std::string &key : page.getKeys())
        if (key != "/Contents")
            pageText += ' ' + key + ' ' + page.getKey(key).unparse();
    std::string contents;
    QPDFObjectHandle old = page.getKey("/Contents");
    if (old.isArray())
        for (QPDFObjectHandle item : old.getArrayAsVector())
            contents += item.unparse() + ' ';
    else
        contents = old.unparse() + ' ';
    pageText += " /Contents [" + contents + std::to_string(size) + " 0 R] >>";
    offsets << qMakePair(page.getObjectID(), out.size());
    out += QByteArray::number(page.getObjectID()) + " 0 obj\n" + QByteArray::fromStdString(pageText) +
           "\nendobj\n";
    const qint64 xref = out.size();
    offsets << qMakePair(size + 1, xref);
    std::sort(offsets.begin(), offsets.end());
    QByteArray index, data;
    for (const auto &[number, offset] : offsets) {
        index += QByteArray::number(number) + " 1 ";
        data += char(1);
        for (int i = 3; i >= 0; --i)
            data += char((offset >> (8 * i)) & 0xFF);
        data += QByteArray(2, '\0');
    }
    out += QByteArray::number(size + 1) + " 0 obj\n<< /Type /XRef /Size " + QByteArray::number(size + 2) +
           " /Index [" + index.trimmed() + "] /W [1 4 2] /Prev " + previous + " /Root " +
           QByteArray::fromStdString(trailer.getKey("/Root").unparse()) + " /ID " +
           QByteArray::fromStdString(trailer.getKey("/ID").unparse()) + " /Length " +
           QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream\nendobj\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

class SignedExport : public ::testing::Test
{
  protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_pki = TestPki::make(s_dir->path());
        if (!s_pki.ok) {
            s_error = QStringLiteral("the test certificates could not be made");
            return;
        }
        BilingualText error;
        const std::optional<signing::SigningIdentity> identity =
            signing::SigningIdentity::fromPkcs12(readAll(s_pki.issuedP12), TestPki::kPassword, &error);
        if (!identity) {
            s_error = error.en;
            return;
        }
        s_identity = identity;
        s_result = signedExport(QStringLiteral("company.nbapply.json"), QStringLiteral("out"));
    }
    static ApplicationExportResult signedExport(const QString &example, const QString &folder)
    {
        ApplicationExportOptions options;
        options.exportTime = fixedExportTime();
        options.draftFolder = examplesFolder();
        options.signer = s_identity;
        return exportApplication(FormDefinition::builtin(), exampleDraft(example),
                                 QDir(s_dir->path()).filePath(folder), options);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(s_error.isEmpty()) << s_error.toStdString();
        ASSERT_TRUE(s_result.ok) << s_result.error.en.toStdString();
        m_pdf = readAll(s_result.pdfPath);
        ASSERT_FALSE(m_pdf.isEmpty());
    }
    QString writeCopy(const QString &name, const QByteArray &bytes) const
    {
        return writeTemp(s_dir->path(), name, bytes);
    }
    static signing::TrustStore trust()
    {
        BilingualText error;
        return signing::TrustStore::load({s_pki.caPem}, &error);
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline TestPki s_pki;
    static inline QString s_error; // why the signer could not be made
    static inline ApplicationExportResult s_result;
    static inline std::optional<signing::SigningIdentity> s_identity;
    QByteArray m_pdf;
};

TEST_F(SignedExport, PopplerReportsAValidSignatureOverTheWholeDocument)
{
    EXPECT_TRUE(s_result.signedPdf);
    const ToolRun run = runTool(QStringLiteral("pdfsig"),
                                {QStringLiteral("-nocert"), QStringLiteral("-no-ocsp"), s_result.pdfPath});
    EXPECT_TRUE(run.out.contains(QStringLiteral("Signature is Valid"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Total document signed"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("ETSI.CAdES.detached"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(TestPki::kIssuedName)) << run.out.toStdString();
}

TEST_F(SignedExport, NbapplyReportsTheSignerAndTheWholeDocument)
{
    const QList<signing::SignatureReport> reports =
        signing::pdfSignatureReports(m_pdf, trust(), QDateTime::currentDateTimeUtc());
    ASSERT_EQ(reports.size(), 1);
    const signing::SignatureReport &report = reports.first();
    EXPECT_EQ(report.coverage, signing::SignatureReport::Coverage::Current);
    EXPECT_TRUE(report.wholeDocument);
    EXPECT_FALSE(report.invalid());
    EXPECT_EQ(report.subFilter, QStringLiteral("ETSI.CAdES.detached"));
    EXPECT_EQ(report.cms.signer.commonName, TestPki::kIssuedName);
    EXPECT_EQ(report.cms.signer.organisation, TestPki::kIssuedOrganisation);
    EXPECT_EQ(report.cms.identity, signing::CmsVerdict::Identity::Trusted);
    EXPECT_EQ(report.claimedTime.toSecsSinceEpoch(), fixedExportTime().toSecsSinceEpoch());
}

TEST_F(SignedExport, StaysPdfA3bWithAPrintedWidgetThatHasItsOwnAppearance)
{
    // The update re-writes the catalog (AcroForm) and the page (Annots): the XMP, the output intent and
    // the associated files must survive it, and the widget must be one PDF/A allows (docs/pdf-archive.md).
    const ToolRun run = checkPdfA(s_result.pdfPath);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("PDF/A-3b structure: ok"))) << run.out.toStdString();
    const QByteArray update = m_pdf.mid(m_pdf.lastIndexOf("/Subtype /Widget"));
    EXPECT_TRUE(update.contains("/F 132")) << update.left(300).toStdString(); // Print | Locked
    EXPECT_TRUE(update.contains("/AP << /N ")) << update.left(300).toStdString();
}

TEST_F(SignedExport, StaysAnNbapplyPdfWellUnderTheReadLimit)
{
    EXPECT_LT(m_pdf.size(), kMaxDraftPdfBytes / 4);
    const DraftLoadResult back = loadDraftFile(s_result.pdfPath);
    ASSERT_TRUE(back.ok()) << back.error.en.toStdString();
    const PdfVerification pages = verifyPdf(s_result.pdfPath, *back.draft);
    EXPECT_TRUE(pages.ok) << pages.error.en.toStdString();
    EXPECT_TRUE(pages.signedRevision);
    EXPECT_EQ(pages.documents.signerName, TestPki::kIssuedName);
    EXPECT_EQ(pages.documents.signerOrganisation, TestPki::kIssuedOrganisation);
}

TEST_F(SignedExport, TheVisibleBlockIsOnTheLastPageAndOverlapsNoFormText)
{
    // The widget's rectangle, from the update nbapply appended.
    static const QRegularExpression rect(
        QStringLiteral("/FT /Sig .*/Rect \\[([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+)\\]"));
    // The individual's application: its last page has room for the block below the text.
    const ApplicationExportResult individual =
        signedExport(QStringLiteral("individual.nbapply.json"), QStringLiteral("individual"));
    ASSERT_TRUE(individual.ok) << individual.error.en.toStdString();
    const QByteArray pdf = readAll(individual.pdfPath);
    const QRegularExpressionMatch match =
        rect.match(QString::fromLatin1(pdf.mid(pdf.lastIndexOf("/FT /Sig"))));
    ASSERT_TRUE(match.hasMatch());
    const QList<PdfWord> words = pdfWords(individual.pdfPath);
    ASSERT_FALSE(words.isEmpty());
    const int lastPage = words.last().pageIndex;
    const double height = words.last().page.height();
    // pdftotext measures from the top of the page, PDF from the bottom.
    const QRectF block(QPointF(match.captured(1).toDouble(), height - match.captured(4).toDouble()),
                       QPointF(match.captured(3).toDouble(), height - match.captured(2).toDouble()));
    QString inside;
    double lowestOutside = 0;
    for (const PdfWord &word : words) {
        if (word.pageIndex != lastPage)
            continue;
        if (block.intersects(word.box))
            inside += word.text;
        else if (word.box.top() < block.top())
            lowestOutside = std::max(lowestOutside, word.box.bottom());
        EXPECT_FALSE(block.intersects(word.box) && !block.contains(word.box)) << word.text.toStdString();
    }
    const QString expected = withoutWhitespace(
        QStringLiteral("电子签名 / Digitally signed") + QStringLiteral("签名人 / Signed by：") +
        TestPki::kIssuedName + QStringLiteral(" (") + TestPki::kIssuedOrganisation + QStringLiteral(")"));
    EXPECT_TRUE(inside.startsWith(expected)) << inside.toStdString();
    static const QRegularExpression time(
        QStringLiteral("签名时间/Time：\\d{4}-\\d{2}-\\d{2}\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"));
    EXPECT_TRUE(time.match(inside).hasMatch()) << inside.toStdString();
    // Every form text above the block ends before it begins (the block takes a page of its own when the
    // last page is full: then there is none).
    EXPECT_GT(lowestOutside, 0);
    EXPECT_LE(lowestOutside, block.top());
    // And every glyph is in the font: the check the unsigned export passes.
    const ToolRun glyphs = checkGlyphs(individual.pdfPath);
    EXPECT_EQ(glyphs.exitCode, 0) << glyphs.out.toStdString() << glyphs.err.toStdString();
}

TEST_F(SignedExport, TheEmailCarriesTheSignedPdf)
{
    QTemporaryDir parts;
    const received::EmlReadResult eml = received::extractEmlAttachments(s_result.emailPath, parts.path());
    ASSERT_TRUE(eml.ok) << eml.error.en.toStdString();
    bool found = false;
    for (const received::EmlAttachment &attachment : eml.attachments) {
        if (attachment.fileName != QFileInfo(s_result.pdfPath).fileName())
            continue;
        found = true;
        EXPECT_EQ(readAll(attachment.storedPath), m_pdf);
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(m_pdf.contains("/SubFilter /ETSI.CAdES.detached"));
}

TEST_F(SignedExport, OneChangedByteInsideTheSignedRangeMakesItInvalid)
{
    QByteArray changed = m_pdf;
    const qsizetype at = changed.lastIndexOf("(Signature1)");
    ASSERT_GT(at, 0);
    changed[at + 10] = '2';
    const QString path = writeCopy(QStringLiteral("changed.pdf"), changed);
    const ToolRun run =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), QStringLiteral("-no-ocsp"), path});
    EXPECT_FALSE(run.out.contains(QStringLiteral("Signature is Valid"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Digest Mismatch"))) << run.out.toStdString();

    const QList<signing::SignatureReport> reports =
        signing::pdfSignatureReports(changed, trust(), QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(reports.isEmpty());
    EXPECT_EQ(reports.first().coverage, signing::SignatureReport::Coverage::ChangedAfterSigning);
    EXPECT_TRUE(reports.first().invalid());
}

TEST_F(SignedExport, AnUpdateAppendedAfterSigningLeavesTheSignatureOnAnOlderVersion)
{
    const QByteArray appended = appendPageDrawing(m_pdf);
    const QString path = writeCopy(QStringLiteral("appended.pdf"), appended);
    const ToolRun run =
        runTool(QStringLiteral("pdfsig"), {QStringLiteral("-nocert"), QStringLiteral("-no-ocsp"), path});
    EXPECT_TRUE(run.out.contains(QStringLiteral("Signature is Valid"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Total document signed"))) << run.out.toStdString();

    const QList<signing::SignatureReport> reports =
        signing::pdfSignatureReports(appended, trust(), QDateTime::currentDateTimeUtc());
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports.first().coverage, signing::SignatureReport::Coverage::OlderVersion);
    EXPECT_FALSE(reports.first().wholeDocument);

    // The signed revision's pages are what the data prints; the current revision's are not.
    const DraftLoadResult back = loadDraftFile(s_result.pdfPath);
    ASSERT_TRUE(back.ok());
    const PdfVerification signedPages = verifyPdf(path, *back.draft, PdfRevision::Signed);
    EXPECT_TRUE(signedPages.ok) << signedPages.error.en.toStdString();
    EXPECT_TRUE(signedPages.signedRevision);
    const PdfVerification currentPages = verifyPdf(path, *back.draft, PdfRevision::Current);
    EXPECT_FALSE(currentPages.ok);
    EXPECT_EQ(currentPages.code, QStringLiteral("draft.pdf-pages-differ"));
}

TEST_F(SignedExport, ASignatureBlockWithoutASignatureIsReportedInvalid)
{
    // The pages and the document list of a signed export, but no signature: what a forger would copy.
    const Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    PdfExportOptions options;
    options.exportTime = fixedExportTime();
    options.signature =
        VisibleSignature{TestPki::kIssuedName, TestPki::kIssuedOrganisation, fixedExportTime()};
    const PdfExportResult unsignedPdf = renderApplicationPdf(FormDefinition::builtin(), draft, options);
    ASSERT_TRUE(unsignedPdf.ok);
    const QList<signing::SignatureReport> reports =
        signing::pdfSignatureReports(unsignedPdf.pdf, trust(), QDateTime::currentDateTimeUtc());
    ASSERT_EQ(reports.size(), 1);
    EXPECT_TRUE(reports.first().invalid());
    EXPECT_EQ(reports.first().cms.signer.commonName, TestPki::kIssuedName);
}

TEST_F(SignedExport, ASignatureThatDoesNotFitItsPlaceholderIsRefused)
{
    int calls = 0;
    const signing::PdfSignResult result = signing::appendPdfSignature(
        m_pdf.left(m_pdf.indexOf("%%EOF") + 6), fixedExportTime(), PdfSignatureArea{0, 10, 10, 100, 60},
        [&calls](const QByteArray &) { return QByteArray(++calls == 1 ? 100 : 5000, '\x30'); });
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("does not fit"))) << result.error.en.toStdString();
}

} // namespace

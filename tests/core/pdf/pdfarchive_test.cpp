// PDF/A-3b (docs/pdf-archive.md): every application, letter and review report nbapply writes passes the
// structural check an archive would make (tests/tools/check-pdfa.py), says in its XMP what its Info
// dictionary says, and carries its data as associated files that `nbapply validate` still finds.
#include "application/checkedapplication.h"
#include "draft/pdfembeddeddraft.h"
#include "form/formdefinition.h"
#include "letter/letterpdf.h"
#include "pdf/pdfarchive.h"
#include "pdf/pdfcontent.h"
#include "pdf/pdfexporter.h"
#include "pdf/pdflayout.h"
#include "pdf/pdfpostprocess.h"
#include "pdf/subsetrender.h"
#include "pdfacheck.h"
#include "review/reviewreport.h"
#include "testdrafts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

CheckedApplication checkedOf(const Draft &draft)
{
    ValidationContext context;
    context.today = fixedExportTime().date();
    context.draftFolder = examplesFolder();
    return CheckedApplication::check(FormDefinition::builtin(), draft, context);
}

// The drafts the issue names: the samples (a company, a natural person, a Hong Kong company), a company
// with mixed scripts, the longest names and address the fields allow, and a name beyond the BMP.
QList<QPair<QString, Draft>> drafts()
{
    Draft longest = mixedCompanyDraft();
    longest.setText(QStringLiteral("applicant.name"),
                    QStringLiteral("南山智能数据科技研究院有限责任公司").repeated(12).left(200));
    longest.setText(
        QStringLiteral("applicant.address"),
        QStringLiteral("广东省深圳市南山区粤海街道科技园社区科苑路 15 号科兴科学园 B 栋 3 单元 1203 室；")
            .repeated(8)
            .left(300));
    longest.setText(QStringLiteral("representative.name"), QStringLiteral("欧阳").repeated(50));
    // Beyond the BMP: 𠮷 and 𡈼 from Noto Sans CJK SC, 𠀀 and 𬺰 from the fallback font (a second
    // embedded font), in the title and author the XMP repeats.
    Draft beyondBmp = mixedCompanyDraft();
    beyondBmp.setText(QStringLiteral("applicant.name"),
                      QString::fromUcs4(U"\U00020BB7\U0002123C\U00020000\U0002CEB0数据科技有限公司"));
    return {
        {QStringLiteral("company"), exampleDraft(QStringLiteral("company.nbapply.json"))},
        {QStringLiteral("individual"), exampleDraft(QStringLiteral("individual.nbapply.json"))},
        {QStringLiteral("hong-kong-company"), exampleDraft(QStringLiteral("hong-kong-company.nbapply.json"))},
        {QStringLiteral("mixed"), mixedCompanyDraft()},
        {QStringLiteral("longest"), longest}};
}

class PdfArchive : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString application(const Draft &draft, const QString &name)
    {
        PdfExportOptions options;
        options.exportTime = fixedExportTime();
        const PdfExportResult result = renderApplicationPdf(checkedOf(draft), options);
        EXPECT_TRUE(result.ok) << result.error.en.toStdString();
        return writeTemp(folder.path(), name + QStringLiteral(".pdf"), result.pdf);
    }

    QString letter(const Draft &draft, const QString &name)
    {
        LetterPdfOptions options;
        options.exportTime = fixedExportTime();
        const LetterPdfResult result = renderLetterPdf(checkedOf(draft), options);
        EXPECT_TRUE(result.ok) << result.error.en.toStdString();
        return writeTemp(folder.path(), name + QStringLiteral("-letter.pdf"), result.pdf);
    }

    QTemporaryDir folder;
};

void expectPdfA(const QString &path)
{
    const ToolRun run = checkPdfA(path);
    EXPECT_EQ(run.exitCode, 0) << path.toStdString() << '\n'
                               << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("PDF/A-3b structure: ok"))) << run.out.toStdString();
}

// The qpdf JSON (v2) of every object of the file: "obj:N 0 R" -> {"value": ...}.
QJsonObject objectsOf(const QString &path)
{
    const ToolRun run = runTool(QStringLiteral("qpdf"),
                                {QStringLiteral("--json=2"), QStringLiteral("--json-key=qpdf"), path});
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("qpdf"))
        .toArray()
        .at(1)
        .toObject();
}

} // namespace

TEST_F(PdfArchive, EveryApplicationAndLetterPassesTheArchiveCheck)
{
    for (const auto &[name, draft] : drafts()) {
        SCOPED_TRACE(name.toStdString());
        expectPdfA(application(draft, name));
        expectPdfA(letter(draft, name));
    }
}

TEST_F(PdfArchive, TheReviewReportPassesTheArchiveCheck)
{
    const ReviewReportResult report =
        renderReviewReport(checkedOf(exampleDraft(QStringLiteral("company.nbapply.json"))));
    ASSERT_TRUE(report.ok) << report.error.en.toStdString();
    expectPdfA(writeTemp(folder.path(), QStringLiteral("report.pdf"), report.pdf));
}

TEST_F(PdfArchive, TheCheckerRejectsWhatLibharuWritesAlone)
{
    // The pages exactly as the export draws them, before postprocessPdf: no XMP, no output intent.
    const pdf::PdfContent content =
        pdf::buildPdfContent(checkedOf(exampleDraft(QStringLiteral("company.nbapply.json"))));
    const pdf::RawPdf raw = pdf::renderWithFontSubset(
        QString(), content.codePoints(999),
        [&content](pdf::HpdfDocument &document) { return pdf::layoutApplication(document, content); });
    ASSERT_TRUE(raw.ok());
    const ToolRun run = checkPdfA(writeTemp(folder.path(), QStringLiteral("libharu.pdf"), raw.bytes));
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("no /Metadata stream"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("no /OutputIntents"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("no /ID"))) << run.out.toStdString();
}

TEST_F(PdfArchive, TheCheckerRejectsXmpThatDisagreesWithTheInfoDictionary)
{
    // The XMP stream is not compressed: change the creator tool and the conformance in place.
    QByteArray bytes;
    {
        QFile file(application(exampleDraft(QStringLiteral("company.nbapply.json")), QStringLiteral("a")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        bytes = file.readAll();
    }
    const QByteArray tool = "<xmp:CreatorTool>nbapply ";
    const QByteArray conformance = "<pdfaid:conformance>B<";
    ASSERT_TRUE(bytes.contains(tool));
    ASSERT_TRUE(bytes.contains(conformance));
    bytes.replace(tool, "<xmp:CreatorTool>nbapplY ");
    bytes.replace(conformance, "<pdfaid:conformance>U<");
    const ToolRun run = checkPdfA(writeTemp(folder.path(), QStringLiteral("tampered.pdf"), bytes));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Info/XMP: /Creator"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("pdfaid:conformance is not B"))) << run.out.toStdString();
}

TEST_F(PdfArchive, TheXmpSaysWhatTheInfoDictionarySaysEvenWithMarkupInTheName)
{
    // An applicant name with XML's special characters: the XMP must stay parseable and agree.
    Draft draft = mixedCompanyDraft();
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("A&B <科技> \"数据\" 'Ltd' 有限公司"));
    const QString path = application(draft, QStringLiteral("markup"));
    expectPdfA(path);
    const ToolRun meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    EXPECT_TRUE(meta.out.contains(QStringLiteral("<pdfaid:part>3</pdfaid:part>"))) << meta.out.toStdString();
    EXPECT_TRUE(
        meta.out.contains(QStringLiteral("A&amp;B &lt;科技&gt; &quot;数据&quot; &apos;Ltd&apos; 有限公司")))
        << meta.out.toStdString();
    // The English title is an alternative beside the Chinese one.
    EXPECT_TRUE(meta.out.contains(QStringLiteral("<rdf:li xml:lang=\"en\">"))) << meta.out.toStdString();
    EXPECT_TRUE(meta.out.contains(QStringLiteral("<xmp:CreateDate>2026-11-26T08:30:00Z</xmp:CreateDate>")))
        << meta.out.toStdString();
    EXPECT_EQ(pdfInfo(path).value(QStringLiteral("Title")),
              FormDefinition::builtin().title.zh + QStringLiteral(" — A&B <科技> \"数据\" 'Ltd' 有限公司"));
}

TEST_F(PdfArchive, TheDraftIsTheSourceAndTheDocumentListIsDataAndValidateStillFindsTheDraft)
{
    const Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const QString path = application(draft, QStringLiteral("company"));
    QMap<QString, QString> relationships; // file name -> /AFRelationship
    QMap<QString, QString> subtypes;      // file name -> MIME type of its stream
    const QJsonObject objects = objectsOf(path);
    for (const QJsonValue &object : objects) {
        const QJsonObject value = object.toObject().value(QStringLiteral("value")).toObject();
        if (!value.contains(QStringLiteral("/AFRelationship")))
            continue;
        const QString name = value.value(QStringLiteral("/UF")).toString().mid(2); // "u:name"
        relationships[name] = value.value(QStringLiteral("/AFRelationship")).toString();
        EXPECT_EQ(value.value(QStringLiteral("/F")).toString().mid(2), name);
        EXPECT_FALSE(value.value(QStringLiteral("/Desc")).toString().isEmpty()) << name.toStdString();
        const QString stream =
            value.value(QStringLiteral("/EF")).toObject().value(QStringLiteral("/F")).toString();
        const QJsonObject dict = objects.value(QStringLiteral("obj:") + stream)
                                     .toObject()
                                     .value(QStringLiteral("stream"))
                                     .toObject()
                                     .value(QStringLiteral("dict"))
                                     .toObject();
        subtypes[name] = dict.value(QStringLiteral("/Subtype")).toString();
        EXPECT_TRUE(dict.value(QStringLiteral("/Params")).toObject().contains(QStringLiteral("/ModDate")));
    }
    EXPECT_EQ(relationships.value(QStringLiteral("nbapply-draft.json")), QStringLiteral("/Source"));
    EXPECT_EQ(relationships.value(QStringLiteral("nbapply-documents.json")), QStringLiteral("/Data"));
    EXPECT_EQ(subtypes.value(QStringLiteral("nbapply-draft.json")),
              QStringLiteral("/application/json")); // qpdf decodes #2f

    QByteArray json;
    QString code;
    BilingualText error;
    ASSERT_TRUE(readEmbeddedDraft(path, &json, &code, &error)) << error.en.toStdString();
    const DraftLoadResult embedded = parseDraft(json);
    ASSERT_TRUE(embedded.ok());
    EXPECT_EQ(embedded.draft->text(QStringLiteral("applicant.name")),
              draft.text(QStringLiteral("applicant.name")));
}

TEST_F(PdfArchive, APdfUaClaimIsDescribedByAnExtensionSchemaAndTheCheckerRejectsItWithout)
{
    // PDF/UA's pdfuaid:part is no schema PDF/A predefines: without its pdfaExtension description a PDF/A
    // validator rejects the packet. (The tagged export sets pdfUaPart; here the pages are untagged.)
    const pdf::PdfContent content =
        pdf::buildPdfContent(checkedOf(exampleDraft(QStringLiteral("individual.nbapply.json"))));
    const pdf::RawPdf raw = pdf::renderWithFontSubset(
        QString(), content.codePoints(999),
        [&content](pdf::HpdfDocument &document) { return pdf::layoutApplication(document, content); });
    ASSERT_TRUE(raw.ok());
    pdf::PdfMetadata metadata;
    metadata.title = QStringLiteral("申请表");
    metadata.date = fixedExportTime();
    metadata.pdfUaPart = 1;
    const pdf::PostprocessResult finished =
        pdf::postprocessPdf(raw.bytes, metadata, QStringLiteral("nbapply-draft.json"), "{}");
    ASSERT_TRUE(finished.ok()) << finished.error.en.toStdString();
    ASSERT_TRUE(finished.pdf.contains("<pdfuaid:part>1</pdfuaid:part>"));
    expectPdfA(writeTemp(folder.path(), QStringLiteral("ua.pdf"), finished.pdf));

    // The same packet with the description's namespace changed (same length): pdfuaid is undescribed.
    QByteArray undescribed = finished.pdf;
    const QByteArray uri = "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/<";
    ASSERT_TRUE(undescribed.contains(uri));
    undescribed.replace(uri, "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfux/ns/id/<");
    const ToolRun run =
        checkPdfA(writeTemp(folder.path(), QStringLiteral("ua-undescribed.pdf"), undescribed));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("XMP: property part of a schema PDF/A does not predefine")))
        << run.out.toStdString();
}

TEST(SrgbProfile, IsTheIccV2ProfileOfIccProfilesFree)
{
    const pdf::SrgbProfile profile = pdf::loadSrgbProfile();
    ASSERT_TRUE(profile.ok()) << profile.error.en.toStdString();
    EXPECT_EQ(profile.bytes.at(8), 2); // major version
    EXPECT_EQ(profile.bytes.mid(16, 4), QByteArray("RGB "));
}

TEST(SrgbProfile, AMissingOrWrongProfileIsABilingualErrorNamingThePackage)
{
    const pdf::SrgbProfile missing = pdf::loadSrgbProfile(QStringLiteral("/nonexistent/sRGB.icc"));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.zh.contains(QStringLiteral("icc-profiles-free")))
        << missing.error.zh.toStdString();
    EXPECT_TRUE(missing.error.zh.contains(QStringLiteral("未写入任何文件")));
    EXPECT_TRUE(missing.error.en.contains(QStringLiteral("icc-profiles-free")))
        << missing.error.en.toStdString();
    EXPECT_TRUE(missing.error.en.contains(QStringLiteral("/nonexistent/sRGB.icc")));

    // A file that is there but is no RGB ICC profile (here: the README) is refused the same way.
    const pdf::SrgbProfile wrong = pdf::loadSrgbProfile(sourcePath(QStringLiteral("README.md")));
    EXPECT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error.en.contains(QStringLiteral("is not an ICC profile")))
        << wrong.error.en.toStdString();
}

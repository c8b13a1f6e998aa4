// The pages of a received PDF are the data: every way a forger changes what the pages say, or what
// the data and the document list say behind unchanged pages, is refused with its code.
#include "application/checkedapplication.h"
#include "application/loadedcontext.h"
#include "draft/documentmanifest.h"
#include "pdfedits.h"
#include "received/pagecheck.h"
#include "received/receivedfile.h"
#include "receivedtestfiles.h"
#include "review/reviewhtml.h"

#include <QCryptographicHash>
#include <QProcess>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

QString receivedPdf(const QTemporaryDir &dir)
{
    return receiveExport(dir.path(), {QStringLiteral(".pdf")}).first();
}

// The fingerprint nbapply would print for `draft` with the document list `pdfPath` carries.
QString fingerprintWithListOf(const QString &pdfPath, const Draft &draft)
{
    const DraftLoadResult genuine = loadDraftFile(pdfPath);
    EXPECT_TRUE(genuine.ok());
    return applicationFingerprint(draft, FormDefinition::builtin().tag(), genuine.received->documents);
}

void expectPagesDiffer(const QString &pdfPath, int page, const QString &field)
{
    const DraftLoadResult loaded = loadDraftFile(pdfPath);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("draft.pdf-pages-differ")) << loaded.error.en.toStdString();
    if (page > 0) {
        EXPECT_TRUE(loaded.error.en.contains(QStringLiteral("page %1").arg(page)))
            << loaded.error.en.toStdString();
        EXPECT_TRUE(loaded.error.zh.contains(QStringLiteral("第 %1 页").arg(page)))
            << loaded.error.zh.toStdString();
    }
    if (!field.isEmpty()) {
        const FieldDefinition *definition = FormDefinition::builtin().field(field);
        ASSERT_NE(definition, nullptr);
        EXPECT_TRUE(loaded.error.en.contains(definition->label.en)) << loaded.error.en.toStdString();
        EXPECT_TRUE(loaded.error.zh.contains(definition->label.zh)) << loaded.error.zh.toStdString();
    }
}

// The text `pdftotext` reads from the page, as a person checking by eye would compare it.
QString pdfText(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST(PageCheck, AnUntouchedExportIsReDerivedExactly)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    ASSERT_TRUE(loaded.received.has_value());
    EXPECT_EQ(loaded.received->pages, PagesCompared::Exact);
    EXPECT_EQ(loaded.received->producer, QStringLiteral("nbapply " NBAPPLY_VERSION));
    EXPECT_EQ(loaded.exportDate, fixedExportTime().date());
    // The fingerprint is computed from the data, and it is what the pages print.
    EXPECT_EQ(loaded.received->fingerprint.size(), 12);
    EXPECT_TRUE(pdfText(pdf).contains(loaded.received->fingerprint));
}

TEST(PageCheck, NamesBeyondTheBmpAreReDerivedExactlyAndAnEditOfThemIsRefused)
{
    // 𠮷 and 𡈼 are drawn with the prepared font, 𠀀 with the fallback font, all through private
    // stand-ins (pdf/privateusemap.h): re-deriving the pages must give the same drawing.
    QTemporaryDir dir;
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const QString name =
        QString::fromUcs4(U"\U00020BB7\U0002123C\U00020000") + QStringLiteral("北辰星图有限公司");
    draft.setText(QStringLiteral("applicant.name"), name);
    const QString pdf = receiveExport(dir.path(), {QStringLiteral(".pdf")}, draft).first();
    ASSERT_TRUE(pdfText(pdf).contains(name));
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    EXPECT_EQ(loaded.received->pages, PagesCompared::Exact);

    ASSERT_GE(replaceShownText(pdf, QStringLiteral("星图"), QStringLiteral("星阁")), 1);
    expectPagesDiffer(pdf, 1, QStringLiteral("applicant.name"));
}

TEST(PageCheck, RewritingThePdfWithoutChangingWhatItDrawsIsNotAnAlteration)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    // qpdf --qdf renumbers objects, uncompresses streams and normalises the content streams' layout.
    const QString qdf = dir.filePath(QStringLiteral("qdf.pdf"));
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("qpdf"),
                          {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf}),
        0);
    const DraftLoadResult loaded = loadDraftFile(qdf);
    EXPECT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
}

TEST(PageCheck, OneCharacterChangedOnAPageIsRefusedNamingThePageAndField)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    ASSERT_TRUE(pdfText(pdf).contains(QStringLiteral("三年")));
    ASSERT_EQ(replaceShownText(pdf, QStringLiteral("起三年"), QStringLiteral("起二年")), 1);
    ASSERT_TRUE(pdfText(pdf).contains(QStringLiteral("起二年"))); // what the forged page shows
    expectPagesDiffer(pdf, 2, QStringLiteral("plan.duration"));
}

TEST(PageCheck, OneCharacterDeletedThatReversesTheMeaningIsRefused)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    ASSERT_EQ(replaceShownText(pdf, QStringLiteral("不向第三方"), QStringLiteral("向第三方")), 1);
    expectPagesDiffer(pdf, 2, QStringLiteral("plan.usage"));
}

TEST(PageCheck, InvisibleOrOffPageTextIsRefused)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    const std::string font = firstFontName(pdf, 0);
    const QString invisible = dir.filePath(QStringLiteral("invisible.pdf"));
    ASSERT_TRUE(QFile::copy(pdf, invisible));
    // Render mode 3: nothing painted, but extracted, searched and read aloud.
    appendToPage(invisible, 0,
                 "BT 3 Tr " + font + " 9 Tf 100 100 Td <" + shownHex(QStringLiteral("二年")) + "> Tj ET\n");
    expectPagesDiffer(invisible, 1, QString());

    const QString offPage = dir.filePath(QStringLiteral("offpage.pdf"));
    ASSERT_TRUE(QFile::copy(pdf, offPage));
    appendToPage(offPage, 1,
                 "BT " + font + " 9 Tf -5000 -5000 Td <" +
                     shownHex(QStringLiteral("Fingerprint 000000000000")) + "> Tj ET\n");
    expectPagesDiffer(offPage, 2, QString());
}

TEST(PageCheck, AnEditedDraftBehindAForgedFingerprintRunIsRefused)
{
    // The attack that fooled the text search: the embedded data edited, and an invisible run carrying the
    // edited data's fingerprint put first on every page, every visible pixel the genuine one.
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    Draft forged = loadDraftFile(pdf).draft->portableCopy(false);
    forged.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起二年。"));
    const QString fingerprint = fingerprintWithListOf(pdf, forged);
    const std::string font = firstFontName(pdf, 0);
    replaceEmbeddedDraft(pdf, serializeDraft(forged));
    for (int page = 0; page < 2; ++page)
        appendToPage(pdf, page,
                     "BT 3 Tr " + font + " 1 Tf -900 -900 Td <" +
                         shownHex(QStringLiteral("Fingerprint ") + fingerprint) + "> Tj ET\n");
    const DraftLoadResult loaded = loadDraftFile(pdf);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("draft.pdf-pages-differ"));
}

TEST(PageCheck, ARecomputedFooterFingerprintDoesNotMakeEditedDataPass)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    const DraftLoadResult genuine = loadDraftFile(pdf);
    ASSERT_TRUE(genuine.ok());
    Draft forged = genuine.draft->portableCopy(false);
    forged.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起二年。"));
    const QString fingerprint = fingerprintWithListOf(pdf, forged);
    replaceEmbeddedDraft(pdf, serializeDraft(forged));
    // Every footer's 12 digits rewritten to the edited data's fingerprint, as the old check wanted: what a
    // person reads and what the data says now agree, except the duration the page still prints.
    EXPECT_GE(replaceShownText(pdf, genuine.received->fingerprint, fingerprint), 2);
    ASSERT_TRUE(pdfText(pdf).contains(fingerprint));
    ASSERT_TRUE(pdfText(pdf).contains(QStringLiteral("起三年")));
    expectPagesDiffer(pdf, 0, QString());
}

TEST(PageCheck, AnEditedOrRemovedDocumentListIsRefused)
{
    QTemporaryDir dir;
    const QString edited = receivedPdf(dir);
    const DraftLoadResult genuine = loadDraftFile(edited);
    ASSERT_TRUE(genuine.ok());

    // The licence's digest replaced by a forged licence's: the pages print another fingerprint.
    DocumentManifest list = genuine.received->documents;
    list.documents[0].sha256 =
        QCryptographicHash::hash("%PDF-1.4 forged", QCryptographicHash::Sha256).toHex();
    list.documents[0].size = 15;
    editPdf(edited, [&](QPDF &pdf) { replaceAttachment(pdf, manifestFileName(), serializeManifest(list)); });
    expectPagesDiffer(edited, 1, QString());

    // The list names another file: refused before the pages are compared.
    list = genuine.received->documents;
    list.documents[0].name = QStringLiteral("forged-licence.pdf");
    editPdf(edited, [&](QPDF &pdf) { replaceAttachment(pdf, manifestFileName(), serializeManifest(list)); });
    DraftLoadResult loaded = loadDraftFile(edited);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("draft.pdf-tampered"));
    EXPECT_TRUE(loaded.error.en.contains(QStringLiteral("document list"))) << loaded.error.en.toStdString();

    // No list at all: a forged licence beside the PDF would have nothing to be compared with.
    QTemporaryDir other;
    const QString removed = receivedPdf(other);
    editPdf(removed, [](QPDF &pdf) {
        QPDFEmbeddedFileDocumentHelper(pdf).removeEmbeddedFile(manifestFileName().toStdString());
    });
    loaded = loadDraftFile(removed);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("draft.pdf-tampered"));
}

TEST(PageCheck, AForgedLicenceBesideAGenuinePdfIsAnError)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    writeAll(dir.filePath(QStringLiteral("营业执照（加盖公章）.pdf")), "%PDF-1.4 a forged licence");
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    const CheckedApplication checked =
        CheckedApplication::check(FormDefinition::builtin(), *loaded.draft, validationContextFor(loaded, {}));
    EXPECT_TRUE(codes(checked.problems()).contains(QStringLiteral("document.hash-mismatch")));
    EXPECT_FALSE(checked.readyToExport());
    EXPECT_EQ(checked.documents().first().verification, DocumentVerification::Differs);
    EXPECT_EQ(checked.documents().at(1).verification, DocumentVerification::NotEnclosed);
}

TEST(PageCheck, APageAddedOrRemovedIsRefused)
{
    QTemporaryDir dir;
    const QString added = receivedPdf(dir);
    editPdf(added, [](QPDF &pdf) {
        QPDFPageDocumentHelper pages(pdf);
        QPDFPageObjectHelper first = pages.getAllPages().front();
        pages.addPage(first.shallowCopyPage(), false);
    });
    expectPagesDiffer(added, 0, QString());

    QTemporaryDir other;
    const QString removed = receivedPdf(other);
    editPdf(removed, [](QPDF &pdf) {
        QPDFPageDocumentHelper pages(pdf);
        pages.removePage(pages.getAllPages().back());
    });
    expectPagesDiffer(removed, 0, QString());
}

TEST(PageCheck, AnAnnotationDrawnOverAValueIsRefused)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    editPdf(pdf, [](QPDF &document) {
        QPDFPageObjectHelper page = QPDFPageDocumentHelper(document).getAllPages().back();
        QPDFObjectHandle annotation = document.makeIndirectObject(
            QPDFObjectHandle::parse("<< /Type /Annot /Subtype /FreeText /Rect [100 100 300 130] /Contents "
                                    "(two years) /DA (/Helv 12 Tf) >>"));
        page.getObjectHandle().replaceKey("/Annots", QPDFObjectHandle::newArray({annotation}));
    });
    expectPagesDiffer(pdf, 2, QString());
}

TEST(PageCheck, ReviewShowsEachDocumentsVerdictAndTheFingerprint)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    // The licence as sent beside it, and a forged letter of authorisation.
    ASSERT_TRUE(QFile::copy(examplesFolder() + QStringLiteral("/documents/营业执照（加盖公章）.pdf"),
                            dir.filePath(QStringLiteral("营业执照（加盖公章）.pdf"))));
    writeAll(dir.filePath(QStringLiteral("授权委托书（加盖公章）.pdf")), "%PDF-1.4 forged letter");
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    const CheckedApplication checked =
        CheckedApplication::check(FormDefinition::builtin(), *loaded.draft, validationContextFor(loaded, {}));
    EXPECT_EQ(checked.fingerprint(), loaded.received->fingerprint);
    const QString html = renderReviewHtml(checked, Language::English);
    EXPECT_EQ(html.count(QStringLiteral("SHA-256 verified")), 1) << html.toStdString();
    EXPECT_EQ(html.count(QStringLiteral("Differs from the listed file")), 1);
    EXPECT_EQ(html.count(QStringLiteral("Not enclosed</span>")), 2);
    EXPECT_TRUE(html.contains(loaded.received->fingerprint));
    EXPECT_TRUE(html.contains(QStringLiteral("document.hash-mismatch")) ||
                html.contains(QStringLiteral("SHA-256 differs")));
}

TEST(PageCheck, APdfOfTheLayoutBeforeTaggingIsComparedByItsTextWithoutTheCheckboxGlyphs)
{
    // Layout revision 2, before the tagged PDF, drew no invisible glyph in the checkboxes: made here from an
    // export of this version, its □ and ✓ removed and its document list saying revision 2.
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    DocumentManifest list = loadDraftFile(pdf).received->documents;
    list.pageLayout = 2;
    ASSERT_GT(replaceShownText(pdf, QStringLiteral("□"), QString()), 0);
    ASSERT_GT(replaceShownText(pdf, QStringLiteral("✓"), QString()), 0);
    editPdf(pdf, [&](QPDF &document) {
        replaceAttachment(document, manifestFileName(), serializeManifest(list));
    });
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    EXPECT_EQ(loaded.received->pages, PagesCompared::Text);

    // Its text is still held to the data.
    ASSERT_EQ(replaceShownText(pdf, QStringLiteral("起三年"), QStringLiteral("起二年")), 1);
    EXPECT_EQ(loadDraftFile(pdf).errorCode, QStringLiteral("draft.pdf-pages-differ"));
}

TEST(PageCheck, APdfOfAnotherVersionIsComparedByItsTextAndTheVerdictSaysSo)
{
    QTemporaryDir dir;
    const QString pdf = receivedPdf(dir);
    DocumentManifest list = loadDraftFile(pdf).received->documents;
    list.producer = QStringLiteral("nbapply 0.0.9"); // a version whose pages this one cannot reproduce
    editPdf(pdf, [&](QPDF &document) {
        replaceAttachment(document, manifestFileName(), serializeManifest(list));
    });
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    EXPECT_EQ(loaded.received->pages, PagesCompared::Text);
    EXPECT_EQ(loaded.received->producer, QStringLiteral("nbapply 0.0.9"));

    // Its text is still held to the data.
    ASSERT_EQ(replaceShownText(pdf, QStringLiteral("起三年"), QStringLiteral("起二年")), 1);
    const DraftLoadResult edited = loadDraftFile(pdf);
    EXPECT_FALSE(edited.ok());
    EXPECT_EQ(edited.errorCode, QStringLiteral("draft.pdf-pages-differ"));
    EXPECT_TRUE(
        edited.error.en.contains(QStringLiteral("made by nbapply 0.0.9, so only the text of the pages "
                                                "was compared")))
        << edited.error.en.toStdString();
    EXPECT_TRUE(edited.error.zh.contains(QStringLiteral("仅比对了页面文字")));
}

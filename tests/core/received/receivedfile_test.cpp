// Opening what a reviewer receives: a PDF (alone, tampered, with documents beside it) and the .eml.
#include "application/checkedapplication.h"
#include "application/loadedcontext.h"
#include "draft/documentmanifest.h"
#include "pdfedits.h"
#include "received/receivedfile.h"
#include "receivedtestfiles.h"
#include "validation/draftvalidator.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

// The problems every view shows for a loaded file: its checked application in the shared context.
Problems shownProblems(const DraftLoadResult &loaded)
{
    return CheckedApplication::check(FormDefinition::builtin(), *loaded.draft,
                                     validationContextFor(loaded, {}))
        .problems();
}

TEST(ReceivedFile, WhatAFileIsComesFromItsContentNotItsName)
{
    QTemporaryDir dir;
    const QStringList received = receiveExport(dir.path(), {QStringLiteral(".pdf"), QStringLiteral(".eml")});
    const QString pdfAsJson = dir.filePath(QStringLiteral("application.nbapply.json"));
    ASSERT_TRUE(QFile::rename(received[0], pdfAsJson));
    const DraftLoadResult pdf = loadDraftFile(pdfAsJson);
    ASSERT_TRUE(pdf.ok()) << pdf.error.en.toStdString();
    EXPECT_EQ(pdf.source, SourceKind::Pdf);
    // Save must never write JSON over a PDF, whatever it is called.
    EXPECT_FALSE(pdf.canSaveBack);

    const QString emlAsText = dir.filePath(QStringLiteral("message.txt"));
    ASSERT_TRUE(QFile::rename(received[1], emlAsText));
    const DraftLoadResult eml = loadDraftFile(emlAsText);
    ASSERT_TRUE(eml.ok()) << eml.error.en.toStdString();
    EXPECT_EQ(eml.source, SourceKind::Email);
    EXPECT_FALSE(eml.canSaveBack);

    const QString draftAsPdf = dir.filePath(QStringLiteral("draft.pdf"));
    ASSERT_TRUE(QFile::copy(sourcePath(QStringLiteral("examples/company.nbapply.json")), draftAsPdf));
    const DraftLoadResult draft = loadDraftFile(draftAsPdf);
    ASSERT_TRUE(draft.ok()) << draft.error.en.toStdString();
    EXPECT_EQ(draft.source, SourceKind::Draft);
    EXPECT_TRUE(draft.canSaveBack);
    EXPECT_EQ(draft.documentFolder, dir.path());
}

TEST(ReceivedFile, SniffingLooksAtBytes)
{
    EXPECT_EQ(sniffSourceKind("%PDF-1.7\n"), SourceKind::Pdf);
    EXPECT_EQ(sniffSourceKind("PK\x03\x04rest"), SourceKind::Package);
    EXPECT_EQ(sniffSourceKind("\xEF\xBB\xBF  {\"format\": 1}"), SourceKind::Draft);
    EXPECT_EQ(sniffSourceKind("From: a@b.example\r\nTo: c@d.example\r\n"), SourceKind::Email);
    EXPECT_EQ(sniffSourceKind("MIME-Version: 1.0\r\n"), SourceKind::Email);
    EXPECT_EQ(sniffSourceKind("not a draft"), SourceKind::Draft);
    EXPECT_EQ(sniffSourceKind(""), SourceKind::Draft);
}

TEST(ReceivedFile, APdfAloneOpensWithItsMissingDocumentsAsNotices)
{
    QTemporaryDir dir;
    const QString pdf = receiveExport(dir.path(), {QStringLiteral(".pdf")}).first();
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    const Problems problems = shownProblems(loaded);
    EXPECT_FALSE(hasErrors(problems)) << codes(problems).join(u' ').toStdString();
    EXPECT_EQ(codes(problems).count(QStringLiteral("document.not-enclosed")), 4);
    for (const Problem &problem : problems) {
        if (problem.code == u"document.not-enclosed") {
            EXPECT_EQ(problem.severity, Severity::Notice);
        }
    }
    // The PDF carries file names only: no folder of the sender's machine.
    for (const DocumentRef &document : loaded.draft->documents())
        EXPECT_FALSE(document.path.contains(u'/')) << document.path.toStdString();
    EXPECT_FALSE(readAll(pdf).contains(QFile::encodeName(examplesFolder())));
}

TEST(ReceivedFile, TheRecordedDigestsAreTheDocuments)
{
    QTemporaryDir dir;
    const QString pdf = receiveExport(dir.path(), {QStringLiteral(".pdf")}).first();
    const DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    ASSERT_TRUE(loaded.received.has_value());
    const DocumentManifest &list = loaded.received->documents;
    ASSERT_EQ(list.documents.size(), 4);
    const ManifestEntry &licence = list.documents.first();
    EXPECT_EQ(licence.name, QStringLiteral("营业执照（加盖公章）.pdf"));
    QByteArray digest;
    qint64 size = 0;
    ASSERT_TRUE(sha256OfFile(examplesFolder() + QStringLiteral("/documents/营业执照（加盖公章）.pdf"),
                             &digest, &size));
    EXPECT_EQ(licence.sha256, digest);
    EXPECT_EQ(licence.size, size);
    // The fingerprint covers the documents: the one re-derived on opening is the sender's.
    const Draft original = exampleDraft(QStringLiteral("company.nbapply.json"));
    ValidationContext context;
    context.today = fixedExportTime().date();
    context.draftFolder = examplesFolder();
    EXPECT_EQ(loaded.received->fingerprint,
              CheckedApplication::check(FormDefinition::builtin(), original, context).fingerprint());
    EXPECT_EQ(loaded.received->pages, PagesCompared::Exact);
}

TEST(ReceivedFile, DocumentsBesideAPdfAreCheckedAgainstItsDigests)
{
    QTemporaryDir dir;
    const QString pdf = receiveExport(dir.path(), {QStringLiteral(".pdf")}).first();
    for (const QString &name :
         {QStringLiteral("营业执照（加盖公章）.pdf"), QStringLiteral("授权委托书（加盖公章）.pdf")})
        ASSERT_TRUE(QFile::copy(examplesFolder() + QStringLiteral("/documents/") + name, dir.filePath(name)));
    DraftLoadResult loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(codes(shownProblems(loaded)).count(QStringLiteral("document.not-enclosed")), 2);
    EXPECT_FALSE(codes(shownProblems(loaded)).contains(QStringLiteral("document.hash-mismatch")));

    QFile::setPermissions(dir.filePath(QStringLiteral("授权委托书（加盖公章）.pdf")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    writeAll(dir.filePath(QStringLiteral("授权委托书（加盖公章）.pdf")), "%PDF-1.4 another letter");
    loaded = loadDraftFile(pdf);
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(codes(shownProblems(loaded)).contains(QStringLiteral("document.hash-mismatch")));
    EXPECT_TRUE(hasErrors(shownProblems(loaded)));
}

TEST(ReceivedFile, APdfWhoseEmbeddedDraftWasReplacedIsRefused)
{
    QTemporaryDir dir;
    const QString pdf = receiveExport(dir.path(), {QStringLiteral(".pdf")}).first();
    Draft other = exampleDraft(QStringLiteral("company.nbapply.json")).portableCopy(false);
    other.setText(QStringLiteral("applicant.name"), QStringLiteral("另一家公司有限公司"));
    replaceEmbeddedDraft(pdf, serializeDraft(other));
    const DraftLoadResult loaded = loadDraftFile(pdf);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("draft.pdf-pages-differ"));
    EXPECT_TRUE(loaded.error.zh.contains(QStringLiteral("页面")));
    EXPECT_TRUE(loaded.error.en.contains(QStringLiteral("not what its embedded data prints")));
}

TEST(ReceivedFile, APageThatInflatesWithoutEndIsRefusedBeforeItIsParsed)
{
    QTemporaryDir dir;
    const QString pdf = receiveExport(dir.path(), {QStringLiteral(".pdf")}).first();
    {
        QPDF document;
        document.processFile(QFile::encodeName(pdf).constData());
        QPDFPageObjectHelper page = QPDFPageDocumentHelper(document).getAllPages().front();
        // 20 MB of spaces (valid content, deflated to ~20 KB by the writer).
        page.addPageContents(QPDFObjectHandle::newStream(&document, std::string(20 * 1024 * 1024, ' ')),
                             false);
        const QByteArray newName = QFile::encodeName(pdf + QStringLiteral(".new")); // kept until write()
        QPDFWriter writer(document, newName.constData());
        writer.setCompressStreams(true);
        writer.write();
    }
    ASSERT_TRUE(QFile::remove(pdf) && QFile::rename(pdf + QStringLiteral(".new"), pdf));
    ASSERT_LT(QFileInfo(pdf).size(), 1024 * 1024);
    const DraftLoadResult loaded = loadDraftFile(pdf);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("draft.pdf-damaged"));
}

TEST(ReceivedFile, TheEmailOpensOnAnotherMachineWithItsDocuments)
{
    QTemporaryDir dir;
    const QString eml = receiveExport(dir.path(), {QStringLiteral(".eml")}).first();
    const DraftLoadResult loaded = loadDraftFile(eml);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    EXPECT_EQ(loaded.source, SourceKind::Email);
    EXPECT_TRUE(shownProblems(loaded).isEmpty()) << codes(shownProblems(loaded)).join(u' ').toStdString();
    ASSERT_TRUE(loaded.extracted);
    EXPECT_EQ(QFileInfo(loaded.extracted->path()).permissions() & 0x0077, 0) << "private folder";
    const Draft original = exampleDraft(QStringLiteral("company.nbapply.json"));
    EXPECT_EQ(loaded.draft->fingerprint(), original.fingerprint());
    const CheckedApplication checked =
        CheckedApplication::check(FormDefinition::builtin(), *loaded.draft, validationContextFor(loaded, {}));
    for (const CheckedDocument &document : checked.documents())
        EXPECT_EQ(document.verification, DocumentVerification::Verified) << document.fileName.toStdString();
    for (const DocumentRef &document : loaded.draft->documents()) {
        const QString file = Draft::resolvePath(document, loaded.documentFolder);
        EXPECT_EQ(readAll(file), readAll(examplesFolder() + QStringLiteral("/documents/") + document.path))
            << document.path.toStdString();
    }
    EXPECT_FALSE(hasErrors(shownProblems(loaded)));
    // The extracted files go with the last copy of the result.
    const QString folder = loaded.extracted->path();
    {
        DraftLoadResult copy = loaded;
        EXPECT_TRUE(QFileInfo::exists(folder));
    }
    EXPECT_TRUE(QFileInfo::exists(folder));
}

TEST(ReceivedFile, AChangedDocumentInTheEmailIsRefused)
{
    QTemporaryDir dir;
    const QString eml = receiveExport(dir.path(), {QStringLiteral(".eml")}).first();
    QByteArray bytes = readAll(eml);
    // The last part is a document (the PDF comes first): change one base64 character of its body.
    const QByteArray marker = "Content-Transfer-Encoding: base64\r\n\r\n";
    const qsizetype body = bytes.lastIndexOf(marker) + marker.size();
    ASSERT_GT(body, marker.size());
    bytes[body + 100] = bytes[body + 100] == 'A' ? 'B' : 'A';
    writeAll(eml, bytes);
    const DraftLoadResult loaded = loadDraftFile(eml);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("document.hash-mismatch"));
    EXPECT_TRUE(loaded.error.en.contains(QStringLiteral("SHA-256 differs")));
}

TEST(ReceivedFile, MessagesThatAreNotApplicationsAreRefused)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.eml"));
    writeAll(plain, "From: a@example.com\r\nSubject: hello\r\n\r\nJust text.\r\n");
    EXPECT_EQ(loadDraftFile(plain).errorCode, QStringLiteral("mail.no-application"));

    const QString eml = receiveExport(dir.path(), {QStringLiteral(".eml")}).first();
    const QByteArray bytes = readAll(eml);
    const QString truncated = dir.filePath(QStringLiteral("truncated.eml"));
    writeAll(truncated, bytes.left(bytes.size() / 2));
    const DraftLoadResult cut = loadDraftFile(truncated);
    EXPECT_FALSE(cut.ok());
    EXPECT_TRUE(cut.errorCode == u"mail.malformed" || cut.errorCode == u"mail.no-application")
        << cut.errorCode.toStdString();
}

} // namespace

// Every file and folder opening a received e-mail creates holds somebody's documents: owner-only.
TEST(ReceivedFile, WhatOpeningAnEmailExtractsIsOwnerOnly)
{
    QTemporaryDir dir;
    const QString eml = receiveExport(dir.path(), {QStringLiteral(".eml")}).first();
    const DraftLoadResult loaded = loadDraftFile(eml);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    QDirIterator it(loaded.extracted->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        EXPECT_EQ(entry.permissions() & others, QFileDevice::Permissions()) << entry.filePath().toStdString();
        files += entry.isFile() ? 1 : 0;
    }
    EXPECT_GE(files, 4);
}

// A folder the export creates holds ID and phone numbers: owner-only.
TEST(ReceivedFile, AnExportFolderNbapplyCreatesIsOwnerOnly)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("new/out"));
    ApplicationExportOptions options;
    options.exportTime = fixedExportTime();
    options.draftFolder = examplesFolder();
    const ApplicationExportResult result = exportApplication(
        FormDefinition::builtin(), exampleDraft(QStringLiteral("company.nbapply.json")), out, options);
    ASSERT_TRUE(result.ok) << result.error.en.toStdString();
    EXPECT_EQ(QFileInfo(out).permissions() & 0x0077, QFileDevice::Permissions())
        << "group or others may enter";
}

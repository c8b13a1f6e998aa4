// The package: one file that carries the application to another machine, read as untrusted input.
#include "draft/documentmanifest.h"
#include "received/package.h"
#include "received/receivedfile.h"
#include "receivedtestfiles.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <zip.h>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

// A ZIP written entry by entry, for hostile packages.
void writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(archive, nullptr);
    for (const auto &[name, bytes] : entries) {
        void *copy = malloc(size_t(bytes.size()));
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
        ASSERT_GE(zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8), 0);
    }
    ASSERT_EQ(zip_close(archive), 0);
}

QByteArray manifestNaming(const QList<std::pair<QString, QByteArray>> &files)
{
    DocumentManifest manifest;
    for (const auto &[name, bytes] : files)
        manifest.documents.append({QStringLiteral("other"), name, bytes.size(), {}});
    return serializeManifest(manifest);
}

TEST(Package, RoundTripOnAnotherMachine)
{
    // The sender: a draft beside its documents, documents named by absolute path.
    QTemporaryDir receiver;
    QString packagePath;
    Draft original = exampleDraft(QStringLiteral("company.nbapply.json"));
    {
        QTemporaryDir sender;
        QList<DocumentRef> documents = original.documents();
        for (DocumentRef &document : documents) {
            const QString copy = sender.filePath(Draft::fileNameOf(document.path));
            ASSERT_TRUE(QFile::copy(Draft::resolvePath(document, examplesFolder()), copy));
            document.path = copy;
        }
        original.setDocuments(documents);
        const QString local = sender.filePath(QStringLiteral("application.nbapply.zip"));
        BilingualText error;
        ASSERT_TRUE(writePackage(checkedIn(original, sender.path()), local, &error))
            << error.en.toStdString();
        EXPECT_EQ(QFileInfo(local).permissions() & 0x0077, 0) << "owner-only";
        EXPECT_FALSE(readAll(local).contains(QFile::encodeName(sender.path()))) << "no sender folder inside";
        packagePath = receiver.filePath(QStringLiteral("received"));
        ASSERT_TRUE(QFile::copy(local, packagePath));
    } // the sender's folder is gone

    const DraftLoadResult loaded = loadDraftFile(packagePath);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    EXPECT_EQ(loaded.source, SourceKind::Package);
    EXPECT_FALSE(loaded.canSaveBack);
    ASSERT_TRUE(loaded.received.has_value());
    EXPECT_EQ(loaded.received->pages, PagesCompared::None);
    EXPECT_EQ(loaded.draft->fingerprint(), original.fingerprint());
    EXPECT_EQ(loaded.draft->text(QStringLiteral("applicant.name")),
              original.text(QStringLiteral("applicant.name")));
    const QList<DocumentRef> documents = loaded.draft->documents();
    ASSERT_EQ(documents.size(), 4);
    for (const DocumentRef &document : documents) {
        EXPECT_EQ(document.path, Draft::fileNameOf(document.path));
        EXPECT_EQ(readAll(Draft::resolvePath(document, loaded.documentFolder)),
                  readAll(examplesFolder() + QStringLiteral("/documents/") + document.path));
    }
}

TEST(Package, ADocumentThatIsNotTheListedOneIsRefused)
{
    QTemporaryDir dir;
    const QByteArray letter = "%PDF-1.4 the letter";
    DocumentManifest manifest;
    QByteArray digest = QCryptographicHash::hash(letter, QCryptographicHash::Sha256).toHex();
    manifest.documents.append(
        {QStringLiteral("authorization-letter"), QStringLiteral("letter.pdf"), letter.size(), digest});
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    draft.setDocuments({{QStringLiteral("authorization-letter"), QStringLiteral("letter.pdf")}});
    const QString path = dir.filePath(QStringLiteral("p.zip"));
    writeZip(path, {{"nbapply-draft.json", serializeDraft(draft)},
                    {"nbapply-documents.json", serializeManifest(manifest)},
                    {"letter.pdf", "%PDF-1.4 another letter"}});
    const DraftLoadResult loaded = loadDraftFile(path);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("document.hash-mismatch"));
    EXPECT_TRUE(loaded.error.zh.contains(QStringLiteral("letter.pdf")));
}

TEST(Package, AListThatNamesOtherDocumentsThanTheDraftIsRefused)
{
    QTemporaryDir dir;
    const QByteArray letter = "%PDF-1.4 the letter";
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    draft.setDocuments({{QStringLiteral("authorization-letter"), QStringLiteral("letter.pdf")},
                        {QStringLiteral("business-licence"), QStringLiteral("forged-licence.pdf")}});
    // The forger listed the letter only, so the licence has nothing to be compared with.
    DocumentManifest manifest;
    manifest.documents.append({QStringLiteral("authorization-letter"), QStringLiteral("letter.pdf"),
                               letter.size(),
                               QCryptographicHash::hash(letter, QCryptographicHash::Sha256).toHex()});
    const QString path = dir.filePath(QStringLiteral("p.zip"));
    writeZip(path, {{"nbapply-draft.json", serializeDraft(draft)},
                    {"nbapply-documents.json", serializeManifest(manifest)},
                    {"letter.pdf", letter},
                    {"forged-licence.pdf", "%PDF-1.4 forged"}});
    DraftLoadResult loaded = loadDraftFile(path);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("package.manifest-mismatch"));

    // No list at all: refused the same way.
    writeZip(path, {{"nbapply-draft.json", serializeDraft(draft)}, {"letter.pdf", letter}});
    loaded = loadDraftFile(path);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("package.manifest-mismatch"));
}

TEST(Package, NoPathFromThePackageIsFollowed)
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const QString escape =
        QStringLiteral("../../") + QFileInfo(outside.path()).fileName() + QStringLiteral("/owned.pdf");
    draft.setDocuments({{QStringLiteral("other"), escape}, {QStringLiteral("other"), QStringLiteral("..")}});
    const QString path = dir.filePath(QStringLiteral("p.zip"));
    writeZip(path,
             {{"nbapply-draft.json", QJsonDocument(draft.json()).toJson()},
              {"nbapply-documents.json",
               manifestNaming({{escape, "x"}, {QStringLiteral(".."), "y"}, {QStringLiteral("ok.pdf"), "z"}})},
              {escape.toUtf8(), "x"},
              {"ok.pdf", "z"},
              {"unlisted.sh", "#!/bin/sh"}});
    const DraftLoadResult loaded = loadDraftFile(path);
    // A manifest that names a folder is no manifest, and a package without one is refused; nothing of it
    // was written outside the private folder on the way.
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("package.manifest-mismatch"));
    EXPECT_FALSE(QFileInfo::exists(outside.filePath(QStringLiteral("owned.pdf"))));
    EXPECT_EQ(safeFileName(QStringLiteral("..")), QString());
    EXPECT_EQ(safeFileName(QStringLiteral("a/b")), QString());
    EXPECT_EQ(safeFileName(QStringLiteral("a\u202Eb")), QString());
    EXPECT_EQ(safeFileName(QStringLiteral("营业执照.pdf")), QStringLiteral("营业执照.pdf"));
}

TEST(Package, AZipBombIsRefusedBeforeItIsInflated)
{
    QTemporaryDir dir;
    const QByteArray zeros(64 * 1024 * 1024, '\0'); // deflates to ~64 KB
    const QString path = dir.filePath(QStringLiteral("bomb.zip"));
    writeZip(path,
             {{"nbapply-draft.json", serializeDraft(exampleDraft(QStringLiteral("company.nbapply.json")))},
              {"nbapply-documents.json", manifestNaming({{QStringLiteral("scan.pdf"), zeros}})},
              {"scan.pdf", zeros}});
    const DraftLoadResult loaded = loadDraftFile(path);
    EXPECT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorCode, QStringLiteral("package.too-large"));
}

TEST(Package, AZipThatIsNotAPackageSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.docx"));
    writeZip(path, {{"word/document.xml", "<xml/>"}});
    EXPECT_EQ(loadDraftFile(path).errorCode, QStringLiteral("package.not-a-package"));
    const QString damaged = dir.filePath(QStringLiteral("damaged.zip"));
    writeAll(damaged, "PK\x03\x04 and nothing else");
    EXPECT_EQ(loadDraftFile(damaged).errorCode, QStringLiteral("package.unreadable"));
}

} // namespace

// `nbapply package` reads documents through the same confined reader as validate: a draft naming a file
// outside its folder, or a kernel file, packs nothing of it.
TEST(Package, ADocumentOutsideTheDraftsFolderIsNeverPacked)
{
    QTemporaryDir dir;
    for (const QString &outside : {QStringLiteral("/etc/passwd"), QStringLiteral("/proc/self/status")}) {
        Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
        draft.setDocuments({{QStringLiteral("business-licence"), outside}});
        const QString path = dir.filePath(QStringLiteral("p.zip"));
        BilingualText error;
        EXPECT_FALSE(writePackage(checkedIn(draft, dir.path()), path, &error)) << outside.toStdString();
        EXPECT_FALSE(QFileInfo::exists(path));
        EXPECT_TRUE(error.en.contains(QStringLiteral("cannot be packed"))) << error.en.toStdString();
    }
}

// A caller that passes no error pointer gets false, not a crash, when a document cannot be packed.
TEST(Package, AFailureWithoutAnErrorPointerIsFalseNotACrash)
{
    QTemporaryDir folder; // the example's documents are not in it
    const QString target = folder.filePath(QStringLiteral("a.nbapply.zip"));
    EXPECT_FALSE(writePackage(checkedIn(exampleDraft(QStringLiteral("company.nbapply.json")), folder.path()),
                              target, nullptr));
    EXPECT_FALSE(QFile::exists(target));
}

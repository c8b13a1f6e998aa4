// Comparing two versions of an application, whatever files hold them.
#include "compare/applicationdiff.h"
#include "received/package.h"
#include "receivedtestfiles.h"

using namespace nbapply;
using namespace nbapply::test;

namespace
{

QList<FieldChange> diffFiles(const QString &a, const QString &b, Language language = Language::English)
{
    const DraftLoadResult before = loadDraftFile(a);
    const DraftLoadResult after = loadDraftFile(b);
    EXPECT_TRUE(before.ok()) << before.error.en.toStdString();
    EXPECT_TRUE(after.ok()) << after.error.en.toStdString();
    if (!before.ok() || !after.ok())
        return {{QStringLiteral("unreadable"), {}, {}}};
    return diffApplications(FormDefinition::builtin(), before, after, language);
}

QStringList fields(const QList<FieldChange> &changes)
{
    QStringList out;
    for (const FieldChange &change : changes)
        out << change.field;
    return out;
}

// One application in every kind of file: draft, package, PDF alone, e-mail.
struct Versions {
    QTemporaryDir dir;
    QStringList files;
    explicit Versions(const Draft &draft)
    {
        const QString draftPath = dir.filePath(QStringLiteral("draft.nbapply.json"));
        QDir(dir.path()).mkpath(QStringLiteral("documents"));
        Draft local = draft;
        QList<DocumentRef> documents = local.documents();
        for (DocumentRef &document : documents) {
            QFile::copy(Draft::resolvePath(document, examplesFolder()), dir.filePath(document.path));
        }
        EXPECT_TRUE(saveDraftFile(local, draftPath).ok);
        BilingualText error;
        const QString package = dir.filePath(QStringLiteral("package.zip"));
        EXPECT_TRUE(writePackage(checkedIn(local, dir.path()), package, &error)) << error.en.toStdString();
        QDir(dir.path()).mkpath(QStringLiteral("pdf"));
        QDir(dir.path()).mkpath(QStringLiteral("eml"));
        const QString pdf =
            receiveExport(dir.filePath(QStringLiteral("pdf")), {QStringLiteral(".pdf")}, draft).first();
        const QString eml =
            receiveExport(dir.filePath(QStringLiteral("eml")), {QStringLiteral(".eml")}, draft).first();
        files = {draftPath, package, pdf, eml};
    }
};

TEST(Diff, TheSameApplicationInEveryKindOfFileIsTheSame)
{
    const Versions same(exampleDraft(QStringLiteral("company.nbapply.json")));
    for (const QString &a : same.files)
        for (const QString &b : same.files)
            EXPECT_TRUE(diffFiles(a, b).isEmpty())
                << QFileInfo(a).fileName().toStdString() << " vs " << QFileInfo(b).fileName().toStdString()
                << ": " << fields(diffFiles(a, b)).join(u' ').toStdString();
}

// The same value typed two ways is the same value: what is compared is the normalised application.
TEST(Diff, AValueTypedInAHurryIsTheSameAsItsNormalisedForm)
{
    const Draft tidy = exampleDraft(QStringLiteral("company.nbapply.json"));
    Draft hurried = tidy;
    hurried.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("9111 0108 ma01 c3qk0b"));
    hurried.setText(QStringLiteral("representative.phone"), QStringLiteral("138 0013 8000"));
    const Versions before(hurried);
    const Versions after(tidy);
    for (const QString &a : before.files)
        for (const QString &b : after.files)
            EXPECT_TRUE(diffFiles(a, b).isEmpty())
                << QFileInfo(a).fileName().toStdString() << " vs " << QFileInfo(b).fileName().toStdString()
                << ": " << fields(diffFiles(a, b)).join(u' ').toStdString();
}

TEST(Diff, AChangedFieldIsOneLineAcrossEachPairOfKinds)
{
    const Draft original = exampleDraft(QStringLiteral("company.nbapply.json"));
    Draft edited = original;
    edited.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起两年。"));
    const Versions before(original);
    const Versions after(edited);
    for (const QString &a : before.files) {
        for (const QString &b : after.files) {
            const QList<FieldChange> changes = diffFiles(a, b);
            ASSERT_EQ(changes.size(), 1)
                << QFileInfo(a).fileName().toStdString() << " vs " << QFileInfo(b).fileName().toStdString()
                << ": " << fields(changes).join(u' ').toStdString();
            EXPECT_EQ(changes[0].field, QStringLiteral("plan.duration"));
            EXPECT_EQ(changes[0].oldValue, original.text(QStringLiteral("plan.duration")));
            EXPECT_EQ(changes[0].newValue, QStringLiteral("自获得书面授权之日起两年。"));
        }
    }
}

TEST(Diff, DocumentsAreComparedByContent)
{
    QTemporaryDir dir;
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const QList<DocumentRef> documents = draft.documents();
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    QDir(dir.path()).mkpath(QStringLiteral("b"));
    for (const DocumentRef &document : documents) {
        const QString name = Draft::fileNameOf(document.path);
        QFile::copy(Draft::resolvePath(document, examplesFolder()),
                    dir.filePath(QStringLiteral("a/") + name));
        // The same content under another name is the same document.
        QFile::copy(Draft::resolvePath(document, examplesFolder()),
                    dir.filePath(QStringLiteral("b/renamed-") + name));
    }
    Draft renamed = draft;
    QList<DocumentRef> renamedDocuments = documents;
    for (DocumentRef &document : renamedDocuments)
        document.path = QStringLiteral("renamed-") + Draft::fileNameOf(document.path);
    renamed.setDocuments(renamedDocuments);
    QList<DocumentRef> local = documents;
    for (DocumentRef &document : local)
        document.path = Draft::fileNameOf(document.path);
    draft.setDocuments(local);
    const QString a = dir.filePath(QStringLiteral("a/d.nbapply.json"));
    const QString b = dir.filePath(QStringLiteral("b/d.nbapply.json"));
    ASSERT_TRUE(saveDraftFile(draft, a).ok);
    ASSERT_TRUE(saveDraftFile(renamed, b).ok);
    EXPECT_TRUE(diffFiles(a, b).isEmpty()) << fields(diffFiles(a, b)).join(u' ').toStdString();

    writeAll(dir.filePath(QStringLiteral("b/renamed-授权委托书（加盖公章）.pdf")), "%PDF-1.4 another letter");
    const QList<FieldChange> changes = diffFiles(a, b);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].field, QStringLiteral("documents.authorization-letter"));
    EXPECT_TRUE(changes[0].oldValue.startsWith(QStringLiteral("授权委托书（加盖公章）.pdf (SHA-256 ")));
}

} // namespace

// A kind marked not applicable is part of the application: changing its reason is a line of the diff
// whichever kind of file holds each version (the PDF, the package and the e-mail keep the mark), in the
// language asked for.
TEST(Diff, ANotApplicableMarkWhoseReasonChangedIsOneLineAcrossEachPairOfKinds)
{
    const QString kind = QStringLiteral("legal-representative-id-copy");
    Draft original = exampleDraft(QStringLiteral("hong-kong-company.nbapply.json"));
    original.setNotApplicable(kind, true, QStringLiteral("No such office in Hong Kong"));
    Draft edited = original;
    edited.setNotApplicable(kind, true, QStringLiteral("香港公司没有法定代表人"));
    const Versions before(original);
    const Versions after(edited);
    for (const QString &a : before.files) {
        for (const QString &b : after.files) {
            const QList<FieldChange> changes = diffFiles(a, b);
            ASSERT_EQ(changes.size(), 1)
                << QFileInfo(a).fileName().toStdString() << " vs " << QFileInfo(b).fileName().toStdString()
                << ": " << fields(changes).join(u' ').toStdString();
            EXPECT_EQ(changes[0].field, QStringLiteral("documents.legal-representative-id-copy"));
            EXPECT_EQ(changes[0].oldValue, QStringLiteral("not applicable: No such office in Hong Kong"));
            EXPECT_EQ(changes[0].newValue, QStringLiteral("not applicable: 香港公司没有法定代表人"));
        }
    }
    const QList<FieldChange> inChinese =
        diffFiles(before.files.first(), after.files.last(), Language::Chinese);
    ASSERT_EQ(inChinese.size(), 1);
    EXPECT_EQ(inChinese[0].oldValue, QStringLiteral("不适用：No such office in Hong Kong"));
    EXPECT_EQ(inChinese[0].newValue, QStringLiteral("不适用：香港公司没有法定代表人"));
    // The same mark in every kind of file is no difference.
    for (const QString &a : after.files)
        for (const QString &b : after.files)
            EXPECT_TRUE(diffFiles(a, b).isEmpty()) << fields(diffFiles(a, b)).join(u' ').toStdString();
}

TEST(Diff, ANotApplicableMarkAddedOrRemovedIsADifference)
{
    QTemporaryDir dir;
    const QString kind = QStringLiteral("business-licence");
    Draft unmarked(FormDefinition::builtin());
    unmarked.setText(QStringLiteral("applicant.name"), QStringLiteral("Harbour Analytics Limited"));
    Draft marked = unmarked;
    marked.setNotApplicable(kind, true, QStringLiteral("Registered in Hong Kong: no business licence"));
    const QString a = dir.filePath(QStringLiteral("a.nbapply.json"));
    const QString b = dir.filePath(QStringLiteral("b.nbapply.json"));
    ASSERT_TRUE(saveDraftFile(unmarked, a).ok);
    ASSERT_TRUE(saveDraftFile(marked, b).ok);

    const QList<FieldChange> added = diffFiles(a, b, Language::Chinese);
    ASSERT_EQ(added.size(), 1) << fields(added).join(u' ').toStdString();
    EXPECT_EQ(added[0].field, QStringLiteral("documents.business-licence"));
    EXPECT_EQ(added[0].oldValue, QString());
    EXPECT_EQ(added[0].newValue, QStringLiteral("不适用：Registered in Hong Kong: no business licence"));
    const QList<FieldChange> removed = diffFiles(b, a, Language::English);
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed[0].oldValue,
              QStringLiteral("not applicable: Registered in Hong Kong: no business licence"));
    EXPECT_EQ(removed[0].newValue, QString());
    EXPECT_TRUE(diffFiles(b, b).isEmpty());
}

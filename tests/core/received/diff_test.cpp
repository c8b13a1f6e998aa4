// Comparing two versions of an application, whatever files hold them.
#include "compare/applicationdiff.h"
#include "export/checkloaded.h"
#include "received/package.h"
#include "received/receivedfile.h"
#include "receivedtestfiles.h"

#include <sys/stat.h>
#include <utility>

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
    const ApplicationDiff diff = diffLoadedApplications(FormDefinition::builtin(), before, after, language);
    EXPECT_TRUE(diff.ok()) << diff.refused->code.toStdString();
    return diff.changes;
}

// `draft` saved in `folder` as `name`, its first document naming `documentPath`.
QString draftNaming(const QString &folder, const QString &name, const QString &documentPath,
                    const QString &duration = {})
{
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    QList<DocumentRef> documents = draft.documents();
    documents[0].path = documentPath;
    draft.setDocuments(documents);
    if (!duration.isEmpty())
        draft.setText(QStringLiteral("plan.duration"), duration);
    const QString path = QDir(folder).filePath(name);
    EXPECT_TRUE(saveDraftFile(draft, path).ok);
    return path;
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

// A draft may name any file as a document. diff reads documents only as `validate` does (through the
// confined reader): a file outside the draft's folder, a /proc file, a FIFO are refused with the
// problem's code, and nothing of them — not even a digest — nor of the other version is compared.
TEST(Diff, ADocumentTheConfinedReaderRefusesRefusesTheComparison)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("fifo"));
    const QString fifo = dir.filePath(QStringLiteral("fifo/pipe.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString plain = draftNaming(dir.path(), QStringLiteral("plain.nbapply.json"),
                                      QStringLiteral("documents/none.pdf"), QStringLiteral("两年。"));
    const struct {
        QString document;
        QString folder;
        QString code;
    } cases[] = {
        {QStringLiteral("/etc/shadow"), dir.path(), QStringLiteral("document.outside-folder")},
        {QStringLiteral("/etc/passwd"), dir.path(), QStringLiteral("document.outside-folder")},
        // Hashing it never ends: the old diff ran until it was killed.
        {QStringLiteral("/proc/self/pagemap"), dir.path(), QStringLiteral("document.outside-folder")},
        {QStringLiteral("pipe.pdf"), dir.filePath(QStringLiteral("fifo")),
         QStringLiteral("document.not-regular")},
    };
    for (const auto &one : cases) {
        const QString hostile = draftNaming(one.folder, QStringLiteral("hostile.nbapply.json"), one.document);
        const DraftLoadResult a = loadDraftFile(hostile);
        const DraftLoadResult b = loadDraftFile(plain);
        ASSERT_TRUE(a.ok() && b.ok());
        for (const auto &[before, after] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
            const ApplicationDiff diff =
                diffLoadedApplications(FormDefinition::builtin(), *before, *after, Language::English);
            ASSERT_FALSE(diff.ok()) << one.document.toStdString();
            EXPECT_EQ(diff.refused->code, one.code) << one.document.toStdString();
            EXPECT_TRUE(diff.changes.isEmpty());
        }
        // The verdict `validate` gives the same draft.
        const CheckedApplication checked = checkLoadedApplication(FormDefinition::builtin(), a);
        EXPECT_TRUE(codes(checked.problems()).contains(one.code))
            << codes(checked.problems()).join(u' ').toStdString();
    }
}

// Values are compared as the PDF prints them: the same number typed two ways is the same value, and a
// changed choice reads as its labels, not its stored code.
TEST(Diff, ValuesAreComparedAndShownAsThePdfPrintsThem)
{
    QTemporaryDir dir;
    Draft typed = exampleDraft(QStringLiteral("company.nbapply.json"));
    typed.setDocuments({});
    Draft international = typed;
    typed.setText(QStringLiteral("representative.phone"), QStringLiteral("138 0013 8000"));
    international.setText(QStringLiteral("representative.phone"), QStringLiteral("+86 13800138000"));
    const QString a = dir.filePath(QStringLiteral("a.nbapply.json"));
    const QString b = dir.filePath(QStringLiteral("b.nbapply.json"));
    ASSERT_TRUE(saveDraftFile(typed, a).ok);
    ASSERT_TRUE(saveDraftFile(international, b).ok);
    EXPECT_TRUE(diffFiles(a, b).isEmpty()) << fields(diffFiles(a, b)).join(u' ').toStdString();

    international.setList(QStringLiteral("plan.models"), {QStringLiteral("16b-base")});
    ASSERT_TRUE(saveDraftFile(international, b).ok);
    const QList<FieldChange> changes = diffFiles(a, b);
    ASSERT_EQ(changes.size(), 1) << fields(changes).join(u' ').toStdString();
    EXPECT_EQ(changes[0].field, QStringLiteral("plan.models"));
    const FieldDefinition *models = FormDefinition::builtin().field(QStringLiteral("plan.models"));
    ASSERT_NE(models, nullptr);
    const BilingualText label = models->choiceLabel(QStringLiteral("16b-base"), typed.applicantKind());
    EXPECT_TRUE(changes[0].newValue.startsWith(label.zh)) << changes[0].newValue.toStdString();
    EXPECT_FALSE(changes[0].newValue.contains(QStringLiteral("16b-base")))
        << changes[0].newValue.toStdString();
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

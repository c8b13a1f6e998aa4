// Draft files: round trips, owner-only atomic saves, and every way a file can be wrong.
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "received/receivedfile.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace nbapply;

namespace
{

Draft sampleDraft()
{
    Draft draft(FormDefinition::builtin());
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("北京示例科技有限公司"));
    draft.setText(QStringLiteral("representative.idNumber"), QStringLiteral("11010519491231002X"));
    draft.setList(QStringLiteral("plan.models"), {QStringLiteral("16b-chat")});
    return draft;
}

QByteArray withRoot(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = sampleDraft().json();
    edit(root);
    return QJsonDocument(root).toJson();
}

QString codeOf(const QByteArray &bytes)
{
    const DraftLoadResult result = parseDraft(bytes);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.error.zh.isEmpty());
    EXPECT_FALSE(result.error.en.isEmpty());
    return result.errorCode;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST(DraftFile, SaveAndLoadRoundTripExactly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("申请.nbapply.json"));
    const Draft draft = sampleDraft();
    ASSERT_TRUE(saveDraftFile(draft, path).ok);
    const DraftLoadResult loaded = loadDraftFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    EXPECT_EQ(*loaded.draft, draft);
    EXPECT_TRUE(readFile(path).endsWith("}\n"));
}

TEST(DraftFile, SavedFilesAreOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.nbapply.json"));
    writeFile(path, "old");
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    ASSERT_TRUE(saveDraftFile(sampleDraft(), path).ok);
    EXPECT_EQ(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser)
        << "a draft holds ID numbers: group and others must not read it, even if the old file allowed it";
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
}

TEST(DraftFile, UnknownKeysSurviveALoadSaveRoundTrip)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.nbapply.json"));
    writeFile(path, withRoot([](QJsonObject &root) {
                  root[QStringLiteral("comment")] = QStringLiteral("reviewed by legal");
                  root[QStringLiteral("metadata")] =
                      QJsonObject{{QStringLiteral("reviewer"), QStringLiteral("李四")}};
                  QJsonObject applicant = root[QStringLiteral("applicant")].toObject();
                  applicant[QStringLiteral("internalRef")] = 42;
                  root[QStringLiteral("applicant")] = applicant;
              }));
    DraftLoadResult loaded = loadDraftFile(path);
    ASSERT_TRUE(loaded.ok());
    loaded.draft->setText(QStringLiteral("applicant.name"), QStringLiteral("新名称"));
    ASSERT_TRUE(saveDraftFile(*loaded.draft, path).ok);
    const QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
    EXPECT_EQ(root.value(QStringLiteral("comment")).toString(), QStringLiteral("reviewed by legal"));
    EXPECT_EQ(root.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("reviewer")).toString(),
              QStringLiteral("李四"));
    EXPECT_EQ(root.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("internalRef")).toInt(),
              42);
    EXPECT_EQ(root.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("新名称"));
}

TEST(DraftFile, MalformedInputIsAClearError)
{
    EXPECT_EQ(codeOf(QByteArray()), QStringLiteral("draft.empty"));
    EXPECT_EQ(codeOf("   \n"), QStringLiteral("draft.empty"));
    EXPECT_EQ(codeOf("[1, 2]"), QStringLiteral("draft.not-a-draft"));
    EXPECT_EQ(codeOf("{\"hello\": 1}"), QStringLiteral("draft.not-a-draft"));
    EXPECT_EQ(codeOf("\x89PNG\r\n\x1a\n"), QStringLiteral("draft.syntax"));
    EXPECT_EQ(codeOf("{\"format\": \"nbapply-draft\", \"applicant\": {\"name\": \"\xff\xfe\"}}"),
              QStringLiteral("draft.syntax"))
        << "invalid UTF-8";
    const QByteArray whole = serializeDraft(sampleDraft());
    const DraftLoadResult truncated = parseDraft(whole.left(whole.size() / 2));
    EXPECT_EQ(truncated.errorCode, QStringLiteral("draft.syntax"));
    EXPECT_TRUE(truncated.error.en.contains(QStringLiteral("line"))) << truncated.error.en.toStdString();
}

TEST(DraftFile, WronglyTypedKeysNameThePlace)
{
    const DraftLoadResult name = parseDraft(withRoot([](QJsonObject &root) {
        QJsonObject applicant = root[QStringLiteral("applicant")].toObject();
        applicant[QStringLiteral("name")] = 12;
        root[QStringLiteral("applicant")] = applicant;
    }));
    EXPECT_EQ(name.errorCode, QStringLiteral("draft.type"));
    EXPECT_TRUE(name.error.en.contains(QStringLiteral("applicant.name"))) << name.error.en.toStdString();
    EXPECT_EQ(codeOf(withRoot([](QJsonObject &root) { root[QStringLiteral("plan")] = QStringLiteral("x"); })),
              QStringLiteral("draft.type"));
    EXPECT_EQ(codeOf(withRoot([](QJsonObject &root) {
                  root[QStringLiteral("plan")] =
                      QJsonObject{{QStringLiteral("models"), QStringLiteral("16b-base")}};
              })),
              QStringLiteral("draft.type"));
    EXPECT_EQ(codeOf(withRoot([](QJsonObject &root) {
                  root[QStringLiteral("documents")] = QJsonArray{QJsonObject{{QStringLiteral("kind"), 3}}};
              })),
              QStringLiteral("draft.type"));
    EXPECT_EQ(codeOf(withRoot(
                  [](QJsonObject &root) { root[QStringLiteral("formatVersion")] = QStringLiteral("1"); })),
              QStringLiteral("draft.type"));
}

TEST(DraftFile, NewerFormatsAndOtherFormsAreRefused)
{
    const DraftLoadResult newer =
        parseDraft(withRoot([](QJsonObject &root) { root[QStringLiteral("formatVersion")] = 3; }));
    EXPECT_EQ(newer.errorCode, QStringLiteral("draft.newer-version"));
    EXPECT_TRUE(newer.error.en.contains(QStringLiteral("Update nbapply")));
    EXPECT_EQ(codeOf(withRoot([](QJsonObject &root) {
                  root[QStringLiteral("form")] = QStringLiteral("nanbeige-annex@7");
              })),
              QStringLiteral("draft.newer-form"));
    EXPECT_EQ(codeOf(withRoot(
                  [](QJsonObject &root) { root[QStringLiteral("form")] = QStringLiteral("tax-return@1"); })),
              QStringLiteral("draft.unknown-form"));
}

TEST(DraftFile, FileLevelFailures)
{
    QTemporaryDir dir;
    EXPECT_EQ(loadDraftFile(dir.filePath(QStringLiteral("missing.json"))).errorCode,
              QStringLiteral("draft.not-found"));
    EXPECT_EQ(loadDraftFile(dir.path()).errorCode, QStringLiteral("draft.not-a-file"));
    const QString big = dir.filePath(QStringLiteral("big.json"));
    {
        QFile file(big);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(kMaxDraftBytes + 10)); // sparse: no need to write megabytes
    }
    EXPECT_EQ(loadDraftFile(big).errorCode, QStringLiteral("draft.too-large"));
    const QString fakePdf = dir.filePath(QStringLiteral("fake.pdf"));
    writeFile(fakePdf, "%PDF-1.4\nthis is not really a pdf");
    EXPECT_EQ(loadDraftFile(fakePdf).errorCode, QStringLiteral("draft.pdf-damaged"));
}

TEST(DraftFile, AFailedSaveLeavesThePreviousFileUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.nbapply.json"));
    const QByteArray previous = "{\"previous\": true}";
    writeFile(path, previous);

    // Make the disk "full" for this process: writes past 64 bytes fail with EFBIG (works as root too).
    rlimit old{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = old;
    tiny.rlim_cur = 64;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const SaveResult result = saveDraftFile(sampleDraft(), path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.en.contains(QStringLiteral("unchanged"))) << result.error.en.toStdString();
    EXPECT_EQ(readFile(path), previous);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1)
        << "no temporary file left behind";
}

TEST(DraftFile, SavingIntoAMissingFolderFailsCleanly)
{
    QTemporaryDir dir;
    const SaveResult result =
        saveDraftFile(sampleDraft(), dir.filePath(QStringLiteral("no/such/folder/d.json")));
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.zh.isEmpty());
}

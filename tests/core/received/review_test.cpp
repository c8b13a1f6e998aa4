// Comments in the draft: round trip, and never in the licensor's files (signed approvals:
// tests/core/signing/approvalsignature_test.cpp).
#include "draft/draftreview.h"
#include "emlparser.h"
#include "pdftools.h"
#include "received/package.h"
#include "received/receivedfile.h"
#include "receivedtestfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace nbapply;
using namespace nbapply::test;

namespace
{

const QDateTime kMonday(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc());

TEST(Review, CommentsRepliesAndResolutionRoundTripThroughTheDraftFile)
{
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const QString id = addReviewComment(&draft, QStringLiteral("plan.duration"), QStringLiteral("李律师"),
                                        kMonday, QStringLiteral("期限请写明起止日期。"));
    EXPECT_EQ(draft.json().value(QStringLiteral("formatVersion")).toInt(), 2);
    ASSERT_TRUE(replyToReviewComment(&draft, id, QStringLiteral("张伟"), kMonday.addSecs(3600),
                                     QStringLiteral("已补充。")));
    EXPECT_FALSE(replyToReviewComment(&draft, QStringLiteral("no-such-id"), QStringLiteral("x"), kMonday,
                                      QStringLiteral("x")));
    EXPECT_EQ(codes(openCommentNotices(draft)), QStringList{QStringLiteral("review.open-comment")});
    EXPECT_EQ(openCommentNotices(draft).first().severity, Severity::Notice);
    EXPECT_EQ(openCommentNotices(draft).first().field, QStringLiteral("plan.duration"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.nbapply.json"));
    ASSERT_TRUE(saveDraftFile(draft, path).ok);
    DraftLoadResult loaded = loadDraftFile(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error.en.toStdString();
    const QList<ReviewComment> comments = reviewComments(*loaded.draft);
    ASSERT_EQ(comments.size(), 1);
    EXPECT_EQ(comments[0].id, id);
    EXPECT_EQ(comments[0].author, QStringLiteral("李律师"));
    EXPECT_EQ(comments[0].time, kMonday);
    EXPECT_EQ(comments[0].text, QStringLiteral("期限请写明起止日期。"));
    EXPECT_FALSE(comments[0].resolved);
    ASSERT_EQ(comments[0].replies.size(), 1);
    EXPECT_EQ(comments[0].replies[0].text, QStringLiteral("已补充。"));

    ASSERT_TRUE(setReviewCommentResolved(&*loaded.draft, id, true, QStringLiteral("李律师"), kMonday));
    EXPECT_TRUE(openCommentNotices(*loaded.draft).isEmpty());
}

TEST(Review, AVersionOneDraftStillOpensAndANewerOneIsRefused)
{
    const DraftLoadResult v1 = loadDraftFile(sourcePath(QStringLiteral("examples/company.nbapply.json")));
    ASSERT_TRUE(v1.ok());
    EXPECT_EQ(v1.draft->json().value(QStringLiteral("formatVersion")).toInt(), 1);
    QJsonObject root = v1.draft->json();
    root[QStringLiteral("formatVersion")] = 3;
    EXPECT_EQ(parseDraft(QJsonDocument(root).toJson()).errorCode, QStringLiteral("draft.newer-version"));
    root[QStringLiteral("formatVersion")] = 2;
    root[QStringLiteral("review")] = QJsonObject{
        {QStringLiteral("approval"), QJsonObject{{QStringLiteral("state"), QStringLiteral("maybe")}}}};
    EXPECT_EQ(parseDraft(QJsonDocument(root).toJson()).errorCode, QStringLiteral("draft.type"));
    root[QStringLiteral("review")] =
        QJsonObject{{QStringLiteral("comments"), QJsonArray{QJsonObject{{QStringLiteral("text"), 5}}}}};
    EXPECT_EQ(parseDraft(QJsonDocument(root).toJson()).errorCode, QStringLiteral("draft.type"));
}

TEST(Review, CommentsTravelInThePackageButNeverReachTheLicensor)
{
    Draft draft = exampleDraft(QStringLiteral("company.nbapply.json"));
    const QString secret = QStringLiteral("内部意见XYZZY");
    addReviewComment(&draft, QStringLiteral("plan.usage"), QStringLiteral("李律师"), kMonday, secret);

    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("p.nbapply.zip"));
    BilingualText error;
    ASSERT_TRUE(writePackage(checkedIn(draft, examplesFolder()), package, &error)) << error.en.toStdString();
    const DraftLoadResult fromPackage = loadDraftFile(package);
    ASSERT_TRUE(fromPackage.ok());
    ASSERT_EQ(reviewComments(*fromPackage.draft).size(), 1);
    EXPECT_EQ(reviewComments(*fromPackage.draft).first().text, secret);

    const QStringList received =
        receiveExport(dir.path(), {QStringLiteral(".pdf"), QStringLiteral(".eml")}, draft);
    // The embedded draft carries no review (docs/draft-format.md), the pages and the e-mail neither.
    const DraftLoadResult fromPdf = loadDraftFile(received[0]);
    ASSERT_TRUE(fromPdf.ok());
    EXPECT_FALSE(fromPdf.draft->json().contains(QStringLiteral("review")));
    EXPECT_EQ(fromPdf.draft->fingerprint(), draft.fingerprint());
    const ToolRun text = pdfToText(received[0]);
    EXPECT_FALSE(text.out.contains(secret));
    EXPECT_FALSE(text.out.contains(QStringLiteral("李律师")));
    // The e-mail as a mail client decodes it (Python's email package): letter, HTML and attachments.
    const QJsonObject report = parseEml(readAll(received[1]));
    ASSERT_FALSE(report.contains(QStringLiteral("error")));
    const QString all = QString::fromUtf8(QJsonDocument(report).toJson());
    EXPECT_FALSE(report.value(QStringLiteral("text")).toString().isEmpty());
    EXPECT_FALSE(all.contains(secret));
    EXPECT_FALSE(all.contains(QStringLiteral("李律师")));
}

} // namespace

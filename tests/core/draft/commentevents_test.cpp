// The record of a comment thread: each comment, reply, resolution and reopening says who and when, with
// the UTC offset; older drafts' comments (no events) still read, their times marked when the zone is not
// known.
#include "draft/draft.h"
#include "draft/draftfile.h"
#include "draft/draftreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace nbapply;

namespace
{

Draft emptyDraft()
{
    return Draft::fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("nbapply-draft")},
                                       {QStringLiteral("formatVersion"), 1},
                                       {QStringLiteral("form"), QStringLiteral("nanbeige-annex@1")}});
}

QJsonArray storedEvents(const Draft &draft)
{
    return draft.json()
        .value(QStringLiteral("review"))
        .toObject()
        .value(QStringLiteral("comments"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("events"))
        .toArray();
}

QString at(const QJsonArray &events, int i, const char *key)
{
    return events.at(i).toObject().value(QLatin1String(key)).toString();
}

TEST(CommentEvents, CommentReplyResolveAndReopenEachRecordWhoAndWhenWithTheOffset)
{
    const QTimeZone beijing(8 * 3600);
    const QDateTime evening(QDate(2026, 12, 7), QTime(21, 5), beijing);
    Draft draft = emptyDraft();
    const QString id = addReviewComment(&draft, QStringLiteral("plan.duration"), QStringLiteral("李律师"),
                                        evening, QStringLiteral("期限请写明起止日期。"));
    ASSERT_TRUE(replyToReviewComment(&draft, id, QStringLiteral("张伟"), evening.addSecs(60),
                                     QStringLiteral("已补充。")));
    ASSERT_TRUE(setReviewCommentResolved(&draft, id, true, QStringLiteral("李律师"), evening.addSecs(120)));
    // Resolving a resolved comment records nothing.
    ASSERT_TRUE(setReviewCommentResolved(&draft, id, true, QStringLiteral("王五"), evening.addSecs(150)));
    ASSERT_TRUE(setReviewCommentResolved(&draft, id, false, QStringLiteral("王五"), evening.addSecs(180)));
    EXPECT_FALSE(
        setReviewCommentResolved(&draft, QStringLiteral("nope"), true, QStringLiteral("x"), evening));

    const QJsonArray events = storedEvents(draft);
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(at(events, 0, "kind"), QStringLiteral("comment"));
    EXPECT_EQ(at(events, 0, "by"), QStringLiteral("李律师"));
    EXPECT_EQ(at(events, 0, "time"), QStringLiteral("2026-12-07T21:05:00.000+08:00"));
    EXPECT_EQ(at(events, 1, "kind"), QStringLiteral("reply"));
    EXPECT_EQ(at(events, 1, "by"), QStringLiteral("张伟"));
    EXPECT_EQ(at(events, 1, "time"), QStringLiteral("2026-12-07T21:06:00.000+08:00"));
    EXPECT_EQ(at(events, 2, "kind"), QStringLiteral("resolve"));
    EXPECT_EQ(at(events, 2, "by"), QStringLiteral("李律师"));
    EXPECT_EQ(at(events, 3, "kind"), QStringLiteral("reopen"));
    EXPECT_EQ(at(events, 3, "by"), QStringLiteral("王五"));
    EXPECT_EQ(at(events, 3, "time"), QStringLiteral("2026-12-07T21:08:00.000+08:00"));

    // Through a saved file, as the report and Review read them.
    const DraftLoadResult parsed = parseDraft(QJsonDocument(draft.json()).toJson());
    ASSERT_TRUE(parsed.draft.has_value()) << parsed.error.en.toStdString();
    const ReviewComment comment = reviewComments(*parsed.draft).first();
    EXPECT_FALSE(comment.resolved);
    ASSERT_EQ(comment.events.size(), 4);
    EXPECT_EQ(comment.events[0].text, QStringLiteral("期限请写明起止日期。"));
    EXPECT_EQ(comment.events[1].text, QStringLiteral("已补充。"));
    EXPECT_EQ(comment.events[1].time, evening.addSecs(60));
    EXPECT_EQ(comment.events[1].timeDisplay(), QStringLiteral("2026-12-07 21:06:00 +08:00"));
    EXPECT_EQ(comment.events[3].kind, CommentEvent::Kind::Reopen);
}

TEST(CommentEvents, ALocalTimeIsStoredWithItsOffsetNeverWithout)
{
    Draft draft = emptyDraft();
    const QString id = addReviewComment(&draft, QStringLiteral("plan.usage"), QStringLiteral("A"),
                                        QDateTime::currentDateTime(), QStringLiteral("x"));
    setReviewCommentResolved(&draft, id, true, QStringLiteral("A"), QDateTime::currentDateTime());
    for (const QJsonValue &event : storedEvents(draft)) {
        const QString time = event.toObject().value(QStringLiteral("time")).toString();
        EXPECT_TRUE(reviewTimeHasOffset(time)) << time.toStdString();
        // The same instant as the local clock's, whatever the machine's zone.
        EXPECT_LE(
            std::abs(QDateTime::fromString(time, Qt::ISODateWithMs).secsTo(QDateTime::currentDateTime())),
            60);
    }
    EXPECT_FALSE(reviewTimeHasOffset(QStringLiteral("2026-11-30T09:00:00")));
    EXPECT_TRUE(reviewTimeHasOffset(QStringLiteral("2026-11-30T09:00:00Z")));
    EXPECT_TRUE(reviewTimeHasOffset(QStringLiteral("2026-11-30T09:00:00-05:00")));
}

// A comment written by an earlier nbapply: author, time without an offset, replies, resolved.
QJsonObject olderDraftJson()
{
    const QJsonObject comment{
        {QStringLiteral("id"), QStringLiteral("c1")},
        {QStringLiteral("field"), QStringLiteral("plan.duration")},
        {QStringLiteral("author"), QStringLiteral("李律师")},
        {QStringLiteral("time"), QStringLiteral("2026-11-30T09:00:00")},
        {QStringLiteral("text"), QStringLiteral("期限？")},
        {QStringLiteral("resolved"), true},
        {QStringLiteral("replies"),
         QJsonArray{QJsonObject{{QStringLiteral("author"), QStringLiteral("张伟")},
                                {QStringLiteral("time"), QStringLiteral("2026-11-30T10:00:00Z")},
                                {QStringLiteral("text"), QStringLiteral("已补充。")}}}}};
    QJsonObject root = emptyDraft().json();
    root.insert(QStringLiteral("formatVersion"), 2);
    root.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("comments"), QJsonArray{comment}}});
    return root;
}

TEST(CommentEvents, AnOlderDraftsCommentsStillReadWithTheirEventsDerived)
{
    const DraftLoadResult parsed = parseDraft(QJsonDocument(olderDraftJson()).toJson());
    ASSERT_TRUE(parsed.draft.has_value()) << parsed.error.en.toStdString();
    Draft draft = *parsed.draft;
    ReviewComment comment = reviewComments(draft).first();
    ASSERT_EQ(comment.events.size(), 3);
    EXPECT_EQ(comment.events[0].kind, CommentEvent::Kind::Comment);
    EXPECT_EQ(comment.events[0].by, QStringLiteral("李律师"));
    EXPECT_FALSE(comment.events[0].timeZoneKnown);
    EXPECT_EQ(comment.events[0].timeDisplay(),
              QStringLiteral("2026-11-30T09:00:00（时区未知 / time zone unknown）"));
    EXPECT_TRUE(comment.events[1].timeZoneKnown);
    EXPECT_EQ(comment.events[1].timeDisplay(), QStringLiteral("2026-11-30 10:00:00 +00:00"));
    EXPECT_EQ(comment.events[2].kind, CommentEvent::Kind::Resolve);
    EXPECT_TRUE(comment.events[2].by.isEmpty()) << "an older draft did not record who resolved it";
    EXPECT_EQ(comment.events[2].timeDisplay(), QStringLiteral("未记录 / not recorded"));

    // The first new event writes the derived beginning down, then itself.
    const QDateTime later(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(8 * 3600));
    ASSERT_TRUE(setReviewCommentResolved(&draft, QStringLiteral("c1"), false, QStringLiteral("王五"), later));
    comment = reviewComments(draft).first();
    ASSERT_EQ(comment.events.size(), 4);
    EXPECT_EQ(comment.events[0].timeText, QStringLiteral("2026-11-30T09:00:00"));
    EXPECT_EQ(comment.events[1].text, QStringLiteral("已补充。"));
    EXPECT_EQ(comment.events[3].kind, CommentEvent::Kind::Reopen);
    EXPECT_EQ(comment.events[3].timeText, QStringLiteral("2026-12-07T09:00:00.000+08:00"));
}

TEST(CommentEvents, AnEventOfAnUnknownKindIsRefusedAsADraftError)
{
    QJsonObject root = olderDraftJson();
    QJsonObject review = root.value(QStringLiteral("review")).toObject();
    QJsonArray comments = review.value(QStringLiteral("comments")).toArray();
    QJsonObject comment = comments.first().toObject();
    comment.insert(QStringLiteral("events"),
                   QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("delete")}}});
    comments[0] = comment;
    review.insert(QStringLiteral("comments"), comments);
    root.insert(QStringLiteral("review"), review);
    EXPECT_EQ(parseDraft(QJsonDocument(root).toJson()).errorCode, QStringLiteral("draft.type"));
}

} // namespace

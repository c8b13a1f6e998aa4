#include "draftreview.h"

#include "draft.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <functional>

namespace nbapply
{

namespace
{

constexpr int kReviewFormatVersion = 2;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject reviewOf(const Draft &draft)
{
    return draft.json().value(key("review")).toObject();
}

// Writes `review` back, and the format version that knows it.
void setReview(Draft *draft, const QJsonObject &review)
{
    QJsonObject root = draft->json();
    root.insert(key("review"), review);
    if (root.value(key("formatVersion")).toInt() < kReviewFormatVersion)
        root.insert(key("formatVersion"), kReviewFormatVersion);
    *draft = Draft::fromJson(root);
}

QDateTime timeFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// Applies `edit` to the comment `id`; false when there is none.
bool editComment(Draft *draft, const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject review = reviewOf(*draft);
    QJsonArray comments = review.value(key("comments")).toArray();
    for (auto &&value : comments) {
        QJsonObject comment = value.toObject();
        if (comment.value(key("id")).toString() != id)
            continue;
        edit(comment);
        value = comment;
        review.insert(key("comments"), comments);
        setReview(draft, review);
        return true;
    }
    return false;
}

} // namespace

QList<ReviewComment> reviewComments(const Draft &draft)
{
    QList<ReviewComment> out;
    for (const QJsonValue &value : reviewOf(draft).value(key("comments")).toArray()) {
        const QJsonObject object = value.toObject();
        ReviewComment comment;
        comment.id = object.value(key("id")).toString();
        comment.field = object.value(key("field")).toString();
        comment.author = object.value(key("author")).toString();
        comment.time = timeFrom(object.value(key("time")));
        comment.text = object.value(key("text")).toString();
        comment.resolved = object.value(key("resolved")).toBool();
        for (const QJsonValue &reply : object.value(key("replies")).toArray()) {
            const QJsonObject r = reply.toObject();
            comment.replies.append({r.value(key("author")).toString(), timeFrom(r.value(key("time"))),
                                    r.value(key("text")).toString()});
        }
        comment.events = commentEventsOf(object);
        out.append(comment);
    }
    return out;
}

QString addReviewComment(Draft *draft, const QString &field, const QString &author, const QDateTime &time,
                         const QString &text)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject review = reviewOf(*draft);
    QJsonArray comments = review.value(key("comments")).toArray();
    comments.append(QJsonObject{
        {key("id"), id},
        {key("field"), field},
        {key("author"), author},
        {key("time"), reviewTimeText(time)},
        {key("text"), text},
        {key("resolved"), false},
        {key("replies"), QJsonArray{}},
        {key("events"), QJsonArray{commentEventJson(CommentEvent::Kind::Comment, author, time)}}});
    review.insert(key("comments"), comments);
    setReview(draft, review);
    return id;
}

bool replyToReviewComment(Draft *draft, const QString &id, const QString &author, const QDateTime &time,
                          const QString &text)
{
    return editComment(draft, id, [&](QJsonObject &comment) {
        QJsonArray events = storedCommentEvents(comment);
        QJsonArray replies = comment.value(key("replies")).toArray();
        replies.append(
            QJsonObject{{key("author"), author}, {key("time"), reviewTimeText(time)}, {key("text"), text}});
        comment.insert(key("replies"), replies);
        events.append(commentEventJson(CommentEvent::Kind::Reply, author, time));
        comment.insert(key("events"), events);
    });
}

bool setReviewCommentResolved(Draft *draft, const QString &id, bool resolved, const QString &by,
                              const QDateTime &time)
{
    return editComment(draft, id, [&](QJsonObject &comment) {
        if (comment.value(key("resolved")).toBool() == resolved)
            return;
        QJsonArray events = storedCommentEvents(comment);
        events.append(
            commentEventJson(resolved ? CommentEvent::Kind::Resolve : CommentEvent::Kind::Reopen, by, time));
        comment.insert(key("events"), events);
        comment.insert(key("resolved"), resolved);
    });
}

Problems openCommentNotices(const Draft &draft)
{
    Problems problems;
    for (const ReviewComment &comment : reviewComments(draft)) {
        if (comment.resolved)
            continue;
        problems.append(
            {Severity::Notice,
             QStringLiteral("review.open-comment"),
             comment.field,
             {QStringLiteral("%1 的审阅意见尚未解决：%2").arg(comment.author, comment.text),
              QStringLiteral("Open review comment by %1: %2").arg(comment.author, comment.text)}});
    }
    return problems;
}

} // namespace nbapply

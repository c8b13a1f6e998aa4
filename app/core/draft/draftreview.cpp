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

QString timeText(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
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

std::optional<Approval> reviewApproval(const Draft &draft)
{
    const QJsonValue value = reviewOf(draft).value(key("approval"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Approval approval;
    approval.state = object.value(key("state")).toString() == u"approved" ? ApprovalState::Approved
                                                                          : ApprovalState::ChangesRequested;
    approval.by = object.value(key("by")).toString();
    approval.time = timeFrom(object.value(key("time")));
    approval.fingerprint = object.value(key("fingerprint")).toString();
    return approval;
}

void recordApproval(Draft *draft, ApprovalState state, const QString &by, const QDateTime &time)
{
    QJsonObject review = reviewOf(*draft);
    review.insert(key("approval"),
                  QJsonObject{{key("state"),
                               state == ApprovalState::Approved ? key("approved") : key("changes-requested")},
                              {key("by"), by},
                              {key("time"), timeText(time)},
                              // The review is not part of the fingerprint, so recording it keeps it.
                              {key("fingerprint"), draft->fingerprint()}});
    setReview(draft, review);
}

ApprovalStatus approvalStatus(const Draft &draft)
{
    const std::optional<Approval> approval = reviewApproval(draft);
    if (!approval)
        return ApprovalStatus::NotReviewed;
    if (approval->fingerprint != draft.fingerprint())
        return ApprovalStatus::Stale;
    return approval->state == ApprovalState::Approved ? ApprovalStatus::Approved
                                                      : ApprovalStatus::ChangesRequested;
}

BilingualText approvalSummary(const Draft &draft)
{
    const std::optional<Approval> approval = reviewApproval(draft);
    if (!approval)
        return {QStringLiteral("尚未审阅"), QStringLiteral("Not reviewed")};
    const QString date = approval->time.isValid() ? approval->time.toString(QStringLiteral("yyyy-MM-dd"))
                                                  : QStringLiteral("?");
    switch (approvalStatus(draft)) {
    case ApprovalStatus::Approved:
        return {QStringLiteral("已由 %1 于 %2 批准发送").arg(approval->by, date),
                QStringLiteral("Approved for sending by %1 on %2").arg(approval->by, date)};
    case ApprovalStatus::ChangesRequested:
        return {QStringLiteral("%1 于 %2 要求修改").arg(approval->by, date),
                QStringLiteral("Changes requested by %1 on %2").arg(approval->by, date)};
    case ApprovalStatus::Stale:
        return {QStringLiteral("批准已过期：%1 于 %2 审阅后申请又有改动，请重新审阅").arg(approval->by, date),
                QStringLiteral("Approval out of date: the application changed after %1 reviewed it on %2; "
                               "have it reviewed again")
                    .arg(approval->by, date)};
    case ApprovalStatus::NotReviewed:
        break;
    }
    return {QStringLiteral("尚未审阅"), QStringLiteral("Not reviewed")};
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

#pragma once

#include "common/problem.h"
#include "reviewevents.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nbapply
{

class Draft;

// Reviewers' comments, kept in the draft under "review" (format version 2,
// docs/draft-format.md). They travel in the draft and the package but are not part of the
// application: they do not change its fingerprint and never reach the licensor's PDF or e-mail
// (Draft::portableCopy(false) leaves them out). The approval, kept there too, is a signature:
// signing/approvalsignature.h.

struct CommentReply {
    QString author;
    QDateTime time;
    QString text;
};

struct ReviewComment {
    QString id;    // unique within the draft
    QString field; // the field path ("plan.duration") or "documents.<kind>"
    QString author;
    QDateTime time;
    QString text;
    bool resolved = false;
    QList<CommentReply> replies;
    // Who commented, replied, resolved and reopened it, and when, in order (reviewevents.h).
    QList<CommentEvent> events;
};

QList<ReviewComment> reviewComments(const Draft &draft);
// Adds a comment and returns its id. Makes the draft format version 2. Each change of a comment below
// records its event (who, and when with the UTC offset: reviewTimeText).
QString addReviewComment(Draft *draft, const QString &field, const QString &author, const QDateTime &time,
                         const QString &text);
// False when no comment has `id`.
bool replyToReviewComment(Draft *draft, const QString &id, const QString &author, const QDateTime &time,
                          const QString &text);
// Records a "resolve" or "reopen" event by `by` at `time`; nothing when the comment is in that state already.
bool setReviewCommentResolved(Draft *draft, const QString &id, bool resolved, const QString &by,
                              const QDateTime &time);

// One notice ("review.open-comment") per comment that is not resolved, on the comment's field.
Problems openCommentNotices(const Draft &draft);

} // namespace nbapply

#pragma once

#include "common/bilingualtext.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QJsonArray;
class QJsonObject;

namespace nbapply
{

// The record of a comment thread: who commented, replied, resolved and reopened it, and when. Stored in
// the draft as the comment's "events" (docs/draft-format.md); read from older drafts by deriving them from
// the comment's author and time and its replies.
struct CommentEvent {
    enum class Kind { Comment, Reply, Resolve, Reopen };
    Kind kind = Kind::Comment;
    QString by;       // empty when not recorded (an older draft's resolution)
    QDateTime time;   // invalid when not recorded or unreadable
    QString timeText; // as stored: ISO 8601 with its UTC offset, or an older draft's local time
    QString text;     // the comment's or the reply's text; empty for resolve and reopen
    // False for an older draft's time written without an offset ("2026-11-30T09:00:00"): which clock it
    // was read from is not known, so it is shown as written with "时区未知 / time zone unknown".
    bool timeZoneKnown = true;
    bool derived = false; // reconstructed from an older draft, not recorded as it happened

    QString kindName() const; // "comment", "reply", "resolve", "reopen"
    BilingualText kindLabel() const;
    // "2026-12-07 21:05:00 +08:00"; an older draft's time as written, then "（时区未知 / time zone
    // unknown）"; "未记录 / not recorded" without a time.
    QString timeDisplay() const;
};

// `time` as stored: ISO 8601 with milliseconds and the UTC offset of the time (the machine's local offset
// for a local time), never a local time without one. Empty for an invalid time.
QString reviewTimeText(const QDateTime &time);
// True when `text` ends in "Z" or "±HH:MM" (an ISO 8601 time with its offset).
bool reviewTimeHasOffset(const QString &text);

// The events of one stored comment object: its "events" when present (each reply event taking the next
// reply's text), otherwise derived from "author"/"time", "replies" and "resolved".
QList<CommentEvent> commentEventsOf(const QJsonObject &comment);
// `event` as stored in "events": kind, by, time (the text stays in the comment and its replies).
QJsonObject commentEventJson(CommentEvent::Kind kind, const QString &by, const QDateTime &time);
// The comment's "events", the derived ones first written down when an older comment gets its first new
// event, so that the record keeps its beginning.
QJsonArray storedCommentEvents(const QJsonObject &comment);

} // namespace nbapply

#include "reviewevents.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace nbapply
{

namespace
{

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const char *const kKindNames[] = {"comment", "reply", "resolve", "reopen"};

CommentEvent::Kind kindFrom(const QString &name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kKindNames[i]))
            return static_cast<CommentEvent::Kind>(i);
    return CommentEvent::Kind::Comment;
}

CommentEvent eventAt(CommentEvent::Kind kind, const QString &by, const QString &timeText, const QString &text,
                     bool derived)
{
    CommentEvent event;
    event.kind = kind;
    event.by = by;
    event.timeText = timeText;
    event.time = QDateTime::fromString(timeText, Qt::ISODateWithMs);
    event.timeZoneKnown = timeText.isEmpty() || reviewTimeHasOffset(timeText);
    event.text = text;
    event.derived = derived;
    return event;
}

QList<CommentEvent> derivedEvents(const QJsonObject &comment)
{
    QList<CommentEvent> events;
    events << eventAt(CommentEvent::Kind::Comment, comment.value(key("author")).toString(),
                      comment.value(key("time")).toString(), comment.value(key("text")).toString(), true);
    for (const QJsonValue &value : comment.value(key("replies")).toArray()) {
        const QJsonObject reply = value.toObject();
        events << eventAt(CommentEvent::Kind::Reply, reply.value(key("author")).toString(),
                          reply.value(key("time")).toString(), reply.value(key("text")).toString(), true);
    }
    // An older draft kept only that the comment is resolved: not who did it, nor when.
    if (comment.value(key("resolved")).toBool())
        events << eventAt(CommentEvent::Kind::Resolve, QString(), QString(), QString(), true);
    return events;
}

} // namespace

QString CommentEvent::kindName() const
{
    return QLatin1String(kKindNames[static_cast<int>(kind)]);
}

BilingualText CommentEvent::kindLabel() const
{
    switch (kind) {
    case Kind::Comment:
        return {QStringLiteral("批注"), QStringLiteral("commented")};
    case Kind::Reply:
        return {QStringLiteral("回复"), QStringLiteral("replied")};
    case Kind::Resolve:
        return {QStringLiteral("标为已解决"), QStringLiteral("resolved")};
    case Kind::Reopen:
        return {QStringLiteral("重新打开"), QStringLiteral("reopened")};
    }
    return {};
}

QString CommentEvent::timeDisplay() const
{
    if (timeText.isEmpty())
        return QStringLiteral("未记录 / not recorded");
    if (!timeZoneKnown || !time.isValid())
        return timeText + QStringLiteral("（时区未知 / time zone unknown）");
    // The offset it was recorded with, so two reviewers in different zones read the same instant.
    const QDateTime shown = time.toOffsetFromUtc(time.offsetFromUtc());
    const int offset = shown.offsetFromUtc();
    const QChar sign = offset < 0 ? u'-' : u'+';
    const int minutes = std::abs(offset) / 60;
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + sign +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString reviewTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // A local time is written with the offset it had then; Qt::ISODate writes none for a local time.
    const int offset = time.offsetFromUtc();
    QString text = time.toOffsetFromUtc(offset).toString(Qt::ISODateWithMs);
    if (!reviewTimeHasOffset(text)) // defensive: never store a time without its offset
        text = time.toUTC().toString(Qt::ISODateWithMs);
    return text;
}

bool reviewTimeHasOffset(const QString &text)
{
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    // The date's own "-" (2026-11-30) is not an offset: only a time part can carry one.
    const qsizetype t = text.indexOf(u'T');
    return t > 0 && offset.match(text.mid(t)).hasMatch();
}

QList<CommentEvent> commentEventsOf(const QJsonObject &comment)
{
    const QJsonValue stored = comment.value(key("events"));
    if (!stored.isArray())
        return derivedEvents(comment);
    const QJsonArray replies = comment.value(key("replies")).toArray();
    QList<CommentEvent> events;
    qsizetype reply = 0;
    for (const QJsonValue &value : stored.toArray()) {
        const QJsonObject object = value.toObject();
        const CommentEvent::Kind kind = kindFrom(object.value(key("kind")).toString());
        QString text;
        if (kind == CommentEvent::Kind::Comment)
            text = comment.value(key("text")).toString();
        else if (kind == CommentEvent::Kind::Reply && reply < replies.size())
            text = replies.at(reply++).toObject().value(key("text")).toString();
        events << eventAt(kind, object.value(key("by")).toString(), object.value(key("time")).toString(),
                          text, false);
    }
    // Replies an older nbapply added after the events began: shown, from what the reply says.
    for (; reply < replies.size(); ++reply) {
        const QJsonObject r = replies.at(reply).toObject();
        events << eventAt(CommentEvent::Kind::Reply, r.value(key("author")).toString(),
                          r.value(key("time")).toString(), r.value(key("text")).toString(), true);
    }
    return events;
}

QJsonObject commentEventJson(CommentEvent::Kind kind, const QString &by, const QDateTime &time)
{
    return QJsonObject{{key("kind"), QLatin1String(kKindNames[static_cast<int>(kind)])},
                       {key("by"), by},
                       {key("time"), reviewTimeText(time)}};
}

QJsonArray storedCommentEvents(const QJsonObject &comment)
{
    if (comment.value(key("events")).isArray())
        return comment.value(key("events")).toArray();
    QJsonArray events;
    for (const CommentEvent &event : derivedEvents(comment)) {
        QJsonObject object{
            {key("kind"), event.kindName()}, {key("by"), event.by}, {key("time"), event.timeText}};
        events.append(object);
    }
    return events;
}

} // namespace nbapply

#include "commentshtml.h"

#include "draft/draftreview.h"
#include "form/formdefinition.h"
#include "reviewhtml.h"

#include <QLocale>
#include <QUrl>

namespace nbapply
{

namespace
{

QString escaped(const QString &text)
{
    return QStringLiteral("<bdi>") + text.left(kReviewValueLimit).toHtmlEscaped() + QStringLiteral("</bdi>");
}

QString when(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The field's label in one language, as plain text (for the action links' accessible names).
QString plainFieldLabel(const FormDefinition &form, const QString &field, Language language)
{
    if (const FieldDefinition *definition = form.field(field))
        return definition->label.in(language);
    const QString prefix = QStringLiteral("documents.");
    if (field.startsWith(prefix))
        if (const DocumentKind *kind = form.documentKind(field.mid(prefix.size())))
            return kind->label.in(language);
    return field;
}

QString actionsHtml(const FormDefinition &form, const ReviewComment &comment, Language uiLanguage)
{
    const bool zh = uiLanguage == Language::Chinese;
    const QString author = comment.author.left(kReviewValueLimit);
    const QString field = plainFieldLabel(form, comment.field, uiLanguage);
    const QString reply = zh ? QStringLiteral("回复%1对“%2”的批注").arg(author, field)
                             : QStringLiteral("Reply to %1’s comment on %2").arg(author, field);
    const CommentAction toggle = comment.resolved ? CommentAction::Reopen : CommentAction::Resolve;
    const QString toggleName = comment.resolved
                                   ? (zh ? QStringLiteral("重新打开%1对“%2”的批注").arg(author, field)
                                         : QStringLiteral("Reopen %1’s comment on %2").arg(author, field))
                                   : (zh ? QStringLiteral("将%1对“%2”的批注标为已解决").arg(author, field)
                                         : QStringLiteral("Resolve %1’s comment on %2").arg(author, field));
    return QStringLiteral("<p class=\"comment-actions\"><a class=\"comment-reply\" href=\"%1\" "
                          "aria-label=\"%2\">%3</a> · <a class=\"comment-%4\" href=\"%5\" "
                          "aria-label=\"%6\">%7</a></p>")
        .arg(commentActionLink(CommentAction::Reply, comment.id).toHtmlEscaped(), reply.toHtmlEscaped(),
             zh ? QStringLiteral("回复") : QStringLiteral("Reply"),
             comment.resolved ? QStringLiteral("reopen") : QStringLiteral("resolve"),
             commentActionLink(toggle, comment.id).toHtmlEscaped(), toggleName.toHtmlEscaped(),
             comment.resolved ? (zh ? QStringLiteral("重新打开") : QStringLiteral("Reopen"))
                              : (zh ? QStringLiteral("标为已解决") : QStringLiteral("Resolve")));
}

} // namespace

QString commentActionLink(CommentAction action, const QString &commentId)
{
    const char *verb = action == CommentAction::Reply     ? "reply"
                       : action == CommentAction::Resolve ? "resolve"
                                                          : "reopen";
    return commentActionScheme() + u':' + QLatin1String(verb) + QStringLiteral("?id=") +
           QString::fromLatin1(QUrl::toPercentEncoding(commentId));
}

QString commentFieldLabelHtml(const FormDefinition &form, const QString &field)
{
    const BilingualText *label = nullptr;
    if (const FieldDefinition *definition = form.field(field))
        label = &definition->label;
    const QString prefix = QStringLiteral("documents.");
    if (!label && field.startsWith(prefix))
        if (const DocumentKind *kind = form.documentKind(field.mid(prefix.size())))
            label = &kind->label;
    if (!label)
        return escaped(field);
    return QStringLiteral("<span lang=\"zh-CN\">%1</span> / <span lang=\"en\">%2</span>")
        .arg(label->zh.toHtmlEscaped(), label->en.toHtmlEscaped());
}

QString commentItemHtml(const FormDefinition &form, const ReviewComment &comment, Language uiLanguage,
                        bool withActions)
{
    const bool zh = uiLanguage == Language::Chinese;
    const QString state = comment.resolved ? (zh ? QStringLiteral("已解决") : QStringLiteral("Resolved"))
                                           : (zh ? QStringLiteral("未解决") : QStringLiteral("Open"));
    // The thread's record: the comment's own time, then each reply, resolution and reopening with who
    // and when (with the UTC offset; an older draft's time without one is marked).
    const QString commented =
        comment.events.isEmpty() ? when(comment.time) : comment.events.first().timeDisplay();
    QString html =
        QStringLiteral("<li class=\"comment %1\"><a href=\"%2\">%3</a> · <strong>%4</strong> · %5 · "
                       "%6<p>%7</p>")
            .arg(comment.resolved ? QStringLiteral("resolved") : QStringLiteral("open"),
                 reviewEditLink(comment.field).toHtmlEscaped(), commentFieldLabelHtml(form, comment.field),
                 state, escaped(comment.author), commented.toHtmlEscaped(), escaped(comment.text));
    if (comment.events.size() > 1) {
        html += QStringLiteral("<ul class=\"replies\">");
        for (qsizetype i = 1; i < comment.events.size(); ++i) {
            const CommentEvent &event = comment.events.at(i);
            if (event.kind == CommentEvent::Kind::Reply) {
                html += QStringLiteral("<li>%1 · %2<p>%3</p></li>")
                            .arg(escaped(event.by), event.timeDisplay().toHtmlEscaped(), escaped(event.text));
                continue;
            }
            const QString by = event.by.isEmpty()
                                   ? (zh ? QStringLiteral("未记录") : QStringLiteral("not recorded"))
                                   : event.by;
            html += QStringLiteral("<li class=\"event %1\">%2 · %3 · %4</li>")
                        .arg(event.kindName(), event.kindLabel().in(uiLanguage).toHtmlEscaped(), escaped(by),
                             event.timeDisplay().toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (withActions)
        html += actionsHtml(form, comment, uiLanguage);
    return html + QStringLiteral("</li>\n");
}

QString renderCommentsHtml(const FormDefinition &form, const Draft &draft, Language uiLanguage)
{
    QList<ReviewComment> comments = reviewComments(draft);
    if (comments.isEmpty())
        return {};
    std::stable_sort(comments.begin(), comments.end(), [](const ReviewComment &a, const ReviewComment &b) {
        return !a.resolved && b.resolved;
    });
    // The actions are for the screen; a printed review shows the comments only.
    QString html =
        QStringLiteral("<section id=\"comments\"><style>@media print{.comment-actions{display:none}}"
                       "</style><h2><span lang=\"zh-CN\">批注</span> / "
                       "<span lang=\"en\">Comments</span></h2><ul>\n");
    for (const ReviewComment &comment : comments)
        html += commentItemHtml(form, comment, uiLanguage, true);
    return html + QStringLiteral("</ul></section>\n");
}

} // namespace nbapply

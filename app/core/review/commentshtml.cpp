#include "commentshtml.h"

#include "draft/draftreview.h"
#include "form/formdefinition.h"
#include "reviewhtml.h"

#include <QLocale>

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

} // namespace

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

QString commentItemHtml(const FormDefinition &form, const ReviewComment &comment, Language uiLanguage)
{
    const bool zh = uiLanguage == Language::Chinese;
    const QString state = comment.resolved ? (zh ? QStringLiteral("已解决") : QStringLiteral("Resolved"))
                                           : (zh ? QStringLiteral("未解决") : QStringLiteral("Open"));
    QString html =
        QStringLiteral("<li class=\"comment %1\"><a href=\"%2\">%3</a> · <strong>%4</strong> · %5 · "
                       "%6<p>%7</p>")
            .arg(comment.resolved ? QStringLiteral("resolved") : QStringLiteral("open"),
                 reviewEditLink(comment.field).toHtmlEscaped(), commentFieldLabelHtml(form, comment.field),
                 state, escaped(comment.author), when(comment.time), escaped(comment.text));
    if (!comment.replies.isEmpty()) {
        html += QStringLiteral("<ul class=\"replies\">");
        for (const CommentReply &reply : comment.replies)
            html += QStringLiteral("<li>%1 · %2<p>%3</p></li>")
                        .arg(escaped(reply.author), when(reply.time), escaped(reply.text));
        html += QStringLiteral("</ul>");
    }
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
    QString html = QStringLiteral("<section id=\"comments\"><h2><span lang=\"zh-CN\">批注</span> / "
                                  "<span lang=\"en\">Comments</span></h2><ul>\n");
    for (const ReviewComment &comment : comments)
        html += commentItemHtml(form, comment, uiLanguage);
    return html + QStringLiteral("</ul></section>\n");
}

} // namespace nbapply

#include "comparehtml.h"

#include "commentshtml.h"
#include "compare/applicationdiff.h"
#include "compare/textdiff.h"
#include "draft/draftfile.h"
#include "draft/draftreview.h"
#include "form/formdefinition.h"
#include "reviewhtml.h"
#include "reviewstyle.h"

#include <QSet>

namespace nbapply
{

namespace
{

// Strike-through, underline and colour are not read by a screen reader (QtWebEngine 6.4 exposes <del>
// and <ins> as unnamed panels): each change is bracketed by its kind in words, "[Removed: 三]",
// "【新增：五】", in text that is read but neither drawn nor printed (.sr-only), so that where a change
// ends inside a value is heard too.
QString redline(const QString &before, const QString &after, Language language)
{
    const bool zh = language == Language::Chinese;
    const QString close = QStringLiteral("<span class=\"sr-only\">%1</span>")
                              .arg(zh ? QStringLiteral("】") : QStringLiteral("] "));
    const QString removed = QStringLiteral("<del><span class=\"sr-only\">%1</span>")
                                .arg(zh ? QStringLiteral("【删除：") : QStringLiteral(" [Removed: "));
    const QString added = QStringLiteral("<ins><span class=\"sr-only\">%1</span>")
                              .arg(zh ? QStringLiteral("【新增：") : QStringLiteral(" [Added: "));
    QString html;
    for (const TextDiffSegment &segment :
         diffText(before.left(kReviewValueLimit), after.left(kReviewValueLimit))) {
        const QString text = segment.text.toHtmlEscaped();
        switch (segment.kind) {
        case TextDiffSegment::Same:
            html += text;
            break;
        case TextDiffSegment::Deleted:
            html += removed + text + close + QStringLiteral("</del>");
            break;
        case TextDiffSegment::Inserted:
            html += added + text + close + QStringLiteral("</ins>");
            break;
        }
    }
    return QStringLiteral("<bdi>") + html + QStringLiteral("</bdi>");
}

// Strike-through and underline carry the meaning in monochrome print; the colours only help.
const char *const kCompareStyle =
    "del{text-decoration:line-through;background:#fde2e2;color:#8a1010}"
    "ins{text-decoration:underline;background:#dcf5dc;color:#0d5d0d}"
    "table.redline{border-collapse:collapse;width:100%}"
    "table.redline th,table.redline td{border:1px solid #999;padding:.3em;vertical-align:top;text-align:left}"
    "table.redline ul{margin:0;padding-left:1em}";

} // namespace

QString renderCompareHtml(const FormDefinition &form, const DraftLoadResult &before,
                          const QString &beforeName, const DraftLoadResult &after, const QString &afterName,
                          Language uiLanguage)
{
    const bool zh = uiLanguage == Language::Chinese;
    // Both versions checked as `validate` checks them: their documents through the confined reader.
    const ApplicationDiff diff = diffLoadedApplications(form, before, after, uiLanguage);
    const QList<FieldChange> &changes = diff.changes;
    // Comments of both versions, each once (a comment keeps its id across versions).
    QList<ReviewComment> comments;
    QSet<QString> seen;
    for (const DraftLoadResult *side : {&after, &before})
        if (side->draft)
            for (const ReviewComment &comment : reviewComments(*side->draft))
                if (!seen.contains(comment.id)) {
                    seen.insert(comment.id);
                    comments << comment;
                }

    QString html =
        QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                       "<style>%3%4</style></head><body>\n")
            .arg(zh ? QStringLiteral("zh-CN") : QStringLiteral("en"),
                 zh ? QStringLiteral("对比") : QStringLiteral("Comparison"), review::reviewStyleSheet(),
                 QLatin1String(kCompareStyle));
    html += QStringLiteral(
        "<h1><span lang=\"zh-CN\">版本对比</span> / <span lang=\"en\">Comparison</span></h1>\n");
    html += QStringLiteral("<p id=\"compare-files\">%1 <bdi>%2</bdi> → %3 <bdi>%4</bdi></p>\n")
                .arg(zh ? QStringLiteral("旧版本：") : QStringLiteral("Before:"), beforeName.toHtmlEscaped(),
                     zh ? QStringLiteral("新版本：") : QStringLiteral("After:"), afterName.toHtmlEscaped());
    if (!diff.ok()) {
        // A document the confined reader refused: nothing is compared and nothing of that file is shown.
        const Problem &refused = *diff.refused;
        html += QStringLiteral("<p id=\"compare-refused\" role=\"alert\">%1 <code>%2</code></p>\n")
                    .arg((zh ? QStringLiteral("无法对比：") + refused.message.zh
                             : QStringLiteral("The versions cannot be compared: ") + refused.message.en)
                             .toHtmlEscaped(),
                         refused.code.toHtmlEscaped());
    } else if (changes.isEmpty()) {
        html += QStringLiteral("<p id=\"no-changes\">%1</p>\n")
                    .arg(zh ? QStringLiteral("两个版本的内容相同。")
                            : QStringLiteral("The two versions are the same."));
    } else {
        // The table is named by its heading and has column and row headers, so a screen reader says
        // which field and which column it is in.
        html += QStringLiteral("<h2 id=\"changes-title\">%1</h2>\n")
                    .arg(zh ? QStringLiteral("有改动的栏目（%1 个）").arg(changes.size())
                            : QStringLiteral("Changed fields (%1)").arg(changes.size()));
        html += QStringLiteral("<table class=\"redline\" aria-labelledby=\"changes-title\"><thead><tr>"
                               "<th scope=\"col\">%1</th><th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                               "</tr></thead><tbody>\n")
                    .arg(zh ? QStringLiteral("字段") : QStringLiteral("Field"),
                         zh ? QStringLiteral("修改（删除／插入）")
                            : QStringLiteral("Change (deleted / inserted)"),
                         zh ? QStringLiteral("批注") : QStringLiteral("Comments"));
    }
    QSet<QString> changedFields;
    for (const FieldChange &change : changes) {
        changedFields.insert(change.field);
        QString alongside;
        for (const ReviewComment &comment : std::as_const(comments))
            if (comment.field == change.field)
                alongside += commentItemHtml(form, comment, uiLanguage);
        html += QStringLiteral("<tr data-field=\"%1\"><th scope=\"row\">%2</th><td "
                               "class=\"change\">%3</td><td>%4</td></tr>\n")
                    .arg(change.field.toHtmlEscaped(), commentFieldLabelHtml(form, change.field),
                         // Values as the PDF prints them: a choice as its labels, never its code.
                         redline(change.oldValue, change.newValue, uiLanguage),
                         alongside.isEmpty() ? QString()
                                             : QStringLiteral("<ul>") + alongside + QStringLiteral("</ul>"));
    }
    if (!changes.isEmpty())
        html += QStringLiteral("</tbody></table>\n");
    QString others;
    for (const ReviewComment &comment : std::as_const(comments))
        if (!changedFields.contains(comment.field))
            others += commentItemHtml(form, comment, uiLanguage);
    if (!others.isEmpty())
        html += QStringLiteral("<section id=\"other-comments\"><h2>%1</h2><ul>%2</ul></section>\n")
                    .arg(zh ? QStringLiteral("其他字段的批注")
                            : QStringLiteral("Comments on fields that did not change"),
                         others);
    return html + QStringLiteral("</body></html>\n");
}

} // namespace nbapply

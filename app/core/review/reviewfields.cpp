#include "reviewfields.h"

#include "application/checkedapplication.h"
#include "application/displaytext.h"
#include "form/formdefinition.h"
#include "reviewhtml.h"
#include "reviewstyle.h"
#include "reviewtext.h"

#include <algorithm>

namespace nbapply::review
{

QString problemKindWord(const Problem &problem, Language language)
{
    switch (problem.severity) {
    case Severity::Error:
        return pick(language, "错误", "Error");
    case Severity::Warning:
        return pick(language, "警告", "Warning");
    case Severity::Notice:
        break;
    }
    return pick(language, "说明", "Note"); // informs only: not counted as something to check
}

QString problemBlock(const Problem &problem, Language language)
{
    return QStringLiteral("<div class=\"problem %1\">%2<span><span class=\"kind\">%3%4</span>%5</span></div>")
        .arg(severityName(problem.severity),
             problem.isError() ? review::errorIconSvg() : review::warningIconSvg(),
             problemKindWord(problem, language), pick(language, "：", ": "),
             escapeText(problem.message.in(language)));
}

QString problemBlocks(const QList<const Problem *> &problems, Language language)
{
    QString html;
    for (const Problem *problem : problems)
        html += problemBlock(*problem, language);
    return html;
}

QString rowClass(const QList<const Problem *> &problems)
{
    bool warning = false;
    for (const Problem *problem : problems) {
        if (problem->isError())
            return QStringLiteral(" class=\"has-error\"");
        warning = true;
    }
    return warning ? QStringLiteral(" class=\"has-warning\"") : QString();
}

// The label cell of a row: the Chinese and English labels as one link back to the editor.
QString labelCell(const QString &path, const BilingualText &label, Language language)
{
    return QStringLiteral("<th scope=\"row\"><a class=\"field-link\" href=\"%1\">%2"
                          "<span class=\"edit-hint\">%3</span></a></th>")
        .arg(reviewEditLink(path).toHtmlEscaped(), zhEn(label), pick(language, "修改", "Edit"));
}

// A field table's opening: named by its section heading, with column headers a screen reader announces
// when moving across a row (the column headers are not drawn: the rows' label cells say it on screen).
QString fieldsTableStart(const QString &headingId, Language language)
{
    return QStringLiteral("<table class=\"fields\" aria-labelledby=\"%1\"><thead class=\"sr-only\"><tr>"
                          "<th scope=\"col\">%2</th><th scope=\"col\">%3</th></tr></thead><tbody>")
        .arg(headingId, pick(language, "栏目", "Item"), pick(language, "填写内容", "Entry"));
}

namespace
{

// The box glyph is hidden from screen readers (they read ☑ and ☐ alike, or not at all); the state is
// said in words instead, in a span that is read but not drawn, so "Legal person" and "Natural person"
// are told apart by ear as they are by eye.
QString choiceItem(bool chosen, const QString &labelHtml, Language language)
{
    const QString state =
        chosen ? pick(language, "已选：", "Chosen: ") : pick(language, "未选：", "Not chosen: ");
    return QStringLiteral("<li class=\"%1\"><span class=\"box\" aria-hidden=\"true\">%2</span>"
                          "<span class=\"sr-only\">%3</span>%4</li>")
        .arg(chosen ? QStringLiteral("chosen") : QStringLiteral("unchosen"),
             chosen ? QStringLiteral("☑") : QStringLiteral("☐"), state, labelHtml);
}

QString choiceLabelHtml(const BilingualText &label)
{
    if (label.zh == label.en)
        return QStringLiteral("<span class=\"zh\">%1</span>").arg(escapeText(label.zh));
    return zhEn(label);
}

// Short closed lists are shown like the annex prints them, every choice with a box; long or open
// lists (industries, enterprise types) only show the chosen one.
QString choiceValue(const FieldDefinition &field, const QStringList &chosen, const QString &kind,
                    Language language)
{
    const QList<Choice> choices = field.choicesFor(kind);
    QString html;
    if (!field.prefix.isEmpty())
        html += QStringLiteral("<div class=\"prefix\">%1</div>").arg(zhEn(field.prefix));
    const bool showAll = !field.freeText && !choices.isEmpty() && choices.size() <= 6;
    if (!showAll) {
        if (chosen.isEmpty())
            return html + notFilledIn(language);
        for (const QString &value : chosen) {
            const BilingualText label = field.choiceLabel(value, kind);
            html += QStringLiteral("<div>%1</div>")
                        .arg(label.zh == value && label.en == value ? userValue(value, language)
                                                                    : choiceLabelHtml(label));
        }
        return html;
    }
    html += QStringLiteral("<ul class=\"choices\">");
    for (const Choice &choice : choices)
        html += choiceItem(chosen.contains(choice.value), choiceLabelHtml(choice.label), language);
    // A value the list does not know (an edited file): shown as it is, the validator reports it.
    for (const QString &value : chosen) {
        const bool known = std::any_of(choices.cbegin(), choices.cend(),
                                       [&value](const Choice &c) { return c.value == value; });
        if (!known)
            html += choiceItem(true, userValue(value, language), language);
    }
    html += QStringLiteral("</ul>");
    if (chosen.isEmpty())
        html += notFilledIn(language);
    return html;
}

QString unverifiedHtml(const CheckedField &field)
{
    if (!field.isUnverified())
        return QString();
    return QStringLiteral(" <span class=\"mark unverified\">【%1】</span>")
        .arg(escapeText(unverifiedMark().zh + QStringLiteral(" / ") + unverifiedMark().en));
}

} // namespace

// A value as the checked application shows it (the PDF's text); choices as the annex's boxes.
QString fieldValue(const CheckedField &field, const QString &kind, Language language)
{
    const FieldDefinition &definition = *field.definition;
    switch (definition.type) {
    case FieldType::Choice:
        return choiceValue(definition, field.value.isEmpty() ? QStringList() : QStringList{field.value}, kind,
                           language);
    case FieldType::MultiChoice:
        return choiceValue(definition, field.values, kind, language);
    case FieldType::Country:
        if (field.value.isEmpty())
            return notFilledIn(language);
        // The name in both languages, as the PDF prints it; the ISO code is the draft's, not the reader's.
        if (field.display.zh != field.value)
            return zhEn(field.display);
        return userValue(field.value, language);
    default:
        return field.isEmpty() ? notFilledIn(language)
                               : userValue(bilingualLine(field.display), language) + unverifiedHtml(field);
    }
}

} // namespace nbapply::review

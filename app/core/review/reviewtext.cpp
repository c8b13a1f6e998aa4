#include "reviewtext.h"

#include "reviewhtml.h"

namespace nbapply::review
{

QString pick(Language language, const char *zh, const char *en)
{
    return QString::fromUtf8(language == Language::Chinese ? zh : en);
}

// Text from a draft or the form, safe to put between tags or inside a double-quoted attribute: line
// breaks unified to LF, characters that have no business in a page (C0/C1 controls, unpaired
// surrogates, non-characters) shown as U+FFFD so the user sees that something is there, very long
// values cut short, then < > & " escaped.
QString escapeText(const QString &value, bool *truncated)
{
    QString clean;
    clean.reserve(qMin<qsizetype>(value.size(), kReviewValueLimit) + 1);
    const QChar replacement(QChar::ReplacementCharacter);
    qsizetype i = 0;
    for (; i < value.size() && clean.size() < kReviewValueLimit; ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i;
            clean += QLatin1Char('\n');
        } else if (u == u'\n' || u == u'\t') {
            clean += c;
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0xfffe || u == 0xffff) {
            clean += replacement;
        } else if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += value.at(++i);
        } else if (c.isSurrogate()) {
            clean += replacement;
        } else {
            clean += c;
        }
    }
    if (truncated)
        *truncated = i < value.size();
    return clean.toHtmlEscaped();
}

QString zhEn(const BilingualText &text)
{
    return QStringLiteral(
               "<span class=\"zh\" lang=\"zh-CN\">%1</span><span class=\"en\" lang=\"en\">%2</span>")
        .arg(escapeText(text.zh), escapeText(text.en));
}

// A value the user typed, isolated so that bidi controls inside it cannot reorder the page around it.
QString userValue(const QString &value, Language language)
{
    bool truncated = false;
    QString html = QStringLiteral("<bdi>") + escapeText(value, &truncated) + QStringLiteral("</bdi>");
    if (truncated) {
        html += QStringLiteral(" <span class=\"empty\">%1</span>")
                    .arg(language == Language::Chinese
                             ? QStringLiteral("（内容过长，仅显示前 %1 个字符，共 %2 个）")
                             : QStringLiteral("(too long: the first %1 of %2 characters are shown)"))
                    .arg(kReviewValueLimit)
                    .arg(value.size());
    }
    return html;
}

QString notFilledIn(Language language)
{
    return QStringLiteral("<span class=\"empty\">%1</span>")
        .arg(pick(language, "（未填写）", "(not filled in)"));
}

} // namespace nbapply::review

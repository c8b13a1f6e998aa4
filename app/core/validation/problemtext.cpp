#include "problemtext.h"

#include <QChar>

namespace nbapply::validation
{

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isForbiddenInLine(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0 (CR, LF, TAB, ESC …), DEL and C1
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return true; // bidi embeddings, overrides and isolates: they reorder what the reader sees
    if (c == 0x200E || c == 0x200F || c == 0x061C)
        return true; // bidi marks
    if (c == 0x2028 || c == 0x2029)
        return true; // line and paragraph separators break a line as LF does
    return false;
}

BilingualText describeCharacter(char32_t c)
{
    const QString code = codePointName(c);
    const QChar::Category category = QChar::category(c);
    const bool invisible = isForbiddenInLine(c) || category == QChar::Other_Format ||
                           category == QChar::Other_NotAssigned || category == QChar::Other_Surrogate ||
                           category == QChar::Other_PrivateUse || QChar::isSpace(c);
    if (invisible)
        return {QStringLiteral("不可见字符 %1").arg(code),
                QStringLiteral("the invisible character %1").arg(code)};

    const QString glyph = QString::fromUcs4(&c, 1);
    const QChar::Script script = QChar::script(c);
    if (QChar::isLetter(c) && (script == QChar::Script_Cyrillic || script == QChar::Script_Greek)) {
        const bool cyrillic = script == QChar::Script_Cyrillic;
        return {QStringLiteral("“%1”（%2，%3字母，只是外形像拉丁字母）")
                    .arg(glyph, code, cyrillic ? QStringLiteral("西里尔") : QStringLiteral("希腊")),
                QStringLiteral("“%1” (%2, a %3 letter that only looks like a Latin one)")
                    .arg(glyph, code, cyrillic ? QStringLiteral("Cyrillic") : QStringLiteral("Greek"))};
    }
    return {QStringLiteral("“%1”（%2）").arg(glyph, code), QStringLiteral("“%1” (%2)").arg(glyph, code)};
}

QString shownValue(const QString &value, int limit)
{
    QString result;
    int count = 0;
    for (const char32_t c : value.toUcs4()) {
        if (count == limit) {
            result += QChar(0x2026);
            break;
        }
        if (isForbiddenInLine(c) || QChar::category(c) == QChar::Other_Format)
            continue;
        result += QString::fromUcs4(&c, 1);
        ++count;
    }
    return result;
}

} // namespace nbapply::validation

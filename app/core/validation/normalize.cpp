// Normalisation (docs/validation-rules.md): every identifier field goes through these before it is checked,
// stored or exported, so that full-width input from a Chinese IME and pasted dashes give the same value.
#include "identifiers.h"

namespace nbapply::validation
{

namespace
{

bool isDashVariant(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE58 || u == 0xFE63 || u == 0xFF0D;
}

} // namespace

bool CheckResult::failsOnly(const QString &code) const
{
    bool found = false;
    for (const Problem &p : problems) {
        if (!p.isError())
            continue;
        if (p.code != code)
            return false;
        found = true;
    }
    return found;
}

QString normalizeIdentifierText(const QString &input)
{
    // NFKC folds full-width digits and letters (０-９ Ａ-Ｚ), ＠ ． and the ideographic space to ASCII.
    QString text = input.normalized(QString::NormalizationForm_KC);
    for (QChar &c : text)
        if (isDashVariant(c))
            c = u'-';
    return text.trimmed();
}

QString compactIdentifier(const QString &input)
{
    const QString text = normalizeIdentifierText(input);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        // Spaces go, but not CR/LF/TAB: a control character in an identifier is reported, not hidden.
        if ((c.isSpace() && c.category() != QChar::Other_Control) || c == u'-')
            continue;
        // Only ASCII letters are upper-cased: a Cyrillic х must stay visibly wrong, not become Х.
        if (c >= u'a' && c <= u'z')
            result += QChar(c.unicode() - u'a' + u'A');
        else
            result += c;
    }
    return result;
}

} // namespace nbapply::validation

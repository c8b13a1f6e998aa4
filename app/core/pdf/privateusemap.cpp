#include "privateusemap.h"

#include <QSet>

#include <algorithm>

namespace nbapply::pdf
{

PrivateUseMap::PrivateUseMap(const QList<char32_t> &codePoints)
{
    QSet<char32_t> drawn;
    for (char32_t c : codePoints) {
        if (c > 0xFFFF)
            m_characters << c;
        else if (c >= kFirst && c <= kLast)
            drawn.insert(c); // a private character the font itself has: never a stand-in
    }
    std::sort(m_characters.begin(), m_characters.end());
    m_characters.erase(std::unique(m_characters.begin(), m_characters.end()), m_characters.end());
    char32_t next = kFirst;
    for (qsizetype i = 0; i < m_characters.size(); ++i) {
        while (next <= kLast && drawn.contains(next))
            ++next;
        if (next > kLast) {
            m_complete = false;
            m_characters.resize(i);
            return;
        }
        m_standIns << static_cast<char16_t>(next++);
    }
}

QString PrivateUseMap::drawable(QStringView text) const
{
    if (m_characters.isEmpty())
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isHighSurrogate() || i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()) {
            out += c;
            continue;
        }
        const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
        ++i;
        const auto it = std::lower_bound(m_characters.begin(), m_characters.end(), code);
        out += (it != m_characters.end() && *it == code) ? QChar(m_standIns.at(it - m_characters.begin()))
                                                         : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

} // namespace nbapply::pdf

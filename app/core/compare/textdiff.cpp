#include "textdiff.h"

#include <QStringView>

#include <vector>

namespace nbapply
{

namespace
{

// Scripts written without spaces between words: each character is its own unit.
bool isIdeographic(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana || script == QChar::Script_Hangul ||
           script == QChar::Script_Bopomofo || (c >= 0x3000 && c <= 0x303F); // CJK punctuation
}

enum class Class { Ideograph, Word, Space, Other };

Class classOf(char32_t c)
{
    if (isIdeographic(c))
        return Class::Ideograph;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return Class::Word;
    if (QChar::isSpace(c))
        return Class::Space;
    return Class::Other;
}

void append(QList<TextDiffSegment> *segments, TextDiffSegment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments->isEmpty() && segments->last().kind == kind)
        segments->last().text += text;
    else
        segments->append({kind, text});
}

} // namespace

QStringList diffTokens(const QString &text)
{
    QStringList tokens;
    QString current;
    Class currentClass = Class::Other;
    for (qsizetype i = 0; i < text.size();) {
        // Whole code points: a surrogate pair is one character.
        const qsizetype width =
            (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
        const QString unit = text.mid(i, width);
        const char32_t c = width == 2 ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
        i += width;
        const Class cls = classOf(c);
        const bool joins =
            !current.isEmpty() && cls == currentClass && (cls == Class::Word || cls == Class::Space);
        if (!joins && !current.isEmpty()) {
            tokens << current;
            current.clear();
        }
        current += unit;
        currentClass = cls;
    }
    if (!current.isEmpty())
        tokens << current;
    return tokens;
}

QList<TextDiffSegment> diffText(const QString &before, const QString &after)
{
    const QStringList a = diffTokens(before);
    const QStringList b = diffTokens(after);
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start])
        ++start;
    qsizetype endA = a.size(), endB = b.size();
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
        --endA;
        --endB;
    }
    QList<TextDiffSegment> segments;
    append(&segments, TextDiffSegment::Same, a.mid(0, start).join(QString()));

    const qsizetype n = endA - start, m = endB - start;
    if (n * m > kMaxDiffCells) {
        append(&segments, TextDiffSegment::Deleted, a.mid(start, n).join(QString()));
        append(&segments, TextDiffSegment::Inserted, b.mid(start, m).join(QString()));
    } else {
        // lcs[i][j]: length of the longest common subsequence of a[start+i..endA) and b[start+j..endB).
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a[start + i] == b[start + j] ? lcs[i + 1][j + 1] + 1
                                                         : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0, j = 0;
        // Deletions and insertions of one change are gathered so the deleted text reads first.
        QString deleted, inserted;
        auto flush = [&] {
            append(&segments, TextDiffSegment::Deleted, deleted);
            append(&segments, TextDiffSegment::Inserted, inserted);
            deleted.clear();
            inserted.clear();
        };
        while (i < n || j < m) {
            if (i < n && j < m && a[start + i] == b[start + j]) {
                flush();
                append(&segments, TextDiffSegment::Same, a[start + i]);
                ++i;
                ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                inserted += b[start + j++];
            } else {
                deleted += a[start + i++];
            }
        }
        flush();
    }
    append(&segments, TextDiffSegment::Same, a.mid(endA).join(QString()));
    return segments;
}

} // namespace nbapply

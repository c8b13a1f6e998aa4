#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nbapply
{

// A redline of two texts, for the compare view: what stayed, what was deleted, what was inserted.
struct TextDiffSegment {
    enum Kind { Same, Deleted, Inserted };
    Kind kind = Same;
    QString text;
    friend bool operator==(const TextDiffSegment &, const TextDiffSegment &) = default;
};

// The units a redline marks: each Han, kana or Hangul character alone (Chinese has no spaces between
// words, so a changed character is marked by itself), a run of letters, digits and marks (an English
// word, a number), a run of white space, and every other character alone (punctuation, symbols).
// Joining the tokens gives the text back.
QStringList diffTokens(const QString &text);

// The shortest edit from `before` to `after` by tokens (a longest common subsequence), as segments in
// reading order: within one change, the deleted text comes before the inserted text; neighbouring
// segments of one kind are merged. Texts too long for the quadratic comparison (beyond
// kMaxDiffCells token pairs, after the common start and end are set aside) are shown as one deletion
// and one insertion of the middle part: correct, if coarse.
constexpr qint64 kMaxDiffCells = 4'000'000;
QList<TextDiffSegment> diffText(const QString &before, const QString &after);

} // namespace nbapply

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace nbapply::pdf
{

// How characters beyond the BMP (CJK Extension B and later, which real Chinese names use: 𠮷, 𡈼) reach
// the page. libharu 2.3.0's UTF-8 encoder knows only the BMP — it draws a 4-byte UTF-8 sequence as a
// space — and its CID is the BMP code point. So each supplementary character a document draws is given,
// for that document only, a stand-in code point of the Private Use Area (U+E000 upward, in the order of
// the characters, skipping any private code point the document itself draws):
// - the per-export subset font (subsetFont) maps the stand-in to the real character's glyph;
// - HpdfDocument measures and draws the stand-in, so libharu sees only BMP text;
// - postprocessPdf writes the real character (a UTF-16 surrogate pair) into the ToUnicode map for the
//   stand-in's CID, so copying, searching and pdftotext give the character the user typed.
// The mapping depends only on the document's characters: the same data gives the same bytes, which the
// page check (received/pagecheck.h) relies on.
class PrivateUseMap
{
  public:
    // The first and last stand-ins: the BMP's Private Use Area.
    static constexpr char32_t kFirst = 0xE000;
    static constexpr char32_t kLast = 0xF8FF;

    PrivateUseMap() = default;
    // Stand-ins for the supplementary characters of `codePoints` (any order, duplicates allowed).
    explicit PrivateUseMap(const QList<char32_t> &codePoints);

    bool isEmpty() const { return m_characters.isEmpty(); }
    // False when the document draws more supplementary characters than free private code points (over
    // 6,000: no real application); the stand-ins are then incomplete and must not be used.
    bool complete() const { return m_complete; }
    // The supplementary characters and their stand-ins, pairwise, characters ascending.
    const QList<char32_t> &characters() const { return m_characters; }
    const QList<char16_t> &standIns() const { return m_standIns; }

    // `text` with each supplementary character replaced by its stand-in; other text unchanged. A
    // character without a stand-in (not in the map) becomes U+FFFD, which the font check refuses first.
    QString drawable(QStringView text) const;

  private:
    QList<char32_t> m_characters;
    QList<char16_t> m_standIns;
    bool m_complete = true;
};

} // namespace nbapply::pdf

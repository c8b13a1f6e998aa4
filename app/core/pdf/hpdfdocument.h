#pragma once

#include "common/bilingualtext.h"
#include "pdftagging.h"
#include "privateusemap.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <hpdf.h>
#include <optional>

namespace nbapply::pdf
{

// What an artifact is (PDF 32000-1 14.8.2.2): page furniture a reader skips.
enum class ArtifactKind {
    Layout,     // rules, cell borders, shading
    Pagination, // a heading repeated on a continuation page
    Footer,     // the running footer (page number, form, date, fingerprint)
};

// Grey levels used by the layout (0 = black).
constexpr double kBlack = 0.0;
constexpr double kGrey = 0.35;

// One libharu document with one UTF-8 TrueType font, wrapped so that libharu's failures cannot be
// missed: libharu errors are sticky and silent (later drawing calls do nothing), so the first error
// is recorded here and every caller checks failed() before using the result.
class HpdfDocument
{
  public:
    HpdfDocument();
    ~HpdfDocument();
    HpdfDocument(const HpdfDocument &) = delete;
    HpdfDocument &operator=(const HpdfDocument &) = delete;

    // Loads and embeds the TrueType font at `path` (kept open by libharu until save()).
    bool loadFont(const QString &path);

    // The stand-ins of the characters beyond the BMP that this document draws (privateusemap.h): the
    // loaded font maps them to those characters' glyphs. textWidth and drawText take the real text.
    void setPrivateUseMap(const PrivateUseMap &map) { m_privateUse = map; }
    // Loads a second TrueType font (the fallback, pdffont.h) that draws the characters whose stand-ins
    // are `standIns`; every other character is drawn with the first font.
    bool loadFallbackFont(const QString &path, const QSet<char16_t> &standIns);

    bool failed() const { return m_errorCode != 0; }
    BilingualText error() const;

    HPDF_Page addPage(); // A4 portrait
    double pageWidth() const { return m_pageWidth; }
    double pageHeight() const { return m_pageHeight; }

    // Width in points of `text` at `size`: libharu's own metrics, so measuring and drawing agree.
    double textWidth(QStringView text, double size) const;

    // Draws `text` with its baseline at (x, y), PDF coordinates. `bold` strokes the outlines as well
    // (the single embedded weight drawn heavier).
    void drawText(HPDF_Page page, double x, double y, QStringView text, double size, double grey = kBlack,
                  bool bold = false);
    void strokeRect(HPDF_Page page, double x, double y, double width, double height, double lineWidth = 0.6);
    void fillRect(HPDF_Page page, double x, double y, double width, double height, double grey);
    void drawCheckbox(HPDF_Page page, double x, double y, double side, bool checked);

    // Tagging (pdftagging.h). With tags().enabled(), every drawing call is written as marked content:
    // text as content of tags().current() with the next MCID of its page, unless inside
    // beginArtifact()/endArtifact(); rectangles always as artifacts; a checkbox as a Span of its own in
    // the current element, whose ActualText says its state (checkedMark(), uncheckedMark()) over an
    // invisible glyph (checkboxGlyphs()), so that text extraction reads the state too.
    TagTree &tags() { return m_tags; }
    const TagTree &tags() const { return m_tags; }
    void beginArtifact(ArtifactKind kind) { m_artifact = kind; }
    void endArtifact() { m_artifact.reset(); }

    // The finished document. Empty when any libharu call failed.
    QByteArray save();

  private:
    static void onError(HPDF_STATUS errorNumber, HPDF_STATUS detail, void *self);
    HPDF_Font loadTrueType(const QString &path);
    HPDF_Font fontOf(QChar drawable) const;
    double drawableWidth(QStringView drawable, double size) const;
    // Writes `operators` into the content stream of `page` as they are (libharu has no marked content).
    void writeRaw(HPDF_Page page, const QByteArray &operators);
    // Opens the marked content of the next drawing on `page`; `artifact` forces an artifact. Returns
    // whether an EMC must close it (false when tagging is off).
    bool beginMarked(HPDF_Page page, bool artifact, const QString &actualText = QString());
    void endMarked(HPDF_Page page, bool opened);

    HPDF_Doc m_doc = nullptr;
    HPDF_Font m_font = nullptr;
    HPDF_Font m_fallback = nullptr;
    QSet<char16_t> m_fallbackChars;
    PrivateUseMap m_privateUse;
    // Advance widths per UTF-16 code unit (stand-ins included) at size 1000, from libharu: libharu applies no
    // kerning, so a text's width is the sum of its characters' widths, and line breaking measures thousands
    // of pieces per document.
    mutable QHash<char16_t, double> m_advances;
    TagTree m_tags;
    std::optional<ArtifactKind> m_artifact;
    QList<HPDF_Page> m_pages; // index = page number, for the MCIDs
    HPDF_STATUS m_errorCode = 0;
    HPDF_STATUS m_errorDetail = 0;
    double m_pageWidth = 0;
    double m_pageHeight = 0;
};

} // namespace nbapply::pdf

#include "hpdfdocument.h"

#include "pdfstrings.h"

#include <QFile>

#include <hpdf_pages.h>
#include <hpdf_streams.h>

namespace nbapply::pdf
{

namespace
{

// A PDF text string for a content stream: UTF-16BE with its byte order mark, in hex.
QByteArray hexTextString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (QChar c : text)
        bytes += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return bytes + '>';
}

QByteArray artifactProperties(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::Pagination:
        return "<</Type /Pagination>>";
    case ArtifactKind::Footer:
        return "<</Type /Pagination /Subtype /Footer>>";
    case ArtifactKind::Layout:
        break;
    }
    return "<</Type /Layout>>";
}

} // namespace

void HpdfDocument::onError(HPDF_STATUS errorNumber, HPDF_STATUS detail, void *self)
{
    auto *document = static_cast<HpdfDocument *>(self);
    if (document->m_errorCode == 0) { // the first error is the cause; later ones are consequences
        document->m_errorCode = errorNumber;
        document->m_errorDetail = detail;
    }
}

HpdfDocument::HpdfDocument()
{
    m_doc = HPDF_New(&HpdfDocument::onError, this);
    if (!m_doc) {
        m_errorCode = HPDF_FAILD_TO_ALLOC_MEM;
        return;
    }
    // Uncompressed: qpdf compresses every stream when it finishes the file (postprocessPdf), faster
    // than libharu's zlib at its default level, and it would otherwise have to inflate them again.
    HPDF_SetCompressionMode(m_doc, HPDF_COMP_NONE);
    HPDF_UseUTFEncodings(m_doc);
    // Without this the UTF-8 title and the CID text would be read as a single-byte encoding.
    HPDF_SetCurrentEncoder(m_doc, "UTF-8");
}

HpdfDocument::~HpdfDocument()
{
    if (m_doc)
        HPDF_Free(m_doc);
}

BilingualText HpdfDocument::error() const
{
    const QString code =
        QStringLiteral("0x%1/%2").arg(m_errorCode, 4, 16, QLatin1Char('0')).arg(m_errorDetail);
    return {
        QStringLiteral("生成 PDF 失败（libharu 错误 %1），未写入任何文件。请重试；若仍失败，请报告此问题。")
            .arg(code),
        QStringLiteral("Generating the PDF failed (libharu error %1); no file was written. Try again; if it "
                       "fails again, please report the problem.")
            .arg(code)};
}

HPDF_Font HpdfDocument::loadTrueType(const QString &path)
{
    if (failed())
        return nullptr;
    HPDF_Font font = nullptr;
    const char *name = HPDF_LoadTTFontFromFile(m_doc, QFile::encodeName(path).constData(), HPDF_TRUE);
    if (name)
        font = HPDF_GetFont(m_doc, name, "UTF-8");
    if (!font && !failed())
        m_errorCode = HPDF_INVALID_FONT_NAME;
    return font;
}

bool HpdfDocument::loadFont(const QString &path)
{
    m_font = loadTrueType(path);
    return !failed();
}

bool HpdfDocument::loadFallbackFont(const QString &path, const QSet<char16_t> &standIns)
{
    m_fallback = loadTrueType(path);
    m_fallbackChars = standIns;
    return !failed();
}

HPDF_Font HpdfDocument::fontOf(QChar drawable) const
{
    return m_fallback && m_fallbackChars.contains(drawable.unicode()) ? m_fallback : m_font;
}

HPDF_Page HpdfDocument::addPage()
{
    if (failed())
        return nullptr;
    HPDF_Page page = HPDF_AddPage(m_doc);
    if (!page)
        return nullptr;
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    m_pages << page;
    m_pageWidth = HPDF_Page_GetWidth(page);
    m_pageHeight = HPDF_Page_GetHeight(page);
    return page;
}

double HpdfDocument::textWidth(QStringView text, double size) const
{
    if (!m_font || text.isEmpty())
        return 0;
    // libharu measures only BMP text: a supplementary character is measured as its stand-in.
    if (m_privateUse.isEmpty())
        return drawableWidth(text, size);
    return drawableWidth(m_privateUse.drawable(text), size);
}

double HpdfDocument::drawableWidth(QStringView text, double size) const
{
    double total = 0;
    for (QChar c : text) {
        auto it = m_advances.constFind(c.unicode());
        if (it == m_advances.constEnd()) {
            const QByteArray utf8 = QString(c).toUtf8();
            const HPDF_TextWidth width = HPDF_Font_TextWidth(
                fontOf(c), reinterpret_cast<const HPDF_BYTE *>(utf8.constData()), utf8.size());
            it = m_advances.insert(c.unicode(), width.width);
        }
        total += *it;
    }
    return total * size / 1000.0;
}

void HpdfDocument::writeRaw(HPDF_Page page, const QByteArray &operators)
{
    // The page's content stream as libharu writes it (hpdf_pages.h): every libharu call appends its
    // operators there at once, so operators written here keep their place in the drawing order.
    const auto attributes = static_cast<HPDF_PageAttr>(page->attr);
    if (HPDF_Stream_WriteStr(attributes->stream, operators.constData()) != HPDF_OK && !failed())
        m_errorCode = HPDF_FILE_IO_ERROR;
}

bool HpdfDocument::beginMarked(HPDF_Page page, bool artifact, const QString &actualText)
{
    if (!m_tags.enabled())
        return false;
    if (artifact || m_artifact) {
        writeRaw(page,
                 "/Artifact " + artifactProperties(m_artifact.value_or(ArtifactKind::Layout)) + " BDC\n");
        return true;
    }
    const int mcid = m_tags.addContent(int(m_pages.indexOf(page)));
    QByteArray properties = "<</MCID " + QByteArray::number(mcid);
    if (!actualText.isEmpty())
        properties += " /ActualText " + hexTextString(actualText);
    writeRaw(page, QByteArray(roleName(m_tags.currentRole())) + ' ' + properties + ">> BDC\n");
    return true;
}

void HpdfDocument::endMarked(HPDF_Page page, bool opened)
{
    if (opened)
        writeRaw(page, "EMC\n");
}

void HpdfDocument::drawText(HPDF_Page page, double x, double y, QStringView text, double size, double grey,
                            bool bold)
{
    if (failed() || !page || text.isEmpty())
        return;
    const bool marked = beginMarked(page, false);
    const QString drawable = m_privateUse.isEmpty() ? QString() : m_privateUse.drawable(text);
    if (!m_privateUse.isEmpty())
        text = drawable;
    HPDF_Font current = fontOf(text.front());
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, current, size);
    HPDF_Page_SetGrayFill(page, grey);
    if (bold) {
        HPDF_Page_SetGrayStroke(page, grey);
        HPDF_Page_SetLineWidth(page, size * 0.035);
        HPDF_Page_SetTextRenderingMode(page, HPDF_FILL_THEN_STROKE);
    }
    // One run per font: with a fallback font, its characters are drawn where the measured text puts them.
    qsizetype start = 0;
    while (start < text.size()) {
        const HPDF_Font font = fontOf(text.at(start));
        qsizetype end = start + 1;
        while (end < text.size() && fontOf(text.at(end)) == font)
            ++end;
        const QStringView run = text.sliced(start, end - start);
        if (font != current)
            HPDF_Page_SetFontAndSize(page, font, size);
        current = font;
        HPDF_Page_TextOut(page, x, y, run.toUtf8().constData());
        if (end < text.size())
            x += drawableWidth(run, size);
        start = end;
    }
    if (bold)
        HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
    HPDF_Page_EndText(page);
    endMarked(page, marked);
}

void HpdfDocument::strokeRect(HPDF_Page page, double x, double y, double width, double height,
                              double lineWidth)
{
    if (failed() || !page)
        return;
    const bool marked = beginMarked(page, true);
    HPDF_Page_SetGrayStroke(page, kBlack);
    HPDF_Page_SetLineWidth(page, lineWidth);
    HPDF_Page_Rectangle(page, x, y, width, height);
    HPDF_Page_Stroke(page);
    endMarked(page, marked);
}

void HpdfDocument::fillRect(HPDF_Page page, double x, double y, double width, double height, double grey)
{
    if (failed() || !page)
        return;
    const bool marked = beginMarked(page, true);
    HPDF_Page_SetGrayFill(page, grey);
    HPDF_Page_Rectangle(page, x, y, width, height);
    HPDF_Page_Fill(page);
    endMarked(page, marked);
}

void HpdfDocument::drawCheckbox(HPDF_Page page, double x, double y, double side, bool checked)
{
    if (failed() || !page)
        return;
    const BilingualText state = checked ? checkedMark() : uncheckedMark();
    const QString actualText = state.zh + QStringLiteral(" / ") + state.en;
    // A Span of its own: poppler reads the ActualText of a marked-content sequence only when it is
    // tagged /Span, and the structure element says the same to a screen reader.
    const bool content = m_tags.enabled() && !m_artifact;
    if (content)
        m_tags.setActualText(m_tags.open(StructRole::Span), actualText);
    const bool marked = beginMarked(page, false, actualText);
    HPDF_Page_SetGrayStroke(page, kBlack);
    HPDF_Page_SetLineWidth(page, 0.7);
    HPDF_Page_Rectangle(page, x, y, side, side);
    HPDF_Page_Stroke(page);
    if (content) {
        // Text extraction (poppler) puts an ActualText where the glyphs it replaces are; a box drawn as a
        // path has none, so an invisible glyph (rendering mode 3) fills the box: □ or ✓ for a reader
        // that ignores ActualText.
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, m_font, side);
        HPDF_Page_SetTextRenderingMode(page, HPDF_INVISIBLE);
        HPDF_Page_TextOut(page, x, y + side * 0.12,
                          QString(pdf::checkboxGlyphs().at(checked ? 1 : 0)).toUtf8().constData());
        HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
        HPDF_Page_EndText(page);
    }
    if (!checked) {
        endMarked(page, marked);
        if (content)
            m_tags.close();
        return;
    }
    // A tick drawn as a path, so it needs no glyph and prints crisply at any size.
    HPDF_Page_SetLineWidth(page, side * 0.14);
    HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
    HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
    HPDF_Page_MoveTo(page, x + side * 0.18, y + side * 0.52);
    HPDF_Page_LineTo(page, x + side * 0.42, y + side * 0.22);
    HPDF_Page_LineTo(page, x + side * 0.85, y + side * 0.85);
    HPDF_Page_Stroke(page);
    HPDF_Page_SetLineCap(page, HPDF_BUTT_END);
    HPDF_Page_SetLineJoin(page, HPDF_MITER_JOIN);
    endMarked(page, marked);
    if (content)
        m_tags.close();
}

QByteArray HpdfDocument::save()
{
    if (failed() || HPDF_SaveToStream(m_doc) != HPDF_OK || failed())
        return QByteArray();
    const HPDF_UINT32 expected = HPDF_GetStreamSize(m_doc);
    QByteArray bytes(static_cast<qsizetype>(expected), Qt::Uninitialized);
    HPDF_UINT32 size = expected;
    HPDF_ReadFromStream(m_doc, reinterpret_cast<HPDF_BYTE *>(bytes.data()), &size);
    // Reading up to the very end reports "end of stream" through the error handler: not a failure.
    if (m_errorCode == HPDF_STREAM_EOF && size == expected) {
        m_errorCode = 0;
        m_errorDetail = 0;
        HPDF_ResetError(m_doc);
    }
    if (failed() || size != expected)
        return QByteArray();
    return bytes;
}

} // namespace nbapply::pdf

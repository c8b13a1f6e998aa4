#include "pdflayout.h"

#include "linebreaker.h"
#include "pdfstrings.h"

#include <QList>

#include <algorithm>

namespace nbapply::pdf
{

namespace
{

// `english`: the text is English, tagged /Lang en (the document's language is zh-CN).
struct Style {
    double size;
    double grey = kBlack;
    bool bold = false;
    bool english = false;
    double leading() const { return size * 1.42; }
};

const Style kTitle{15, kBlack, true};
const Style kTitleEn{10.5, 0.2, false, true};
const Style kSource{8, kGrey};
const Style kSourceEn{8, kGrey, false, true};
const Style kHeading{11, kBlack, true};
const Style kHeadingEn{9, 0.25, false, true};
const Style kLabel{9.5};
const Style kLabelEn{7.5, kGrey, false, true};
const Style kValue{10};
const Style kDetail{8, kGrey};
const Style kDetailEn{8, kGrey, false, true};
const Style kMark{9.5, kBlack, true};
const Style kNote{9};
const Style kNoteEn{8, kGrey, false, true};
const Style kFooter{7, kGrey};

const QString kEnglish = QStringLiteral("en");

// Geometry in points (A4 is 595 x 842). `top` values are distances from the top edge.
constexpr double kMarginX = 48;
constexpr double kMarginTop = 46;
constexpr double kContentBottom = 784; // footer below
constexpr double kFooterRuleY = 44;    // from the bottom edge
constexpr double kLabelColumn = 150;
constexpr double kPadX = 5;
constexpr double kPadY = 4;
constexpr double kOptionGap = 14;
constexpr double kSignatureSpace = 58;

// One run of text on a line; `checkbox` >= 0 draws a box (ticked when 1) before the text. `item` >= 0:
// the piece belongs to that item of a list (an option, an enclosed document); `label`: it is the item's
// label (the bullet), not its body.
struct Piece {
    double x = 0;
    QString text;
    const Style *style = &kValue;
    int checkbox = -1;
    int item = -1;
    bool label = false;
};

// Where a block's text goes in the structure tree (pdftagging.h): the block's element (a TH, a TD, the
// document) and the list open in it. Kept while a table row is split across pages.
struct BlockTags {
    int element = 0;
    int list = -1;     // the L of the items drawn so far
    int listItem = -1; // the LI of `item`
    int body = -1;     // its LBody, once its label is drawn
    int item = -1;
};

struct Line {
    double height = 0;
    QList<Piece> pieces;
};

double boxSide(const Style &style)
{
    return style.size * 0.8;
}

double boxAdvance(const Style &style)
{
    return boxSide(style) + style.size * 0.4;
}

double linesHeight(const QList<Line> &lines)
{
    double height = 0;
    for (const Line &line : lines)
        height += line.height;
    return height;
}

class Layout
{
  public:
    Layout(HpdfDocument &document, const PdfContent &content, SignatureArea *area)
        : m_doc(document), m_content(content), m_area(area), m_tableWidth(0)
    {
    }

    int run()
    {
        m_doc.tags().setEnabled(true);
        newPage();
        if (m_doc.failed())
            return 0;
        m_tableWidth = m_doc.pageWidth() - 2 * kMarginX;
        title();
        for (const TableSection &section : m_content.sections)
            table(section);
        notes();
        documents();
        signature();
        paragraph(m_content.governingLanguageNote.zh, kNote, 0, 6);
        paragraph(m_content.governingLanguageNote.en, kNoteEn, 0, 0);
        digitalSignature();
        footers();
        return static_cast<int>(m_pages.size());
    }

  private:
    double measure(QStringView text, const Style &style) const { return m_doc.textWidth(text, style.size); }

    QList<Line> textLines(const QString &text, const Style &style, double width, double indent = 0) const
    {
        QList<Line> lines;
        if (text.isEmpty())
            return lines;
        const MeasureText measureFn = [&](QStringView piece) { return measure(piece, style); };
        for (const QString &line : breakLines(text, width - indent, measureFn))
            lines << Line{style.leading(), {Piece{indent, line, &style}}};
        return lines;
    }

    double pdfY(double top) const { return m_doc.pageHeight() - top; }

    void newPage()
    {
        m_page = m_doc.addPage();
        m_pages << m_page;
        m_cursor = kMarginTop;
    }

    double remaining() const { return kContentBottom - m_cursor; }

    // The structure element a piece of `block` goes into: its list item's label or body, or the block.
    void enterItem(BlockTags &block, const Piece &piece)
    {
        TagTree &tags = m_doc.tags();
        if (piece.item != block.item) {
            tags.setCurrent(block.element);
            block.listItem = block.body = -1;
            block.item = piece.item;
            if (piece.item < 0) {
                block.list = -1;
            } else {
                if (block.list < 0)
                    block.list = tags.open(StructRole::L);
                else
                    tags.setCurrent(block.list);
                block.listItem = tags.open(StructRole::LI);
            }
        }
    }

    void enterBody(BlockTags &block)
    {
        TagTree &tags = m_doc.tags();
        if (block.listItem < 0) {
            tags.setCurrent(block.element);
            return;
        }
        if (block.body < 0) {
            tags.setCurrent(block.listItem);
            block.body = tags.open(StructRole::LBody);
        }
        tags.setCurrent(block.body);
    }

    void drawLine(const Line &line, double left, double top, BlockTags *block = nullptr)
    {
        TagTree &tags = m_doc.tags();
        BlockTags here{tags.current()};
        if (!block)
            block = &here;
        for (const Piece &piece : line.pieces) {
            const Style &style = *piece.style;
            // Baseline: a CJK em box centred in the line height (ascent 0.88 em).
            const double baseline = top + (line.height - style.size) / 2 + style.size * 0.88;
            double x = left + piece.x;
            enterItem(*block, piece);
            if (piece.checkbox >= 0 || piece.label) {
                tags.setCurrent(block->listItem >= 0 ? block->listItem : block->element);
                tags.open(StructRole::Lbl);
            }
            if (piece.checkbox >= 0) {
                const double side = boxSide(style);
                m_doc.drawCheckbox(m_page, x, pdfY(baseline) - style.size * 0.02, side, piece.checkbox == 1);
                x += boxAdvance(style);
            }
            if (!piece.label)
                enterBody(*block);
            // English text in a Chinese element is a Span of its own, with its language.
            const bool span = style.english && tags.currentLanguage() != kEnglish;
            if (span)
                tags.open(StructRole::Span, kEnglish);
            m_doc.drawText(m_page, x, pdfY(baseline), piece.text, style.size, style.grey, style.bold);
            if (span)
                tags.close();
        }
        if (block == &here)
            tags.setCurrent(here.element);
    }

    void drawLines(const QList<Line> &lines, double left, double top, BlockTags *block = nullptr)
    {
        for (const Line &line : lines) {
            drawLine(line, left, top, block);
            top += line.height;
        }
    }

    // Opens `role` (with the language of `style`), draws, and closes it again.
    template <typename Draw> void tagged(StructRole role, const Style &style, Draw draw)
    {
        m_doc.tags().open(role, style.english ? kEnglish : QString());
        draw();
        m_doc.tags().close();
    }

    void centred(const QString &text, const Style &style)
    {
        for (const Line &line : textLines(text, style, m_tableWidth)) {
            Line shifted = line;
            shifted.pieces[0].x = (m_tableWidth - measure(line.pieces[0].text, style)) / 2;
            drawLine(shifted, kMarginX, m_cursor);
            m_cursor += line.height;
        }
    }

    void title()
    {
        tagged(StructRole::H1, kTitle, [&] {
            centred(m_content.title.zh, kTitle);
            centred(m_content.title.en, kTitleEn);
        });
        m_cursor += 2;
        tagged(StructRole::P, kSource, [&] { centred(m_content.source.zh, kSource); });
        tagged(StructRole::P, kSourceEn, [&] { centred(m_content.source.en, kSourceEn); });
        m_cursor += 10;
    }

    // ---- tables ---------------------------------------------------------------------------------

    QList<Line> headingLines(const TableSection &section, bool continued) const
    {
        const QString zh = section.heading.zh + (continued ? continuedMark().zh : QString());
        const QString en =
            section.heading.en +
            (continued ? QStringLiteral(" (") + continuedMark().en + QLatin1Char(')') : QString());
        const double width = m_tableWidth - 2 * kPadX;
        const double zhWidth = measure(zh, kHeading);
        if (zhWidth + 10 + measure(en, kHeadingEn) <= width)
            return {
                Line{kHeading.leading(), {Piece{0, zh, &kHeading}, Piece{zhWidth + 10, en, &kHeadingEn}}}};
        return textLines(zh, kHeading, width) + textLines(en, kHeadingEn, width);
    }

    void heading(const TableSection &section, bool continued)
    {
        const QList<Line> lines = headingLines(section, continued);
        const double height = linesHeight(lines) + 2 * kPadY;
        m_doc.fillRect(m_page, kMarginX, pdfY(m_cursor + height), m_tableWidth, height, 0.9);
        m_doc.strokeRect(m_page, kMarginX, pdfY(m_cursor + height), m_tableWidth, height);
        // The heading repeated on a continuation page is page furniture: a reader has heard it.
        if (continued) {
            m_doc.beginArtifact(ArtifactKind::Pagination);
            drawLines(lines, kMarginX + kPadX, m_cursor + kPadY);
            m_doc.endArtifact();
        } else {
            tagged(StructRole::H2, kHeading, [&] { drawLines(lines, kMarginX + kPadX, m_cursor + kPadY); });
        }
        m_cursor += height;
    }

    double headingHeight(const TableSection &section) const
    {
        return linesHeight(headingLines(section, true)) + 2 * kPadY;
    }

    QList<Line> labelLines(const TableRow &row) const
    {
        const double width = kLabelColumn - 2 * kPadX;
        return textLines(row.label.zh, kLabel, width) + textLines(row.label.en, kLabelEn, width);
    }

    // Options flow side by side while they fit; a long option (with its English on its own line)
    // takes whole lines, its continuation lines indented past the box.
    QList<Line> optionLines(const TableRow &row, double width) const
    {
        QList<Line> lines;
        Line current{kValue.leading(), {}};
        double x = 0;
        auto flush = [&] {
            if (!current.pieces.isEmpty())
                lines << current;
            current = Line{kValue.leading(), {}};
            x = 0;
        };
        const double indent = boxAdvance(kValue);
        for (int i = 0; i < row.options.size(); ++i) {
            const CheckOption &option = row.options.at(i);
            const int box = option.checked ? 1 : 0;
            const double itemWidth = indent + measure(option.text, kValue);
            if (option.english.isEmpty() && itemWidth <= width) {
                if (x > 0 && x + itemWidth > width)
                    flush();
                current.pieces << Piece{x, option.text, &kValue, box, i};
                x += itemWidth + kOptionGap;
                continue;
            }
            flush();
            QList<Line> block = textLines(option.text, kValue, width, indent) +
                                textLines(option.english, kDetailEn, width, indent);
            for (Line &line : block)
                line.pieces[0].item = i;
            if (!block.isEmpty()) {
                block[0].pieces[0].x = 0;
                block[0].pieces[0].checkbox = box;
            }
            lines << block;
        }
        flush();
        return lines;
    }

    QList<Line> valueLines(const TableRow &row) const
    {
        const double width = m_tableWidth - kLabelColumn - 2 * kPadX;
        QList<Line> lines;
        if (!row.prefix.isEmpty())
            lines << textLines(row.prefix, kValue, width);
        lines << optionLines(row, width);
        for (const CellText &text : row.texts) {
            const Style &style = text.role == CellText::Detail ? kDetail
                                 : text.role == CellText::Mark ? kMark
                                                               : kValue;
            lines << textLines(text.text, style, width);
        }
        return lines;
    }

    // Takes from the front of `lines` as many lines as fit in `height`.
    static QList<Line> takeFitting(QList<Line> *lines, double height)
    {
        QList<Line> taken;
        double used = 0;
        while (!lines->isEmpty() && used + lines->first().height <= height + 0.01) {
            used += lines->first().height;
            taken << lines->takeFirst();
        }
        return taken;
    }

    void drawRow(const QList<Line> &label, const QList<Line> &value, double height, BlockTags &labelTags,
                 BlockTags &valueTags)
    {
        const double bottom = pdfY(m_cursor + height);
        m_doc.strokeRect(m_page, kMarginX, bottom, kLabelColumn, height);
        m_doc.strokeRect(m_page, kMarginX + kLabelColumn, bottom, m_tableWidth - kLabelColumn, height);
        drawLines(label, kMarginX + kPadX, m_cursor + kPadY, &labelTags);
        drawLines(value, kMarginX + kLabelColumn + kPadX, m_cursor + kPadY, &valueTags);
        m_cursor += height;
    }

    void continueOnNewPage(const TableSection &section)
    {
        newPage();
        heading(section, true);
    }

    void row(const TableSection &section, const TableRow &tableRow)
    {
        QList<Line> label = labelLines(tableRow);
        QList<Line> value = valueLines(tableRow);
        const double full = std::max(linesHeight(label), linesHeight(value)) + 2 * kPadY;
        const double pageRoom = kContentBottom - kMarginTop - headingHeight(section);
        // A short row that does not fit moves to the next page whole; a tall one (a long plan) fills
        // the rest of this page first, so that no half page stays empty.
        const bool tall = full > pageRoom / 3 && remaining() > 6 * kValue.leading();
        if (full > remaining() && full <= pageRoom && !tall)
            continueOnNewPage(section);
        // One TR whatever pages it spans: the label cell is the row's header (TH, /Scope /Row).
        TagTree &tags = m_doc.tags();
        const int table = tags.current();
        tags.open(StructRole::TR);
        BlockTags labelTags{tags.open(StructRole::TH)};
        tags.setRowHeader(labelTags.element);
        tags.close();
        BlockTags valueTags{tags.open(StructRole::TD)};
        tags.setCurrent(table);
        // A cell taller than a page: fill each page, continue below the repeated heading.
        while (!label.isEmpty() || !value.isEmpty()) {
            const double room = remaining() - 2 * kPadY;
            QList<Line> labelPart = takeFitting(&label, room);
            QList<Line> valuePart = takeFitting(&value, room);
            if (labelPart.isEmpty() && valuePart.isEmpty()) {
                if (m_cursor <= kMarginTop + headingHeight(section) + 0.01)
                    break; // cannot happen with real line heights; never loop forever
                continueOnNewPage(section);
                continue;
            }
            drawRow(labelPart, valuePart,
                    std::max(linesHeight(labelPart), linesHeight(valuePart)) + 2 * kPadY, labelTags,
                    valueTags);
            tags.setCurrent(table);
            if (!label.isEmpty() || !value.isEmpty())
                continueOnNewPage(section);
        }
        tags.setCurrent(table);
    }

    void table(const TableSection &section)
    {
        // Keep the heading with at least the first row (or a good part of it).
        double firstRow = 40;
        if (!section.rows.isEmpty())
            firstRow = std::min(120.0, std::max(linesHeight(labelLines(section.rows.first())),
                                                linesHeight(valueLines(section.rows.first()))) +
                                           2 * kPadY);
        if (headingHeight(section) + firstRow > remaining())
            newPage();
        heading(section, false);
        tagged(StructRole::Table, kValue, [&] {
            for (const TableRow &tableRow : section.rows)
                row(section, tableRow);
        });
        m_cursor += 12;
    }

    // ---- free text ------------------------------------------------------------------------------

    void flowLines(const QList<Line> &lines, double left, BlockTags *block = nullptr)
    {
        for (const Line &line : lines) {
            if (line.height > remaining())
                newPage();
            drawLine(line, left, m_cursor, block);
            m_cursor += line.height;
        }
    }

    // A paragraph of its own (P), English ones with their language.
    void paragraph(const QString &text, const Style &style, double indent, double spaceAfter)
    {
        if (text.isEmpty())
            return;
        tagged(StructRole::P, style,
               [&] { flowLines(textLines(text, style, m_tableWidth, indent), kMarginX); });
        m_cursor += spaceAfter;
    }

    void notes()
    {
        QList<Line> headingLine =
            textLines(m_content.notesHeading.zh + QStringLiteral(" ") + m_content.notesHeading.en, kHeading,
                      m_tableWidth);
        if (remaining() < linesHeight(headingLine) + 4 * kNote.leading())
            newPage();
        tagged(StructRole::H2, kHeading, [&] { flowLines(headingLine, kMarginX); });
        m_cursor += 2;
        for (const BilingualText &note : m_content.notes) {
            paragraph(note.zh, kNote, 0, 1);
            paragraph(note.en, kNoteEn, 0, 5);
        }
        paragraph(m_content.stampNote.zh, kNote, 0, 1);
        paragraph(m_content.stampNote.en, kNoteEn, 0, 5);
    }

    void documents()
    {
        if (m_content.documents.isEmpty())
            return;
        const BilingualText heading = enclosedDocumentsHeading();
        QList<Line> headingLine =
            textLines(heading.zh + QStringLiteral(" / ") + heading.en, kMark, m_tableWidth);
        if (remaining() < linesHeight(headingLine) + 2 * kNote.leading())
            newPage();
        m_cursor += 4;
        tagged(StructRole::H3, kMark, [&] { flowLines(headingLine, kMarginX); });
        const double indent = measure(QStringLiteral("• "), kNote);
        // A list: each document an item, its bullet the item's label.
        BlockTags list{m_doc.tags().current()};
        for (int item = 0; item < m_content.documents.size(); ++item) {
            const DocumentLine &document = m_content.documents.at(item);
            QString text =
                document.kind.zh + QStringLiteral(" / ") + document.kind.en + QStringLiteral("：") +
                (!document.notApplicableReason.isNull()
                     ? QStringLiteral("（") + notApplicableMark().zh + QStringLiteral(" / ") +
                           notApplicableMark().en + QStringLiteral("）") + document.notApplicableReason
                 : document.fileName.isEmpty()
                     ? QStringLiteral("（") + notAttachedMark().zh + QStringLiteral(" / ") +
                           notAttachedMark().en + QStringLiteral("）")
                     : document.fileName);
            if (document.sealRequired)
                text += QStringLiteral(" 【") + sealRequiredMark().zh + QStringLiteral(" / ") +
                        sealRequiredMark().en + QStringLiteral("】");
            QList<Line> lines = textLines(text, kNote, m_tableWidth, indent);
            for (Line &line : lines)
                line.pieces[0].item = item;
            lines[0].pieces.prepend(Piece{0, QStringLiteral("•"), &kNote, -1, item, true});
            flowLines(lines, kMarginX, &list);
        }
        m_doc.tags().setCurrent(list.element);
        m_cursor += 8;
    }

    void signature()
    {
        if (m_content.signature.isEmpty())
            return;
        const double columnWidth = m_tableWidth / m_content.signature.size();
        QList<QList<Line>> columns;
        double labelHeight = 0;
        for (const BilingualText &item : m_content.signature) {
            const double width = columnWidth - 2 * kPadX;
            columns << textLines(item.zh, kLabel, width) + textLines(item.en, kLabelEn, width);
            labelHeight = std::max(labelHeight, linesHeight(columns.last()));
        }
        const double height = labelHeight + 2 * kPadY + kSignatureSpace;
        if (height > remaining())
            newPage();
        for (int i = 0; i < columns.size(); ++i) {
            const double left = kMarginX + i * columnWidth;
            m_doc.strokeRect(m_page, left, pdfY(m_cursor + height), columnWidth, height);
            tagged(StructRole::P, kLabel, [&] { drawLines(columns.at(i), left + kPadX, m_cursor + kPadY); });
        }
        m_cursor += height + 10;
    }

    // The visible part of the PDF signature: a framed block below everything else, so that it covers
    // no form text; the signature widget is placed over exactly this rectangle.
    void digitalSignature()
    {
        if (m_content.digitalSignature.isEmpty())
            return;
        constexpr double kBlockGap = 14;
        QList<Line> lines;
        for (qsizetype i = 0; i < m_content.digitalSignature.size(); ++i)
            lines << textLines(m_content.digitalSignature.at(i), i == 0 ? kMark : kNote,
                               m_tableWidth - 2 * kPadX);
        const double height = linesHeight(lines) + 2 * kPadY;
        if (kBlockGap + height > remaining())
            newPage();
        else
            m_cursor += kBlockGap;
        m_doc.strokeRect(m_page, kMarginX, pdfY(m_cursor + height), m_tableWidth, height);
        double top = m_cursor + kPadY;
        for (const Line &line : lines) {
            tagged(StructRole::P, kNote, [&] { drawLine(line, kMarginX + kPadX, top); });
            top += line.height;
        }
        if (m_area)
            *m_area = SignatureArea{int(m_pages.size()) - 1, kMarginX, pdfY(m_cursor + height),
                                    kMarginX + m_tableWidth, pdfY(m_cursor)};
        m_cursor += height;
    }

    void footers()
    {
        const int count = static_cast<int>(m_pages.size());
        const BilingualText pages = pageOfPages();
        const QString right = m_content.formTag + QStringLiteral(" · ") + exportedOnLabel().zh +
                              QStringLiteral(" / ") + exportedOnLabel().en + QLatin1Char(' ') +
                              m_content.exportDate + QStringLiteral(" · ") + fingerprintLabel().zh +
                              QStringLiteral(" / ") + fingerprintLabel().en + QLatin1Char(' ') +
                              m_content.fingerprint;
        const double baseline = kFooterRuleY - 12;
        m_doc.beginArtifact(ArtifactKind::Footer);
        for (int i = 0; i < count; ++i) {
            m_page = m_pages.at(i);
            const QString left =
                pages.zh.arg(i + 1).arg(count) + QStringLiteral(" · ") + pages.en.arg(i + 1).arg(count);
            m_doc.fillRect(m_page, kMarginX, kFooterRuleY, m_tableWidth, 0.5, 0.6);
            m_doc.drawText(m_page, kMarginX, baseline, left, kFooter.size, kFooter.grey);
            const double rightWidth = measure(right, kFooter);
            const double leftWidth = measure(left, kFooter);
            if (leftWidth + 12 + rightWidth <= m_tableWidth)
                m_doc.drawText(m_page, kMarginX + m_tableWidth - rightWidth, baseline, right, kFooter.size,
                               kFooter.grey);
            else
                m_doc.drawText(m_page, kMarginX, baseline - kFooter.leading(), right, kFooter.size,
                               kFooter.grey);
        }
        m_doc.endArtifact();
    }

    HpdfDocument &m_doc;
    const PdfContent &m_content;
    SignatureArea *m_area;
    QList<HPDF_Page> m_pages;
    HPDF_Page m_page = nullptr;
    double m_cursor = 0;
    double m_tableWidth;
};

} // namespace

int layoutApplication(HpdfDocument &document, const PdfContent &content, SignatureArea *area)
{
    Layout layout(document, content, area);
    return layout.run();
}

} // namespace nbapply::pdf

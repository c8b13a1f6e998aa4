#include "reviewreportlayout.h"

#include "pdf/hpdfdocument.h"
#include "pdf/linebreaker.h"
#include "pdf/pdfstrings.h"

namespace nbapply
{

namespace
{

using pdf::kBlack;
using pdf::kGrey;

struct Style {
    double size;
    double grey = kBlack;
    bool bold = false;
    double indent = 0;
    double spaceBefore = 0;
    double leading() const { return size * 1.42; }
};

// The application PDF's sizes (pdflayout.cpp), so the documents of one application read as a set.
Style styleOf(ReportBlock::Style style)
{
    switch (style) {
    case ReportBlock::Style::Title:
        return {16, kBlack, true, 0, 0};
    case ReportBlock::Style::Heading:
        return {12, kBlack, true, 0, 10};
    case ReportBlock::Style::Subheading:
        return {10, kBlack, true, 0, 5};
    case ReportBlock::Style::Body:
        return {9.5, kBlack, false, 0, 1};
    case ReportBlock::Style::Detail:
        return {8.5, kGrey, false, 0, 0};
    case ReportBlock::Style::Quote:
        return {9.5, 0.15, false, 16, 0};
    case ReportBlock::Style::Removed:
        return {9.5, kGrey, false, 8, 0};
    case ReportBlock::Style::Added:
        return {9.5, kBlack, true, 8, 0};
    }
    return {9.5};
}

constexpr double kMarginX = 48;
constexpr double kHeaderBaseline = 30; // from the top
constexpr double kContentTop = 58;
constexpr double kContentBottom = 780;
constexpr double kFooterRuleY = 44; // from the bottom
const Style kMark{9, kBlack, true};
const Style kFooter{7, kGrey};

class Layout
{
  public:
    Layout(pdf::HpdfDocument &document, const QList<ReportBlock> &blocks, const QString &fingerprint)
        : m_doc(document), m_blocks(blocks), m_fingerprint(fingerprint)
    {
    }

    int run()
    {
        // Tagged as the application is (pdf/pdftagging.h): headings, paragraphs, furniture as artifacts.
        m_doc.tags().setEnabled(true);
        newPage();
        if (m_doc.failed())
            return 0;
        m_width = m_doc.pageWidth() - 2 * kMarginX;
        for (const ReportBlock &block : m_blocks) {
            if (m_doc.failed())
                return 0;
            draw(block);
        }
        furniture();
        return static_cast<int>(m_pages.size());
    }

  private:
    double pdfY(double top) const { return m_doc.pageHeight() - top; }

    void newPage()
    {
        m_page = m_doc.addPage();
        m_pages << m_page;
        m_cursor = kContentTop;
    }

    void draw(const ReportBlock &block)
    {
        const Style style = styleOf(block.style);
        const double width = m_width - style.indent;
        const QStringList lines = pdf::breakLines(
            block.text, width, [&](QStringView piece) { return m_doc.textWidth(piece, style.size); });
        m_cursor += style.spaceBefore;
        // A heading keeps at least two lines of what follows on its page.
        const bool heading =
            block.style == ReportBlock::Style::Heading || block.style == ReportBlock::Style::Subheading;
        if (heading && m_cursor + style.leading() * 3 > kContentBottom)
            newPage();
        m_doc.tags().open(block.style == ReportBlock::Style::Title        ? pdf::StructRole::H1
                          : block.style == ReportBlock::Style::Heading    ? pdf::StructRole::H2
                          : block.style == ReportBlock::Style::Subheading ? pdf::StructRole::H3
                                                                          : pdf::StructRole::P);
        for (const QString &line : lines) {
            if (m_cursor + style.leading() > kContentBottom)
                newPage();
            const double baseline = m_cursor + (style.leading() - style.size) / 2 + style.size * 0.88;
            m_doc.drawText(m_page, kMarginX + style.indent, pdfY(baseline), line, style.size, style.grey,
                           style.bold);
            m_cursor += style.leading();
        }
        m_doc.tags().close();
        if (block.style == ReportBlock::Style::Heading)
            m_doc.fillRect(m_page, kMarginX, pdfY(m_cursor + 1), m_width, 0.5, 0.6);
        if (heading)
            m_cursor += 3;
    }

    // 内部 / INTERNAL above and below every page: whoever holds one page of it knows what it is.
    void furniture()
    {
        const int count = static_cast<int>(m_pages.size());
        const BilingualText pages = pdf::pageOfPages();
        const BilingualText mark = internalMark();
        const QString markText = mark.zh + QStringLiteral(" / ") + mark.en;
        const double footerBaseline = kFooterRuleY - 12;
        m_doc.beginArtifact(pdf::ArtifactKind::Pagination);
        for (int i = 0; i < count; ++i) {
            HPDF_Page page = m_pages.at(i);
            m_doc.drawText(page, kMarginX, pdfY(kHeaderBaseline), markText, kMark.size, kMark.grey, true);
            const QString title = reviewReportTitle().zh + QStringLiteral(" / ") + reviewReportTitle().en;
            m_doc.drawText(page, kMarginX + m_width - m_doc.textWidth(title, kFooter.size),
                           pdfY(kHeaderBaseline), title, kFooter.size, kFooter.grey);
            m_doc.fillRect(page, kMarginX, pdfY(kHeaderBaseline + 6), m_width, 0.8, 0.2);
            m_doc.fillRect(page, kMarginX, kFooterRuleY, m_width, 0.5, 0.6);
            const QString left = markText + QStringLiteral(" · ") + pages.zh.arg(i + 1).arg(count) +
                                 QStringLiteral(" · ") + pages.en.arg(i + 1).arg(count);
            m_doc.drawText(page, kMarginX, footerBaseline, left, kMark.size - 1, kMark.grey, true);
            const QString right = pdf::fingerprintLabel().zh + QStringLiteral(" / ") +
                                  pdf::fingerprintLabel().en + QLatin1Char(' ') + m_fingerprint;
            m_doc.drawText(page, kMarginX + m_width - m_doc.textWidth(right, kFooter.size), footerBaseline,
                           right, kFooter.size, kFooter.grey);
        }
        m_doc.endArtifact();
    }

    pdf::HpdfDocument &m_doc;
    const QList<ReportBlock> &m_blocks;
    QString m_fingerprint;
    QList<HPDF_Page> m_pages;
    HPDF_Page m_page = nullptr;
    double m_cursor = 0;
    double m_width = 0;
};

} // namespace

int layoutReviewReport(pdf::HpdfDocument &document, const QList<ReportBlock> &blocks,
                       const QString &fingerprint)
{
    Layout layout(document, blocks, fingerprint);
    return layout.run();
}

QString reviewReportFurniture()
{
    const BilingualText pages = pdf::pageOfPages();
    return internalMark().zh + internalMark().en + reviewReportTitle().zh + reviewReportTitle().en +
           pages.zh + pages.en + pdf::fingerprintLabel().zh + pdf::fingerprintLabel().en +
           QStringLiteral(" /·0123456789abcdef");
}

} // namespace nbapply

#include "letterlayout.h"

#include "letterwording.h"
#include "pdf/linebreaker.h"
#include "pdf/pdfstrings.h"

#include <QList>

#include <algorithm>

namespace nbapply::letter
{

namespace
{

using pdf::kBlack;
using pdf::kGrey;

struct Style {
    double size;
    double grey = kBlack;
    bool bold = false;
    double leading() const { return size * 1.42; }
};

// The application PDF's sizes (pdflayout.cpp), so the two documents read as one set.
const Style kTitle{18, kBlack, true};
const Style kTitleEn{11, 0.2};
const Style kNotice{9, kBlack, true};
const Style kNoticeEn{8, kGrey};
const Style kHeading{11, kBlack, true};
const Style kHeadingEn{9, 0.25};
const Style kLabel{9.5};
const Style kValue{10};
const Style kBody{10};
const Style kBodyEn{8.5, kGrey};
const Style kFooter{7, kGrey};

constexpr double kMarginX = 48;
constexpr double kMarginTop = 46;
constexpr double kContentBottom = 784;
constexpr double kFooterRuleY = 44;
constexpr double kLabelColumn = 180;
constexpr double kPadX = 5;
constexpr double kPadY = 3;
constexpr double kPointsPerMm = 72.0 / 25.4;

class Layout
{
  public:
    Layout(pdf::HpdfDocument &document, const LetterContent &content) : m_doc(document), m_content(content) {}

    int run()
    {
        newPage();
        if (m_doc.failed())
            return 0;
        m_width = m_doc.pageWidth() - 2 * kMarginX;
        centred(m_content.title.zh, kTitle);
        centred(m_content.title.en, kTitleEn);
        m_cursor += 6;
        paragraph(m_content.notice.zh, kNotice, 1);
        paragraph(m_content.notice.en, kNoticeEn, 8);
        table(m_content.principalHeading, m_content.principal);
        table(m_content.representativeHeading, m_content.representative);
        heading(m_content.matterHeading);
        paragraph(m_content.matter.zh, kBody, 2);
        paragraph(m_content.matter.en, kBodyEn, 8);
        heading(m_content.periodHeading);
        paragraph(m_content.period.zh, kBody, 1);
        paragraph(m_content.period.en, kBodyEn, 8);
        // Before the boxes: what is signed includes which language governs.
        paragraph(m_content.governingNote.zh, kBody, 1);
        paragraph(m_content.governingNote.en, kBodyEn, 10);
        boxes();
        footers();
        return static_cast<int>(m_pages.size());
    }

  private:
    double measure(QStringView text, const Style &style) const { return m_doc.textWidth(text, style.size); }
    double pdfY(double top) const { return m_doc.pageHeight() - top; }

    QStringList lines(const QString &text, const Style &style, double width) const
    {
        if (text.isEmpty())
            return {};
        return pdf::breakLines(text, width, [&](QStringView piece) { return measure(piece, style); });
    }

    void newPage()
    {
        m_page = m_doc.addPage();
        m_pages << m_page;
        m_cursor = kMarginTop;
    }

    void ensureRoom(double height)
    {
        if (m_cursor + height > kContentBottom)
            newPage();
    }

    // Baseline of a line of `style` whose top is `top`: a CJK em box centred in the leading.
    double baseline(double top, const Style &style) const
    {
        return top + (style.leading() - style.size) / 2 + style.size * 0.88;
    }

    void text(double x, double top, const QString &line, const Style &style)
    {
        m_doc.drawText(m_page, x, pdfY(baseline(top, style)), line, style.size, style.grey, style.bold);
    }

    void centred(const QString &value, const Style &style)
    {
        for (const QString &line : lines(value, style, m_width)) {
            ensureRoom(style.leading());
            text(kMarginX + (m_width - measure(line, style)) / 2, m_cursor, line, style);
            m_cursor += style.leading();
        }
    }

    void paragraph(const QString &value, const Style &style, double spaceAfter)
    {
        for (const QString &line : lines(value, style, m_width)) {
            ensureRoom(style.leading());
            text(kMarginX, m_cursor, line, style);
            m_cursor += style.leading();
        }
        m_cursor += spaceAfter;
    }

    void heading(const BilingualText &title)
    {
        ensureRoom(kHeading.leading() + 3 * kBody.leading());
        text(kMarginX, m_cursor, title.zh, kHeading);
        text(kMarginX + measure(title.zh, kHeading) + 8, m_cursor + 1.5, title.en, kHeadingEn);
        m_cursor += kHeading.leading() + 2;
    }

    // Each row: the label (Chinese / English) beside the value, both wrapped; a row never splits.
    void table(const BilingualText &title, const QList<LetterRow> &rows)
    {
        heading(title);
        const double valueWidth = m_width - kLabelColumn - 2 * kPadX;
        for (const LetterRow &row : rows) {
            const QStringList label =
                lines(row.label.zh + QStringLiteral(" / ") + row.label.en, kLabel, kLabelColumn - 2 * kPadX);
            const QStringList value = lines(row.value, kValue, valueWidth);
            const double height =
                std::max(label.size() * kLabel.leading(), value.size() * kValue.leading()) + 2 * kPadY;
            ensureRoom(height);
            const double bottom = pdfY(m_cursor + height);
            m_doc.strokeRect(m_page, kMarginX, bottom, kLabelColumn, height);
            m_doc.strokeRect(m_page, kMarginX + kLabelColumn, bottom, m_width - kLabelColumn, height);
            double top = m_cursor + kPadY;
            for (const QString &line : label) {
                text(kMarginX + kPadX, top, line, kLabel);
                top += kLabel.leading();
            }
            top = m_cursor + kPadY;
            for (const QString &line : value) {
                text(kMarginX + kLabelColumn + kPadX, top, line, kValue);
                top += kValue.leading();
            }
            m_cursor += height;
        }
        m_cursor += 6;
    }

    // The boxes side by side at their physical size; a box is never shrunk to fit.
    void boxes()
    {
        const double width = kBoxWidthMm * kPointsPerMm;
        const double height = kBoxHeightMm * kPointsPerMm;
        const int count = static_cast<int>(m_content.boxes.size());
        if (count == 0)
            return;
        const double gap = count > 1 ? std::min(20.0, (m_width - count * width) / (count - 1)) : 0;
        ensureRoom(height);
        for (int i = 0; i < count; ++i) {
            const LetterBox &box = m_content.boxes.at(i);
            const double left = kMarginX + i * (width + gap);
            m_doc.strokeRect(m_page, left, pdfY(m_cursor + height), width, height);
            double top = m_cursor + kPadY;
            for (const QString &line : lines(box.label.zh, kLabel, width - 2 * kPadX)) {
                text(left + kPadX, top, line, kLabel);
                top += kLabel.leading();
            }
            for (const QString &line : lines(box.label.en, kBodyEn, width - 2 * kPadX)) {
                text(left + kPadX, top, line, kBodyEn);
                top += kBodyEn.leading();
            }
            // A line to write on, near the bottom of the box: the signer's name, or the date.
            if (box.nameLine || box.dateLine) {
                const double lineTop = m_cursor + height - kPadY - kBodyEn.leading() * 2;
                if (box.nameLine)
                    text(left + kPadX, lineTop,
                         handwrittenName().zh + QStringLiteral(" / ") + handwrittenName().en, kBodyEn);
                m_doc.fillRect(m_page, left + kPadX, pdfY(lineTop + kBodyEn.leading() * 1.9),
                               width - 2 * kPadX, 0.5, 0.5);
            }
        }
        m_cursor += height;
    }

    void footers()
    {
        const int count = static_cast<int>(m_pages.size());
        const BilingualText pages = pdf::pageOfPages();
        const QString right = m_content.formTag + QStringLiteral(" · ") + pdf::exportedOnLabel().zh +
                              QStringLiteral(" / ") + pdf::exportedOnLabel().en + QLatin1Char(' ') +
                              m_content.exportDate + QStringLiteral(" · ") + pdf::fingerprintLabel().zh +
                              QStringLiteral(" / ") + pdf::fingerprintLabel().en + QLatin1Char(' ') +
                              m_content.fingerprint;
        const double footerBaseline = kFooterRuleY - 12;
        for (int i = 0; i < count; ++i) {
            m_page = m_pages.at(i);
            const QString left =
                pages.zh.arg(i + 1).arg(count) + QStringLiteral(" · ") + pages.en.arg(i + 1).arg(count);
            m_doc.fillRect(m_page, kMarginX, kFooterRuleY, m_width, 0.5, 0.6);
            m_doc.drawText(m_page, kMarginX, footerBaseline, left, kFooter.size, kFooter.grey);
            m_doc.drawText(m_page, kMarginX, footerBaseline - kFooter.leading(), right, kFooter.size,
                           kFooter.grey);
        }
    }

    pdf::HpdfDocument &m_doc;
    const LetterContent &m_content;
    QList<HPDF_Page> m_pages;
    HPDF_Page m_page = nullptr;
    double m_cursor = 0;
    double m_width = 0;
};

} // namespace

int layoutLetter(pdf::HpdfDocument &document, const LetterContent &content)
{
    Layout layout(document, content);
    return layout.run();
}

} // namespace nbapply::letter

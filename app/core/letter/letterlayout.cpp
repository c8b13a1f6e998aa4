#include "letterlayout.h"

#include "application/displaytext.h"
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
using pdf::StructRole;

// `english`: the text is English, tagged /Lang en (the document's language is zh-CN).
struct Style {
    double size;
    double grey = kBlack;
    bool bold = false;
    bool english = false;
    double leading() const { return size * 1.42; }
    Style scaled(double factor) const { return Style{size * factor, grey, bold, english}; }
};

// The application PDF's sizes (pdflayout.cpp), so the two documents read as one set.
const Style kTitle{18, kBlack, true};
const Style kTitleEn{11, 0.2, false, true};
const Style kNotice{9, kBlack, true};
const Style kNoticeEn{8, kGrey, false, true};
const Style kHeading{11, kBlack, true};
const Style kHeadingEn{9, 0.25, false, true};
const Style kLabel{9.5};
const Style kValue{10};
const Style kBody{10};
const Style kBodyEn{8.5, kGrey, false, true};
const Style kNameLine{8.5, kGrey}; // Chinese and English on one line

const QString kEnglish = QStringLiteral("en");
const Style kFooter{7, kGrey};
const Style kMark{9.5, kBlack, true};

constexpr double kMarginX = 48;
constexpr double kMarginTop = 46;
constexpr double kContentBottom = 784;
constexpr double kFooterRuleY = 44;
constexpr double kLabelColumn = 180;
constexpr double kPadX = 5;
constexpr double kPadY = 3;
constexpr double kPointsPerMm = 72.0 / 25.4;
// The letter is always one page: when its text does not fit at full size, the variable parts (notice,
// tables, matter, period, their spacing) are laid out again smaller, in these steps. The title and the
// boxes keep their size: the boxes hold a real seal. The samples fit at full size; at the smallest step
// the longest values the fields allow (maxLength) still fit (letterpdf_test checks both).
constexpr double kScales[] = {1.0, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58, 0.55};

class Layout
{
  public:
    Layout(pdf::HpdfDocument &document, const LetterContent &content) : m_doc(document), m_content(content) {}

    int run()
    {
        m_doc.tags().setEnabled(true);
        m_page = m_doc.addPage();
        if (m_doc.failed() || !m_page)
            return 0;
        m_width = m_doc.pageWidth() - 2 * kMarginX;
        // Measured first (nothing drawn), at the largest scale that fits.
        m_drawing = false;
        for (double scale : kScales) {
            m_scale = scale;
            if (body() <= kContentBottom)
                break;
        }
        m_drawing = true;
        body();
        footer();
        return 1;
    }

  private:
    // Lays out (or only measures) everything above the footer; returns where it ends.
    double body()
    {
        m_cursor = kMarginTop;
        open(StructRole::H1);
        centred(m_content.title.zh, kTitle);
        centred(m_content.title.en, kTitleEn);
        close();
        m_cursor += 6 * m_scale;
        paragraph(m_content.notice.zh, s(kNotice), 1);
        paragraph(m_content.notice.en, s(kNoticeEn), 8);
        table(m_content.principalHeading, m_content.principal);
        table(m_content.representativeHeading, m_content.representative);
        heading(m_content.matterHeading);
        paragraph(m_content.matter.zh, s(kBody), 2);
        paragraph(m_content.matter.en, s(kBodyEn), 8);
        heading(m_content.periodHeading);
        paragraph(m_content.period.zh, s(kBody), 1);
        paragraph(m_content.period.en, s(kBodyEn), 8);
        // Before the boxes: what is signed includes which language governs.
        paragraph(m_content.governingNote.zh, s(kBody), 1);
        paragraph(m_content.governingNote.en, s(kBodyEn), 10);
        boxes();
        return m_cursor;
    }

    Style s(const Style &style) const { return style.scaled(m_scale); }

    double measure(QStringView text, const Style &style) const { return m_doc.textWidth(text, style.size); }
    double pdfY(double top) const { return m_doc.pageHeight() - top; }

    QStringList lines(const QString &text, const Style &style, double width) const
    {
        if (text.isEmpty())
            return {};
        return pdf::breakLines(text, width, [&](QStringView piece) { return measure(piece, style); });
    }

    // Baseline of a line of `style` whose top is `top`: a CJK em box centred in the leading.
    double baseline(double top, const Style &style) const
    {
        return top + (style.leading() - style.size) / 2 + style.size * 0.88;
    }

    // The structure (pdftagging.h) is recorded while drawing, not while measuring.
    void open(StructRole role, const QString &language = QString())
    {
        if (m_drawing)
            m_doc.tags().open(role, language);
    }
    void close()
    {
        if (m_drawing)
            m_doc.tags().close();
    }

    void text(double x, double top, const QString &line, const Style &style)
    {
        if (!m_drawing)
            return;
        // English text in a Chinese element is a Span of its own, with its language.
        const bool span = style.english && m_doc.tags().currentLanguage() != kEnglish;
        if (span)
            open(StructRole::Span, kEnglish);
        m_doc.drawText(m_page, x, pdfY(baseline(top, style)), line, style.size, style.grey, style.bold);
        if (span)
            close();
    }

    void centred(const QString &value, const Style &style)
    {
        for (const QString &line : lines(value, style, m_width)) {
            text(kMarginX + (m_width - measure(line, style)) / 2, m_cursor, line, style);
            m_cursor += style.leading();
        }
    }

    void paragraph(const QString &value, const Style &style, double spaceAfter)
    {
        open(StructRole::P, style.english ? kEnglish : QString());
        for (const QString &line : lines(value, style, m_width)) {
            text(kMarginX, m_cursor, line, style);
            m_cursor += style.leading();
        }
        close();
        m_cursor += spaceAfter * m_scale;
    }

    void heading(const BilingualText &title)
    {
        const Style zh = s(kHeading);
        open(StructRole::H2);
        text(kMarginX, m_cursor, title.zh, zh);
        text(kMarginX + measure(title.zh, zh) + 8 * m_scale, m_cursor + 1.5 * m_scale, title.en,
             s(kHeadingEn));
        close();
        m_cursor += zh.leading() + 2 * m_scale;
    }

    // Each row: the label (Chinese / English) beside the value, both wrapped, and below the value the
    // mark 未经校验 / unverified where the application prints it.
    void table(const BilingualText &title, const QList<LetterRow> &rows)
    {
        heading(title);
        const Style labelStyle = s(kLabel);
        const Style valueStyle = s(kValue);
        const Style markStyle = s(kMark);
        const double padY = kPadY * m_scale;
        const double valueWidth = m_width - kLabelColumn - 2 * kPadX;
        open(StructRole::Table);
        for (const LetterRow &row : rows) {
            const QStringList label = lines(row.label.zh + QStringLiteral(" / ") + row.label.en, labelStyle,
                                            kLabelColumn - 2 * kPadX);
            const QStringList value = lines(row.value, valueStyle, valueWidth);
            const QStringList mark =
                row.unverified ? lines(QStringLiteral("【") + unverifiedMark().zh + QStringLiteral(" / ") +
                                           unverifiedMark().en + QStringLiteral("】"),
                                       markStyle, valueWidth)
                               : QStringList();
            const double valueHeight =
                value.size() * valueStyle.leading() + mark.size() * markStyle.leading();
            const double height = std::max(label.size() * labelStyle.leading(), valueHeight) + 2 * padY;
            if (m_drawing) {
                const double bottom = pdfY(m_cursor + height);
                m_doc.strokeRect(m_page, kMarginX, bottom, kLabelColumn, height);
                m_doc.strokeRect(m_page, kMarginX + kLabelColumn, bottom, m_width - kLabelColumn, height);
            }
            // A row of a table whose label cell is the row's header (TH, /Scope /Row).
            open(StructRole::TR);
            open(StructRole::TH);
            if (m_drawing)
                m_doc.tags().setRowHeader(m_doc.tags().current());
            double top = m_cursor + padY;
            for (const QString &line : label) {
                text(kMarginX + kPadX, top, line, labelStyle);
                top += labelStyle.leading();
            }
            close();
            open(StructRole::TD);
            top = m_cursor + padY;
            for (const QString &line : value) {
                text(kMarginX + kLabelColumn + kPadX, top, line, valueStyle);
                top += valueStyle.leading();
            }
            for (const QString &line : mark) {
                text(kMarginX + kLabelColumn + kPadX, top, line, markStyle);
                top += markStyle.leading();
            }
            close();
            close();
            m_cursor += height;
        }
        close();
        m_cursor += 6 * m_scale;
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
        if (!m_drawing) {
            m_cursor += height;
            return;
        }
        for (int i = 0; i < count; ++i) {
            const LetterBox &box = m_content.boxes.at(i);
            const double left = kMarginX + i * (width + gap);
            m_doc.strokeRect(m_page, left, pdfY(m_cursor + height), width, height);
            open(StructRole::P);
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
                         handwrittenName().zh + QStringLiteral(" / ") + handwrittenName().en, kNameLine);
                m_doc.fillRect(m_page, left + kPadX, pdfY(lineTop + kBodyEn.leading() * 1.9),
                               width - 2 * kPadX, 0.5, 0.5);
            }
            close();
        }
        m_cursor += height;
    }

    void footer()
    {
        const int count = 1;
        const BilingualText pages = pdf::pageOfPages();
        const QString right = m_content.formTag + QStringLiteral(" · ") + pdf::exportedOnLabel().zh +
                              QStringLiteral(" / ") + pdf::exportedOnLabel().en + QLatin1Char(' ') +
                              m_content.exportDate + QStringLiteral(" · ") + pdf::fingerprintLabel().zh +
                              QStringLiteral(" / ") + pdf::fingerprintLabel().en + QLatin1Char(' ') +
                              m_content.fingerprint;
        const double footerBaseline = kFooterRuleY - 12;
        m_doc.beginArtifact(pdf::ArtifactKind::Footer);
        for (int i = 0; i < count; ++i) {
            const QString left =
                pages.zh.arg(i + 1).arg(count) + QStringLiteral(" · ") + pages.en.arg(i + 1).arg(count);
            m_doc.fillRect(m_page, kMarginX, kFooterRuleY, m_width, 0.5, 0.6);
            m_doc.drawText(m_page, kMarginX, footerBaseline, left, kFooter.size, kFooter.grey);
            m_doc.drawText(m_page, kMarginX, footerBaseline - kFooter.leading(), right, kFooter.size,
                           kFooter.grey);
        }
        m_doc.endArtifact();
    }

    pdf::HpdfDocument &m_doc;
    const LetterContent &m_content;
    HPDF_Page m_page = nullptr;
    double m_cursor = 0;
    double m_width = 0;
    double m_scale = 1;
    bool m_drawing = false;
};

} // namespace

int layoutLetter(pdf::HpdfDocument &document, const LetterContent &content)
{
    Layout layout(document, content);
    return layout.run();
}

} // namespace nbapply::letter

#include "linebreaker.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace nbapply::pdf
{

namespace
{

QStringView withoutTrailingSpaces(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.first(end);
}

// Pieces of `text` between consecutive boundaries of `type`.
QList<QStringView> pieces(QStringView text, QTextBoundaryFinder::BoundaryType type)
{
    QList<QStringView> result;
    QTextBoundaryFinder finder(type, text.data(), static_cast<int>(text.size()));
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype position = finder.position();
        if (position > start) {
            result << text.sliced(start, position - start);
            start = position;
        }
    }
    if (start < text.size())
        result << text.sliced(start);
    return result;
}

// Line-break segments (UAX #14), except that a hyphen-minus between two letters or digits does not
// end a segment: text extractors (poppler's pdftotext among them) treat a line ending in "-" as a
// hyphenated word and drop the hyphen, so "fine-tuning" would come back as "finetuning".
QList<QStringView> lineSegments(QStringView paragraph)
{
    QList<QStringView> segments;
    for (QStringView piece : pieces(paragraph, QTextBoundaryFinder::Line)) {
        const qsizetype end = piece.data() - paragraph.data() + piece.size();
        const bool joinNext = !segments.isEmpty() && segments.last().endsWith(QLatin1Char('-')) &&
                              segments.last().size() >= 2 &&
                              segments.last().at(segments.last().size() - 2).isLetterOrNumber() &&
                              piece.front().isLetterOrNumber();
        if (joinNext) {
            const qsizetype start = segments.last().data() - paragraph.data();
            segments.last() = paragraph.sliced(start, end - start);
        } else {
            segments << piece;
        }
    }
    return segments;
}

class ParagraphBreaker
{
  public:
    ParagraphBreaker(double maxWidth, const MeasureText &measure, QStringList *lines)
        : m_maxWidth(maxWidth), m_measure(measure), m_lines(lines)
    {
    }

    void add(QStringView segment)
    {
        const double visibleWidth = m_measure(withoutTrailingSpaces(segment));
        if (!m_line.isEmpty() && m_width + visibleWidth > m_maxWidth)
            flush();
        if (m_line.isEmpty() && visibleWidth > m_maxWidth) {
            addGraphemes(segment);
            return;
        }
        m_line += segment;
        m_width += m_measure(segment);
    }

    void finish() { flush(); }

  private:
    // Emergency break inside an unbreakable run: as many grapheme clusters as fit, at least one.
    void addGraphemes(QStringView segment)
    {
        for (QStringView grapheme : pieces(segment, QTextBoundaryFinder::Grapheme)) {
            const double width = m_measure(grapheme);
            const bool isSpace = withoutTrailingSpaces(grapheme).isEmpty();
            if (!m_line.isEmpty() && !isSpace && m_width + width > m_maxWidth)
                flush();
            m_line += grapheme;
            m_width += width;
        }
    }

    void flush()
    {
        if (m_line.isEmpty())
            return;
        *m_lines << withoutTrailingSpaces(m_line).toString();
        m_line.clear();
        m_width = 0;
    }

    double m_maxWidth;
    const MeasureText &m_measure;
    QStringList *m_lines;
    QString m_line;
    double m_width = 0;
};

} // namespace

QStringList breakLines(const QString &text, double maxWidth, const MeasureText &measure)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines;
    for (const QString &paragraph : unified.split(QLatin1Char('\n'))) {
        if (withoutTrailingSpaces(paragraph).isEmpty()) {
            lines << QString();
            continue;
        }
        ParagraphBreaker breaker(maxWidth, measure, &lines);
        for (QStringView segment : lineSegments(paragraph))
            breaker.add(segment);
        breaker.finish();
    }
    return lines;
}

} // namespace nbapply::pdf

#pragma once

// Reads exported PDFs back with independent tools (poppler, qpdf, fontTools), as a licensor would.

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace nbapply::test
{

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun runTool(const QString &program, const QStringList &arguments);

// pdftotext -enc UTF-8 FILE -
ToolRun pdfToText(const QString &pdfPath);
// pdftotext's text with the page furniture removed (footer lines, the repeated "（续）" heading), so
// that a value split across pages reads as one text.
QString textWithoutPageFurniture(const QString &pdfText);
// The text without any whitespace: line breaks of wrapped text vanish, as in the tests' comparisons.
QString withoutWhitespace(const QString &text);

// Every word of `pdftotext -bbox` with its page size.
struct PdfWord {
    QString text;
    QRectF box;
    QSizeF page;
    int pageIndex = 0;
};
QList<PdfWord> pdfWords(const QString &pdfPath);

// `pdfinfo FILE` as key -> value.
QMap<QString, QString> pdfInfo(const QString &pdfPath);

// /usr/bin/python3 tests/tools/check-pdf-glyphs.py FILE
ToolRun checkGlyphs(const QString &pdfPath);
// /usr/bin/python3 tests/tools/check-tagged-pdf.py [--english] FILE: exit 0 and a summary line (with the
// count of each structure type) when the PDF is tagged as PDF/UA-1 asks, else exit 1 and the problems.
// `english`: some element must be marked English (the bilingual documents).
ToolRun checkTagged(const QString &pdfPath, bool english = true);

// Python defining, for fontTools: open_font(path), the PDF font of a file or collection (the face of
// family "Noto Sans CJK SC" in a .ttc); shape(font, name), a glyph's advance, outline bounds and
// contour count, whatever its outline format; same_shape(a, b), equal but for bounds within 2 font units
// (the tolerance of the CFF-to-TrueType conversion plus rounding).
QString fontToolsShapes();

QString writeTemp(const QString &folder, const QString &name, const QByteArray &bytes);

} // namespace nbapply::test

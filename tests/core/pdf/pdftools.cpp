#include "pdftools.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>

namespace nbapply::test
{

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ToolRun pdfToText(const QString &pdfPath)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
}

QString textWithoutPageFurniture(const QString &pdfText)
{
    QStringList kept;
    for (const QString &line : pdfText.split(QRegularExpression(QStringLiteral("[\\n\\f]")))) {
        const bool furniture = line.contains(QStringLiteral(" 页 / 共 ")) ||
                               line.contains(QStringLiteral("nanbeige-annex@1 · ")) ||
                               line.contains(QStringLiteral("（续）"));
        if (!furniture)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

QString withoutWhitespace(const QString &text)
{
    QString result;
    for (QChar c : text)
        if (!c.isSpace())
            result += c;
    return result;
}

QList<PdfWord> pdfWords(const QString &pdfPath)
{
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    QList<PdfWord> words;
    static const QRegularExpression page(QStringLiteral(R"re(<page width="([\d.]+)" height="([\d.]+)">)re"));
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)</word>)re"));
    QSizeF pageSize;
    int pageIndex = -1;
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        if (const auto match = page.match(line); match.hasMatch()) {
            pageSize = QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
            ++pageIndex;
        } else if (const auto w = word.match(line); w.hasMatch()) {
            const QPointF topLeft(w.captured(1).toDouble(), w.captured(2).toDouble());
            const QPointF bottomRight(w.captured(3).toDouble(), w.captured(4).toDouble());
            words << PdfWord{w.captured(5), QRectF(topLeft, bottomRight), pageSize, pageIndex};
        }
    }
    return words;
}

QMap<QString, QString> pdfInfo(const QString &pdfPath)
{
    const ToolRun run =
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath});
    QMap<QString, QString> info;
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

ToolRun checkGlyphs(const QString &pdfPath)
{
    return runTool(QStringLiteral(NBAPPLY_SYSTEM_PYTHON),
                   {sourcePath(QStringLiteral("tests/tools/check-pdf-glyphs.py")), pdfPath});
}

ToolRun checkTagged(const QString &pdfPath, bool english)
{
    QStringList arguments{sourcePath(QStringLiteral("tests/tools/check-tagged-pdf.py"))};
    if (english)
        arguments << QStringLiteral("--english");
    return runTool(QStringLiteral(NBAPPLY_SYSTEM_PYTHON), arguments << pdfPath);
}

QString fontToolsShapes()
{
    return QStringLiteral(
        "import sys\n"
        "from fontTools.ttLib import TTFont, TTCollection\n"
        "from fontTools.pens.boundsPen import BoundsPen\n"
        "from fontTools.pens.recordingPen import RecordingPen\n"
        "def open_font(path):\n"
        "    with open(path, 'rb') as f:\n"
        "        collection = f.read(4) == b'ttcf'\n"
        "    if not collection:\n"
        "        return TTFont(path, lazy=True)\n"
        "    for i in range(len(TTCollection(path, lazy=True).fonts)):\n"
        "        font = TTFont(path, fontNumber=i, lazy=True)\n"
        "        if font['name'].getDebugName(1) == 'Noto Sans CJK SC':\n"
        "            return font\n"
        "    sys.exit('no Noto Sans CJK SC in ' + path)\n"
        "def shape(font, name):\n"
        "    glyphs = font.getGlyphSet(); bounds = BoundsPen(glyphs); rec = RecordingPen()\n"
        "    glyphs[name].draw(bounds); glyphs[name].draw(rec)\n"
        "    contours = sum(1 for op, _ in rec.value if op in ('closePath', 'endPath'))\n"
        "    return (font['hmtx'][name][0], bounds.bounds, contours)\n"
        "def same_shape(a, b):\n"
        "    if a[0] != b[0] or a[2] != b[2] or (a[1] is None) != (b[1] is None):\n"
        "        return False\n"
        "    return a[1] is None or all(abs(x - y) <= 2 for x, y in zip(a[1], b[1]))\n");
}

QString writeTemp(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

} // namespace nbapply::test

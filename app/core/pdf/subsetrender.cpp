#include "subsetrender.h"

#include "hpdfdocument.h"
#include "pdffont.h"

#include <QFileInfo>
#include <QTemporaryFile>

namespace nbapply::pdf
{

namespace
{

RawPdf failure(const BilingualText &error)
{
    RawPdf result;
    result.error = error;
    return result;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") +
           QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

RawPdf renderWithFontSubset(const QString &fontPath, const QList<char32_t> &codePoints,
                            const std::function<int(HpdfDocument &)> &layout)
{
    const QString font = fontPath.isEmpty() ? findFontPath() : fontPath;
    if (font.isEmpty() || !QFileInfo(font).isReadable())
        return failure(missingFontError(font));

    // The validators report the same characters with the field they are in.
    const auto printable = fontCoverage(font);
    for (char32_t c : codePoints) {
        if (!printable(c))
            return failure(
                {QStringLiteral("PDF 字体无法显示字符 %1。请运行 nbapply validate 找到含该字符的字段并修改。")
                     .arg(codePointName(c)),
                 QStringLiteral("The PDF font cannot draw the character %1. Run nbapply validate to find "
                                "the field that holds it and change it.")
                     .arg(codePointName(c))});
    }

    const FontSubset subset = subsetFont(font, codePoints);
    if (!subset.ok())
        return failure(subset.error);
    // libharu loads fonts from files only, and reads the file again while saving.
    QTemporaryFile fontFile;
    if (!fontFile.open() || fontFile.write(subset.data) != subset.data.size() || !fontFile.flush())
        return failure(
            {QStringLiteral("无法写入临时文件（%1）。请检查临时目录的可用空间。").arg(fontFile.errorString()),
             QStringLiteral("Could not write a temporary file (%1). Check the free space of the "
                            "temporary folder.")
                 .arg(fontFile.errorString())});

    HpdfDocument document;
    document.loadFont(fontFile.fileName());
    RawPdf result;
    result.pageCount = document.failed() ? 0 : layout(document);
    result.bytes = document.save();
    if (document.failed() || result.bytes.isEmpty())
        return failure(document.error());
    return result;
}

} // namespace nbapply::pdf

#include "subsetrender.h"

#include "hpdfdocument.h"
#include "pdffont.h"

#include <QFileInfo>
#include <QSet>
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

// "𠮷 U+20BB7": the character itself and its code point (a control character only by its code point).
QString codePointName(char32_t c)
{
    const QString code =
        QStringLiteral("U+") +
        QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control || category == QChar::Other_Surrogate || c > 0x10FFFF)
        return code;
    return QStringLiteral("“") + QString::fromUcs4(&c, 1) + QStringLiteral("” ") + code;
}

// libharu loads fonts from files only, and reads the file again while saving.
bool writeTemporary(QTemporaryFile &file, const QByteArray &data)
{
    return file.open() && file.write(data) == data.size() && file.flush();
}

BilingualText temporaryFileError(const QTemporaryFile &file)
{
    return {
        QStringLiteral("无法写入临时文件（%1）。请检查临时目录的可用空间。").arg(file.errorString()),
        QStringLiteral("Could not write a temporary file (%1). Check the free space of the temporary folder.")
            .arg(file.errorString())};
}

} // namespace

RawPdf renderWithFontSubset(const QString &fontPath, const QList<char32_t> &codePoints,
                            const std::function<int(HpdfDocument &)> &layout)
{
    const QString font = fontPath.isEmpty() ? findFontPath() : fontPath;
    if (font.isEmpty() || !QFileInfo(font).isReadable())
        return failure(missingFontError(font));

    // Each character is drawn with the PDF font when it has it; an ideograph beyond the BMP that it
    // lacks, with the fallback font. The validators report the same characters with their field.
    const auto primary = fontCoverage(font);
    QList<char32_t> fallbackCodes;
    QString fallbackPath;
    std::function<bool(char32_t)> fallback;
    for (char32_t c : codePoints) {
        if (primary(c))
            continue;
        if (fallbackPlane(c) && !fallback) {
            fallbackPath = findFallbackFontPath();
            fallback = fallbackPath.isEmpty() ? [](char32_t) { return false; } : fontCoverage(fallbackPath);
        }
        if (fallbackPlane(c) && fallback(c)) {
            fallbackCodes << c;
            continue;
        }
        return failure(
            {QStringLiteral("PDF 字体无法显示字符 %1。请运行 nbapply validate 找到含该字符的字段并修改。")
                 .arg(codePointName(c)),
             QStringLiteral("The PDF fonts cannot draw the character %1. Run nbapply validate to find "
                            "the field that holds it and change it.")
                 .arg(codePointName(c))});
    }

    const PrivateUseMap privateUse(codePoints);
    if (!privateUse.complete())
        return failure({QStringLiteral("文本中超出基本多文种平面的不同字符过多（超过 6,000 个）。请删减。"),
                        QStringLiteral("The text holds too many different characters beyond the Basic "
                                       "Multilingual Plane (over 6,000). Shorten it.")});
    const FontSubset subset = subsetFont(font, codePoints, privateUse);
    if (!subset.ok())
        return failure(subset.error);
    QTemporaryFile fontFile;
    if (!writeTemporary(fontFile, subset.data))
        return failure(temporaryFileError(fontFile));

    HpdfDocument document;
    document.loadFont(fontFile.fileName());
    document.setPrivateUseMap(privateUse);

    // The fallback's subset holds only the characters the PDF font lacks, reached by their stand-ins.
    QTemporaryFile fallbackFile;
    if (!fallbackCodes.isEmpty()) {
        const FontSubset fallbackSubset = subsetFont(fallbackPath, fallbackCodes, privateUse);
        if (!fallbackSubset.ok())
            return failure(fallbackSubset.error);
        if (!writeTemporary(fallbackFile, fallbackSubset.data))
            return failure(temporaryFileError(fallbackFile));
        QSet<char16_t> standIns;
        for (qsizetype i = 0; i < privateUse.characters().size(); ++i)
            if (fallbackCodes.contains(privateUse.characters().at(i)))
                standIns.insert(privateUse.standIns().at(i));
        document.loadFallbackFont(fallbackFile.fileName(), standIns);
    }

    RawPdf result;
    result.privateUse = privateUse;
    result.pageCount = document.failed() ? 0 : layout(document);
    result.bytes = document.save();
    result.tags = document.tags();
    if (document.failed() || result.bytes.isEmpty())
        return failure(document.error());
    return result;
}

} // namespace nbapply::pdf

#include "pdfpostprocess.h"

#include <QTimeZone>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

namespace nbapply::pdf
{

namespace
{

constexpr int kFlateLevel = 3;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Identity CMap from 2-byte CIDs to the same UTF-16 code unit, for the whole BMP except the
// surrogates. bfrange entries may vary only in the last byte, so one range per high byte, at most
// 100 entries per block (PDF 32000-1 9.10.3 and Adobe TN 5014).
std::string identityToUnicodeCMap()
{
    std::string ranges;
    int inBlock = 0;
    std::string block;
    auto flush = [&] {
        if (inBlock == 0)
            return;
        ranges += std::to_string(inBlock) + " beginbfrange\n" + block + "endbfrange\n";
        block.clear();
        inBlock = 0;
    };
    for (int high = 0; high <= 0xFF; ++high) {
        if (high >= 0xD8 && high <= 0xDF)
            continue;
        char line[40];
        std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
        block += line;
        if (++inBlock == 100)
            flush();
    }
    flush();
    return "/CIDInit /ProcSet findresource begin\n"
           "12 dict begin\n"
           "begincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n"
           "/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
           ranges +
           "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
}

void replaceToUnicodeMaps(QPDF &qpdf)
{
    const std::string cmap = identityToUnicodeCMap();
    for (QPDFObjectHandle object : qpdf.getAllObjects()) {
        if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/Font"))
            continue;
        QPDFObjectHandle toUnicode = object.getKey("/ToUnicode");
        if (toUnicode.isStream())
            toUnicode.replaceStreamData(cmap, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
}

void embedJson(QPDF &qpdf, const QString &name, const QByteArray &json, const std::string &date,
               const char *description)
{
    auto stream = QPDFEFStreamObjectHelper::createEFStream(qpdf, json.toStdString());
    stream.setSubtype("application/json").setCreationDate(date).setModDate(date);
    auto spec = QPDFFileSpecObjectHelper::createFileSpec(qpdf, utf8(name), stream);
    spec.setDescription(description);
    QPDFEmbeddedFileDocumentHelper(qpdf).replaceEmbeddedFile(utf8(name), spec);
}

void writeMetadata(QPDF &qpdf, const PdfMetadata &metadata)
{
    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    auto set = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            info.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
    };
    set("/Title", metadata.title);
    set("/Subject", metadata.subject);
    set("/Author", metadata.author);
    set("/Creator", metadata.creator);
    set("/Producer", metadata.producer);
    set("/CreationDate", pdfDate(metadata.date));
    set("/ModDate", pdfDate(metadata.date));
    qpdf.getTrailer().replaceKey("/Info", qpdf.makeIndirectObject(info));

    QPDFObjectHandle root = qpdf.getRoot();
    if (!metadata.language.isEmpty())
        root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(metadata.language)));
    // Viewers show the title, not the file name, in their window.
    QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
    preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", preferences);
}

} // namespace

QString pdfDate(const QDateTime &date)
{
    const int offset = date.offsetFromUtc();
    QString text = QStringLiteral("D:") + date.toString(QStringLiteral("yyyyMMddHHmmss"));
    if (offset == 0)
        return text + QLatin1Char('Z');
    const int minutes = qAbs(offset) / 60;
    return text + (offset > 0 ? QLatin1Char('+') : QLatin1Char('-')) +
           QStringLiteral("%1'%2'")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

PostprocessResult postprocessPdf(const QByteArray &libharuPdf, const PdfMetadata &metadata,
                                 const QString &attachmentName, const QByteArray &draftJson,
                                 const QList<QPair<QString, QByteArray>> &moreAttachments)
{
    PostprocessResult result;
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("nbapply.pdf", libharuPdf.constData(), static_cast<size_t>(libharuPdf.size()));
        replaceToUnicodeMaps(qpdf);
        const std::string date = utf8(pdfDate(metadata.date));
        embedJson(qpdf, attachmentName, draftJson, date,
                  "nbapply draft: the data of this application (docs/draft-format.md)");
        for (const auto &[name, json] : moreAttachments)
            embedJson(qpdf, name, json, date,
                      "nbapply: the SHA-256 of each enclosed document (docs/package-format.md)");
        writeMetadata(qpdf, metadata);
        if (qpdf.anyWarnings())
            throw std::runtime_error("libharu output has structural problems");

        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        // libharu writes its streams uncompressed (HpdfDocument); qpdf compresses them all here. zlib
        // level 3 instead of 6 takes a tenth off the whole export for ~5 % more bytes (the embedded
        // font subset is most of them); measured with bench/nbapply-bench and callgrind.
        Pl_Flate::setCompressionLevel(kFlateLevel);
        writer.setCompressStreams(true);
        writer.setDecodeLevel(qpdf_dl_none);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        result.pdf = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                                static_cast<qsizetype>(buffer->getSize()));
    } catch (const std::exception &e) {
        const QString detail = QString::fromUtf8(e.what());
        result.pdf.clear();
        result.error = {
            QStringLiteral("完成 PDF 时出错（%1），未写入任何文件。请报告此问题。").arg(detail),
            QStringLiteral("Finishing the PDF failed (%1); no file was written. Please report the problem.")
                .arg(detail)};
    }
    return result;
}

} // namespace nbapply::pdf

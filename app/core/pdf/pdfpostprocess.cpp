#include "pdfpostprocess.h"

#include "pdfarchive.h"

#include <QTimeZone>
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

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
// surrogates, and from each stand-in of `privateUse` to its supplementary character as a surrogate
// pair (privateusemap.h). bfrange entries may vary only in the last byte, so at most one range per run
// within a high byte, at most 100 entries per block (PDF 32000-1 9.10.3 and Adobe TN 5014). A stand-in
// is left out of the ranges: a reader need not let a later bfchar win over an earlier range.
std::string toUnicodeCMap(const PrivateUseMap &privateUse)
{
    std::map<int, std::string> standIns; // CID -> UTF-16 hex of the real character
    for (qsizetype i = 0; i < privateUse.characters().size(); ++i) {
        const char32_t c = privateUse.characters().at(i);
        char hex[16];
        std::snprintf(hex, sizeof hex, "%04X%04X", unsigned(QChar::highSurrogate(c)),
                      unsigned(QChar::lowSurrogate(c)));
        standIns.emplace(int(privateUse.standIns().at(i)), hex);
    }
    std::vector<std::string> ranges;
    std::vector<std::string> chars;
    char line[64];
    auto addRange = [&](int from, int to) {
        std::snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n", from, to, from);
        ranges.emplace_back(line);
    };
    for (int high = 0; high <= 0xFF; ++high) {
        if (high >= 0xD8 && high <= 0xDF)
            continue;
        int runStart = high << 8;
        for (auto it = standIns.lower_bound(high << 8);
             it != standIns.end() && it->first <= (high << 8 | 0xFF); ++it) {
            if (it->first > runStart)
                addRange(runStart, it->first - 1);
            std::snprintf(line, sizeof line, "<%04X> <%s>\n", it->first, it->second.c_str());
            chars.emplace_back(line);
            runStart = it->first + 1;
        }
        if (runStart <= (high << 8 | 0xFF))
            addRange(runStart, high << 8 | 0xFF);
    }
    std::string body;
    auto blocks = [&body](const std::vector<std::string> &entries, const char *begin, const char *endName) {
        for (size_t at = 0; at < entries.size(); at += 100) {
            const size_t count = std::min<size_t>(100, entries.size() - at);
            body += std::to_string(count) + " " + begin + "\n";
            for (size_t i = at; i < at + count; ++i)
                body += entries[i];
            body += std::string(endName) + "\n";
        }
    };
    blocks(ranges, "beginbfrange", "endbfrange");
    blocks(chars, "beginbfchar", "endbfchar");
    return "/CIDInit /ProcSet findresource begin\n"
           "12 dict begin\n"
           "begincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n"
           "/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
           body +
           "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
}

void replaceToUnicodeMaps(QPDF &qpdf, const PrivateUseMap &privateUse)
{
    const std::string cmap = toUnicodeCMap(privateUse);
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

PostprocessResult postprocessPdf(const QByteArray &libharuPdf, const PdfMetadata &givenMetadata,
                                 const QString &attachmentName, const QByteArray &draftJson,
                                 const QList<QPair<QString, QByteArray>> &moreAttachments,
                                 const PrivateUseMap &privateUse, const TagTree &tags)
{
    PostprocessResult result;
    const SrgbProfile profile = loadSrgbProfile();
    if (!profile.ok()) {
        result.error = profile.error;
        return result;
    }
    const PdfMetadata metadata = archivalMetadata(givenMetadata);
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("nbapply.pdf", libharuPdf.constData(), static_cast<size_t>(libharuPdf.size()));
        replaceToUnicodeMaps(qpdf, privateUse);
        const std::string date = utf8(pdfDate(metadata.date));
        embedJson(qpdf, attachmentName, draftJson, date,
                  "nbapply draft: the data of this application (docs/draft-format.md)");
        for (const auto &[name, json] : moreAttachments)
            embedJson(qpdf, name, json, date,
                      "nbapply: the SHA-256 of each enclosed document (docs/package-format.md)");
        writeMetadata(qpdf, metadata);
        if (tags.enabled())
            writeStructure(qpdf, tags);
        makePdfA3b(qpdf, metadata, profile.bytes, utf8(attachmentName));
        if (qpdf.anyWarnings())
            throw std::runtime_error("libharu output has structural problems");

        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setMinimumPDFVersion("1.7"); // PDF/A-3 is based on PDF 1.7
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

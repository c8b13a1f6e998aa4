// The PDF signature as an incremental update written by nbapply: the exported bytes are never rewritten
// (qpdf only reads them), so the signature covers exactly the file the exporter made, plus the few
// objects that make it a signature.
#include "pdfsigner.h"

#include "pdf/pdfpostprocess.h"
#include "signing/signingidentity.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

namespace nbapply::signing
{

namespace
{

// ByteRange numbers are written into a fixed-width field and patched once the offsets are known.
constexpr int kByteRangeDigits = 10;
// Room beyond the measured signature: an ECDSA signature's DER length varies by a few bytes.
constexpr qsizetype kContentsMargin = 512;
// A placeholder is never larger than this: a certificate chain of a few certificates fits many times.
constexpr qsizetype kMaxContentsBytes = 64 * 1024;

PdfSignResult failure(const QString &zh, const QString &en)
{
    PdfSignResult result;
    result.error = {QStringLiteral("无法签署 PDF：%1").arg(zh),
                    QStringLiteral("Could not sign the PDF: %1").arg(en)};
    return result;
}

std::string text(QPDFObjectHandle object)
{
    return object.unparse();
}

// A dictionary's keys and values as PDF text (indirect values stay references), with `replaced` keys
// left out and `extra` appended.
std::string dictionaryText(QPDFObjectHandle dict, const std::vector<std::string> &replaced,
                           const std::string &extra)
{
    std::string out = "<<";
    for (const std::string &key : dict.getKeys()) {
        if (std::find(replaced.begin(), replaced.end(), key) != replaced.end())
            continue;
        out += ' ' + QPDFObjectHandle::newName(key).unparse() + ' ' + text(dict.getKey(key));
    }
    return out + ' ' + extra + " >>";
}

std::string reference(int number, int generation = 0)
{
    return std::to_string(number) + ' ' + std::to_string(generation) + " R";
}

std::string number(double value)
{
    return QString::number(value, 'f', 2).toStdString();
}

// The offset after the original's last "startxref": where its newest cross-reference section starts.
qint64 lastStartXref(const QByteArray &pdf)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0)
        return -1;
    const QByteArray tail = pdf.mid(at + 9, 32).trimmed();
    qsizetype digits = 0;
    while (digits < tail.size() && std::isdigit(static_cast<unsigned char>(tail[digits])))
        ++digits;
    bool ok = false;
    const qint64 offset = tail.left(digits).toLongLong(&ok);
    return ok ? offset : -1;
}

struct XrefEntry {
    int number;
    int generation;
    qint64 offset;
};

// Big-endian, `width` bytes.
void appendField(QByteArray *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i)
        out->append(char((value >> (8 * i)) & 0xFF));
}

QByteArray byteRangeText(qint64 a, qint64 b, qint64 c, qint64 d)
{
    const QByteArray numbers = QByteArray::number(a) + ' ' + QByteArray::number(b) + ' ' +
                               QByteArray::number(c) + ' ' + QByteArray::number(d);
    // "[" + four fields + three spaces + "]": the width the placeholder reserved.
    const qsizetype width = 4 * kByteRangeDigits + 3;
    return '[' + numbers.leftJustified(width, ' ') + ']';
}

} // namespace

PdfSignResult appendPdfSignature(const QByteArray &pdf, const QDateTime &time, const PdfSignatureArea &area,
                                 const DetachedSigner &sign)
{
    // 1. Size the placeholder: a detached signature's length does not depend on the content signed.
    const QByteArray probe = sign(QByteArrayLiteral("nbapply signature size probe"));
    if (probe.isEmpty())
        return failure(QStringLiteral("无法用该证书生成签名。"),
                       QStringLiteral("the certificate's key could not make a signature."));
    const qsizetype contentsBytes = probe.size() + kContentsMargin;
    if (contentsBytes > kMaxContentsBytes)
        return failure(QStringLiteral("签名（含证书链）过大（%1 字节）。").arg(probe.size()),
                       QStringLiteral("the signature with its certificate chain is too large (%1 bytes).")
                           .arg(probe.size()));

    // 2. What the update re-writes, read from the original.
    std::string catalogText, pageText, trailerKeys;
    int catalogNumber = 0, catalogGeneration = 0, pageNumber = 0, pageGeneration = 0, size = 0;
    qint64 previousXref = -1;
    try {
        QPDF original;
        original.setSuppressWarnings(true);
        original.processMemoryFile("export.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle trailer = original.getTrailer();
        QPDFObjectHandle root = trailer.getKey("/Root");
        if (!root.isIndirect() || !root.isDictionary())
            throw std::runtime_error("no catalog");
        if (root.hasKey("/AcroForm"))
            throw std::runtime_error("already has a form"); // nbapply's PDFs have none; never merge one
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(original).getAllPages();
        if (area.page < 0 || size_t(area.page) >= pages.size())
            throw std::runtime_error("no such page");
        QPDFObjectHandle page = pages[size_t(area.page)].getObjectHandle();
        size = trailer.getKey("/Size").getIntValueAsInt();
        if (size <= 0)
            throw std::runtime_error("no size");
        previousXref = lastStartXref(pdf);
        if (previousXref <= 0 || previousXref >= pdf.size())
            throw std::runtime_error("no startxref");
        catalogNumber = root.getObjectID();
        catalogGeneration = root.getGeneration();
        pageNumber = page.getObjectID();
        pageGeneration = page.getGeneration();

        const int widget = size + 1;
        catalogText = dictionaryText(root, {"/AcroForm"},
                                     "/AcroForm << /Fields [" + reference(widget) + "] /SigFlags 3 >>");
        std::string annots;
        QPDFObjectHandle existing = page.getKey("/Annots");
        if (existing.isArray())
            for (const QPDFObjectHandle &item : existing.getArrayAsVector())
                annots += text(item) + ' ';
        pageText = dictionaryText(page, {"/Annots"}, "/Annots [" + annots + reference(widget) + "]");
        trailerKeys = "/Root " + reference(catalogNumber, catalogGeneration);
        if (trailer.getKey("/Info").isIndirect())
            trailerKeys += " /Info " + text(trailer.getKey("/Info"));
        if (trailer.getKey("/ID").isArray())
            trailerKeys += " /ID " + text(trailer.getKey("/ID"));
    } catch (const std::exception &) {
        return failure(QStringLiteral("该文件不是可签署的 nbapply PDF。"),
                       QStringLiteral("the file is not an nbapply PDF that can be signed."));
    }

    // 3. The update: signature, widget, its empty appearance, page, catalog, cross-reference stream.
    const int signatureNumber = size;
    const int widgetNumber = size + 1;
    const int appearanceNumber = size + 2;
    const int xrefNumber = size + 3;
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::vector<XrefEntry> entries;
    auto object = [&](int objectNumber, int generation, const QByteArray &body) {
        entries.push_back({objectNumber, generation, out.size()});
        out += QByteArray::number(objectNumber) + ' ' + QByteArray::number(generation) + " obj\n" + body +
               "\nendobj\n";
    };

    const QByteArray placeholderRange = byteRangeText(0, 0, 0, 0);
    QByteArray signature =
        "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /" + QByteArray(kPdfSubFilter) + " /M " +
        QByteArray::fromStdString(
            QPDFObjectHandle::newUnicodeString(pdf::pdfDate(time).toStdString()).unparse()) +
        " /ByteRange " + placeholderRange + " /Contents ";
    entries.push_back({signatureNumber, 0, out.size()});
    out += QByteArray::number(signatureNumber) + " 0 obj\n";
    const qsizetype rangeAt = out.size() + signature.indexOf(placeholderRange);
    out += signature;
    const qsizetype gapStart = out.size();
    out += '<' + QByteArray(contentsBytes * 2, '0') + '>';
    const qsizetype gapEnd = out.size();
    out += " >>\nendobj\n";

    const double width = area.right - area.left;
    const double height = area.top - area.bottom;
    object(widgetNumber, 0,
           QByteArray::fromStdString("<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V " +
                                     reference(signatureNumber) + " /F 132 /Rect [" + number(area.left) +
                                     ' ' + number(area.bottom) + ' ' + number(area.right) + ' ' +
                                     number(area.top) + "] /P " + reference(pageNumber, pageGeneration) +
                                     " /AP << /N " + reference(appearanceNumber) + " >> >>"));
    // The visible block is part of the page itself (drawn by the exporter, read by pdftotext and the page
    // check); the widget's own appearance is empty so that no viewer draws over it.
    object(appearanceNumber, 0,
           QByteArray::fromStdString("<< /Type /XObject /Subtype /Form /BBox [0 0 " + number(width) + ' ' +
                                     number(height) + "] /Length 0 >>\nstream\n\nendstream"));
    object(pageNumber, pageGeneration, QByteArray::fromStdString(pageText));
    object(catalogNumber, catalogGeneration, QByteArray::fromStdString(catalogText));

    // The cross-reference stream, uncompressed: type (1 byte), offset (4), generation (2).
    const qint64 xrefOffset = out.size();
    entries.push_back({xrefNumber, 0, xrefOffset});
    std::sort(entries.begin(), entries.end(),
              [](const XrefEntry &a, const XrefEntry &b) { return a.number < b.number; });
    QByteArray index, data;
    for (const XrefEntry &entry : entries) {
        index += QByteArray::number(entry.number) + " 1 ";
        appendField(&data, 1, 1);
        appendField(&data, entry.offset, 4);
        appendField(&data, entry.generation, 2);
    }
    out += QByteArray::number(xrefNumber) + " 0 obj\n<< /Type /XRef /Size " +
           QByteArray::number(xrefNumber + 1) + " /Index [" + index.trimmed() + "] /W [1 4 2] /Prev " +
           QByteArray::number(previousXref) + ' ' + QByteArray::fromStdString(trailerKeys) + " /Length " +
           QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream\nendobj\nstartxref\n" +
           QByteArray::number(xrefOffset) + "\n%%EOF\n";
    if (out.size() >= (qint64(1) << 32))
        return failure(QStringLiteral("文件过大。"), QStringLiteral("the file is too large."));

    // 4. The ByteRange: everything but the /Contents string, delimiters included.
    const QByteArray range = byteRangeText(0, gapStart, gapEnd, out.size() - gapEnd);
    out.replace(rangeAt, range.size(), range);
    const QByteArray covered = out.left(gapStart) + out.mid(gapEnd);
    const QByteArray cms = sign(covered);
    if (cms.isEmpty())
        return failure(QStringLiteral("无法用该证书生成签名。"),
                       QStringLiteral("the certificate's key could not make a signature."));
    if (cms.size() > contentsBytes)
        return failure(
            QStringLiteral("签名（%1 字节）超出了预留的空间（%2 字节）。").arg(cms.size()).arg(contentsBytes),
            QStringLiteral("the signature (%1 bytes) does not fit the space reserved for it (%2 bytes).")
                .arg(cms.size())
                .arg(contentsBytes));
    const QByteArray hex = cms.toHex().toUpper();
    out.replace(gapStart + 1, hex.size(), hex);

    PdfSignResult result;
    result.pdf = out;
    return result;
}

PdfSignResult signPdf(const QByteArray &pdf, const SigningIdentity &identity, const QDateTime &time,
                      const PdfSignatureArea &area)
{
    return appendPdfSignature(pdf, time, area, [&identity, &time](const QByteArray &covered) {
        return identity.signDetached(covered, CmsProfile::Cades, time);
    });
}

} // namespace nbapply::signing

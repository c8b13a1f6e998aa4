#include "pdfsignaturefields.h"

#include <qpdf/Buffer.hh>

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

namespace nbapply::signing
{

namespace
{

constexpr int kMaxFieldDepth = 8;
constexpr int kMaxFields = 64;

// The DER SignedData at the start of `bytes` without the zeros that pad the placeholder; empty when
// `bytes` does not start with a DER SEQUENCE whose length fits.
QByteArray derPrefix(const QByteArray &bytes)
{
    if (bytes.size() < 2 || static_cast<unsigned char>(bytes[0]) != 0x30)
        return {};
    const auto first = static_cast<unsigned char>(bytes[1]);
    qint64 length = first;
    qsizetype header = 2;
    if (first & 0x80) {
        const int count = first & 0x7F;
        if (count == 0 || count > 4 || bytes.size() < 2 + count)
            return {};
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<unsigned char>(bytes[2 + i]);
        header += count;
    }
    if (header + length > bytes.size())
        return {};
    return bytes.left(header + qsizetype(length));
}

bool allHex(const QByteArray &bytes)
{
    for (char c : bytes)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

void checkRange(PdfSignatureField *field, const QByteArray &file, const std::string &contents)
{
    const qint64 a = field->range[0], b = field->range[1], c = field->range[2], d = field->range[3];
    if (a != 0 || b <= 0 || c <= b + 1 || d < 0 || c + d > file.size() || b >= file.size())
        return;
    if (file[b] != '<' || file[c - 1] != '>')
        return;
    const QByteArray hex = file.mid(b + 1, c - b - 2);
    if (!allHex(hex) || hex.size() % 2 != 0)
        return;
    // The gap must be this very signature's /Contents, not some other string of the file.
    if (QByteArray::fromHex(hex) != QByteArray(contents.data(), qsizetype(contents.size())))
        return;
    field->rangeSane = true;
}

void collect(QPDFObjectHandle node, const QByteArray &file, bool inheritedSig, int depth,
             std::set<QPDFObjGen> *seen, QList<PdfSignatureField> *out)
{
    if (depth > kMaxFieldDepth || !node.isDictionary() || out->size() >= kMaxFields)
        return;
    if (node.isIndirect() && !seen->insert(node.getObjGen()).second)
        return;
    const bool isSig = node.hasKey("/FT") ? node.getKey("/FT").isNameAndEquals("/Sig") : inheritedSig;
    QPDFObjectHandle kids = node.getKey("/Kids");
    if (kids.isArray())
        for (const QPDFObjectHandle &kid : kids.getArrayAsVector())
            collect(kid, file, isSig, depth + 1, seen, out);
    QPDFObjectHandle value = node.getKey("/V");
    if (!isSig || !value.isDictionary())
        return;
    PdfSignatureField field;
    if (node.getKey("/T").isString())
        field.name = QString::fromStdString(node.getKey("/T").getUTF8Value());
    if (value.getKey("/SubFilter").isName())
        field.subFilter = QString::fromStdString(value.getKey("/SubFilter").getName()).mid(1);
    if (value.getKey("/M").isString())
        field.claimedTime = QString::fromStdString(value.getKey("/M").getUTF8Value());
    QPDFObjectHandle range = value.getKey("/ByteRange");
    QPDFObjectHandle contents = value.getKey("/Contents");
    if (range.isArray() && range.getArrayNItems() == 4 && contents.isString()) {
        bool integers = true;
        for (int i = 0; i < 4; ++i) {
            integers = integers && range.getArrayItem(i).isInteger();
            if (integers)
                field.range[i] = range.getArrayItem(i).getIntValue();
        }
        const std::string raw = contents.getStringValue();
        field.cms = derPrefix(QByteArray(raw.data(), qsizetype(raw.size())));
        if (integers)
            checkRange(&field, file, raw);
    }
    out->append(field);
}

} // namespace

QByteArray PdfSignatureField::covered(const QByteArray &file) const
{
    if (!rangeSane)
        return {};
    return file.left(range[1]) + file.mid(range[2], range[3]);
}

QList<PdfSignatureField> pdfSignatureFields(QPDF &pdf, const QByteArray &file)
{
    QList<PdfSignatureField> fields;
    QPDFObjectHandle fieldList = pdf.getRoot().getKey("/AcroForm").getKey("/Fields");
    if (!fieldList.isArray())
        return fields;
    std::set<QPDFObjGen> seen;
    for (const QPDFObjectHandle &field : fieldList.getArrayAsVector())
        collect(field, file, false, 0, &seen, &fields);
    return fields;
}

qint64 signedRevisionLength(const QByteArray &file)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("signed.pdf", file.constData(), size_t(file.size()));
        qint64 end = 0;
        for (const PdfSignatureField &field : pdfSignatureFields(pdf, file))
            if (field.rangeSane)
                end = std::max(end, field.signedEnd());
        return end;
    } catch (const std::exception &) {
        return 0;
    }
}

bool isEmptySignatureWidget(QPDFObjectHandle annotation)
{
    if (!annotation.isDictionary() || !annotation.getKey("/Subtype").isNameAndEquals("/Widget") ||
        !annotation.getKey("/FT").isNameAndEquals("/Sig") || !annotation.getKey("/V").isDictionary())
        return false;
    // Only the keys nbapply writes (pdfsigner.cpp): no action, no other appearance, nothing that acts.
    static const std::set<std::string> allowed{"/Type", "/Subtype", "/FT", "/T", "/V",
                                               "/F",    "/Rect",    "/P",  "/AP"};
    for (const std::string &key : annotation.getKeys())
        if (!allowed.count(key))
            return false;
    QPDFObjectHandle appearance = annotation.getKey("/AP");
    if (!appearance.isDictionary() || appearance.getKeys() != std::set<std::string>{"/N"})
        return false;
    QPDFObjectHandle normal = appearance.getKey("/N");
    if (!normal.isStream() || normal.getDict().hasKey("/Resources"))
        return false;
    try {
        // Nothing but white space: an appearance that draws nothing.
        const std::shared_ptr<Buffer> data = normal.getStreamData(qpdf_dl_generalized);
        const auto *bytes = data->getBuffer();
        for (size_t i = 0; i < data->getSize(); ++i)
            if (!std::isspace(bytes[i]))
                return false;
    } catch (const std::exception &) {
        return false;
    }
    return true;
}

} // namespace nbapply::signing

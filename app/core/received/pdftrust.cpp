#include "pdftrust.h"

#include "draft/draft.h"
#include "draft/draftfile.h"

#include <QFile>
#include <QRegularExpression>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

namespace nbapply
{

namespace
{

// An application is two or three pages; a received file with far more is not worth reading through.
constexpr size_t kMaxPages = 200;
constexpr size_t kMaxManifestBytes = 1024 * 1024;
// What the pages of an application draw is tens of kilobytes; a stream that inflates to more than this
// is refused before it is parsed (a decompression bomb in a received PDF).
constexpr size_t kMaxContentBytes = 16 * 1024 * 1024;

// Keeps the decoded bytes of a stream, and throws once they pass `cap`.
class LimitedSink : public Pipeline
{
  public:
    explicit LimitedSink(size_t cap) : Pipeline("nbapply-limit", nullptr), m_cap(cap) {}
    void write(unsigned char const *data, size_t length) override
    {
        if (m_bytes.size() + length > m_cap)
            throw std::runtime_error("stream too large");
        m_bytes.append(reinterpret_cast<const char *>(data), length);
    }
    void finish() override {}
    const std::string &bytes() const { return m_bytes; }

  private:
    size_t m_cap;
    std::string m_bytes;
};

// The decoded data of `stream`, at most `cap` bytes (std::runtime_error beyond).
std::string limitedStreamData(QPDFObjectHandle stream, size_t cap)
{
    LimitedSink sink(cap);
    if (!stream.pipeStreamData(&sink, 0, qpdf_dl_generalized, true))
        throw std::runtime_error("stream cannot be decoded");
    return sink.bytes();
}

// Checks that the page's content streams inflate to at most `*budget` bytes in all.
void checkContentSize(QPDFPageObjectHelper &page, size_t *budget)
{
    QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
    std::vector<QPDFObjectHandle> streams;
    if (contents.isArray())
        streams = contents.getArrayAsVector();
    else
        streams.push_back(contents);
    for (QPDFObjectHandle &stream : streams) {
        if (!stream.isStream())
            continue;
        const size_t size = limitedStreamData(stream, *budget).size();
        *budget -= size;
    }
}

// Collects the strings a content stream shows (Tj, TJ, ' and "), decoded as two-byte code points.
class ShownText : public QPDFObjectHandle::ParserCallbacks
{
  public:
    QString text;

    void handleObject(QPDFObjectHandle object) override
    {
        if (object.isString()) {
            m_operands.append(object.getStringValue());
            return;
        }
        if (object.isArray()) {
            for (int i = 0; i < object.getArrayNItems(); ++i)
                if (object.getArrayItem(i).isString())
                    m_operands.append(object.getArrayItem(i).getStringValue());
            return;
        }
        if (!object.isOperator())
            return;
        const std::string op = object.getOperatorValue();
        if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") {
            for (const std::string &shown : m_operands)
                text += decode(shown);
            text += u'\n';
        }
        m_operands.clear();
    }
    void handleEOF() override {}

  private:
    static QString decode(const std::string &bytes)
    {
        QString out;
        for (size_t i = 0; i + 1 < bytes.size(); i += 2)
            out += QChar(char16_t((static_cast<unsigned char>(bytes[i]) << 8) |
                                  static_cast<unsigned char>(bytes[i + 1])));
        return out;
    }
    QList<std::string> m_operands;
};

QString footerFingerprint(const QString &pageText)
{
    static const QRegularExpression footer(QStringLiteral("Fingerprint ([0-9a-f]{12})(?![0-9a-f])"));
    const QRegularExpressionMatch match = footer.match(pageText);
    return match.hasMatch() ? match.captured(1) : QString();
}

// "导出日期 / Exported 2026-11-26" in the footer.
QDate footerExportDate(const QString &pageText)
{
    static const QRegularExpression footer(QStringLiteral("Exported (\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch match = footer.match(pageText);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

} // namespace

PdfPages readPdfPages(const QString &pdfPath)
{
    PdfPages pages;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(pdfPath).constData());
        const std::vector<QPDFPageObjectHelper> all = QPDFPageDocumentHelper(pdf).getAllPages();
        if (all.size() > kMaxPages)
            throw std::runtime_error("too many pages");
        size_t budget = kMaxContentBytes;
        for (QPDFPageObjectHelper page : all) {
            checkContentSize(page, &budget);
            ShownText shown;
            page.parseContents(&shown);
            pages.fingerprints.append(footerFingerprint(shown.text));
            if (!pages.exportDate.isValid())
                pages.exportDate = footerExportDate(shown.text);
        }
        QPDFEmbeddedFileDocumentHelper attachments(pdf);
        if (auto spec = attachments.getEmbeddedFile(manifestFileName().toStdString())) {
            const std::string json = limitedStreamData(spec->getEmbeddedFileStream(), kMaxManifestBytes);
            pages.manifest = parseManifest(QByteArray(json.data(), qsizetype(json.size())));
        }
        pages.ok = true;
    } catch (const std::exception &) {
        pages.error = {
            QStringLiteral("无法读取 PDF 文件 %1 的页面：文件已损坏或不是 PDF。").arg(pdfPath),
            QStringLiteral("Cannot read the pages of the PDF %1: the file is damaged or not a PDF.")
                .arg(pdfPath)};
    }
    return pages;
}

bool embeddedDraftMatchesPages(const Draft &embedded, const PdfPages &pages, BilingualText *error)
{
    const QString current = embedded.fingerprint();
    const QString legacy = embedded.legacyFingerprint();
    bool matches = !pages.fingerprints.isEmpty();
    for (const QString &printed : pages.fingerprints)
        matches = matches && (printed == current || printed == legacy);
    if (!matches && error)
        *error = {QStringLiteral("PDF 中附带的数据与页面上显示的不一致（页面印有的数据指纹与附带草稿不符），"
                                 "文件可能在导出后被改动。请向发送人索取原始文件。"),
                  QStringLiteral("The data inside the PDF differs from what its pages show (the fingerprint "
                                 "printed on the pages does not match the embedded draft): the file may have "
                                 "been altered after it was exported. Ask the sender for the original.")};
    return matches;
}

} // namespace nbapply

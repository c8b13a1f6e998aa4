#include "pdfembeddeddraft.h"

#include "draftfile.h"
#include "pdfpagetree.h"

#include <QFile>
#include <QFileInfo>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>

#include <exception>
#include <stdexcept>

namespace nbapply
{

namespace
{

// Collects a stream's decoded bytes and gives up as soon as they pass `cap`: the embedded draft's
// /Length is its *compressed* size, and a few kilobytes of nested Flate can inflate to gigabytes.
class CappedBuffer : public Pipeline
{
  public:
    explicit CappedBuffer(qsizetype cap) : Pipeline("nbapply-capped-buffer", nullptr), m_cap(cap) {}

    void write(unsigned char const *data, size_t len) override
    {
        if (m_overflow || qsizetype(len) > m_cap - m_data.size()) {
            m_overflow = true;
            // Stops qpdf's inflater at once instead of letting it run through the rest of the bomb.
            throw std::length_error("embedded draft exceeds its limit");
        }
        m_data.append(reinterpret_cast<const char *>(data), qsizetype(len));
    }
    void finish() override {}

    bool overflowed() const { return m_overflow; }
    QByteArray take() { return std::move(m_data); }

  private:
    qsizetype m_cap;
    QByteArray m_data;
    bool m_overflow = false;
};

void tooLarge(const QString &pdfPath, qint64 limit, QString *code, BilingualText *error)
{
    *code = QStringLiteral("draft.too-large");
    *error = {QStringLiteral("%1 过大：上限为 %2 字节，文件未被读取。nbapply 导出的 PDF 只有几十 KB。")
                  .arg(pdfPath)
                  .arg(limit),
              QStringLiteral("%1 is too large: the limit is %2 bytes, and the file was not read. The PDFs "
                             "nbapply exports are a few tens of kilobytes.")
                  .arg(pdfPath)
                  .arg(limit)};
}

} // namespace

bool readEmbeddedDraft(const QString &pdfPath, QByteArray *json, QString *code, BilingualText *error)
{
    // Refused before qpdf sees it: repairing a damaged cross-reference table reads the whole file.
    if (QFileInfo(pdfPath).size() > kMaxDraftPdfBytes) {
        tooLarge(pdfPath, kMaxDraftPdfBytes, code, error);
        return false;
    }
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(pdfPath).constData());
        // Before any object is read: the object streams and the page tree are bounded first (the trust
        // check after this lists the pages with qpdf).
        requireSmallPageTree(pdf, kMaxPdfPages);
        QPDFEmbeddedFileDocumentHelper attachments(pdf);
        for (const auto &[key, fileSpec] : attachments.getEmbeddedFiles()) {
            if (QString::fromStdString(key) != embeddedDraftName() &&
                QString::fromStdString(fileSpec->getFilename()) != embeddedDraftName())
                continue;
            QPDFObjectHandle stream = fileSpec->getEmbeddedFileStream();
            CappedBuffer buffer(kMaxDraftBytes);
            bool piped = false;
            try {
                piped = stream.pipeStreamData(&buffer, 0, qpdf_dl_generalized, true);
            } catch (const std::exception &) {
                if (!buffer.overflowed())
                    throw;
            }
            if (buffer.overflowed()) {
                tooLarge(embeddedDraftName(), kMaxDraftBytes, code, error);
                return false;
            }
            if (!piped)
                break; // a filter qpdf cannot decode: no draft we can read
            *json = buffer.take();
            return true;
        }
    } catch (const PdfStructureRefused &) {
        *code = QStringLiteral("draft.pdf-too-complex");
        *error = {
            QStringLiteral(
                "PDF 文件 %1 的结构不像申请表（超过 %2 页、同一页面被列出多次，或压缩对象超过 %3 KB），"
                "文件未被读取。nbapply 导出的申请表只有两三页。")
                .arg(pdfPath)
                .arg(kMaxPdfPages)
                .arg(kMaxPdfObjectStreamBytes / 1024),
            QStringLiteral("The PDF %1 is not built like an application form (more than %2 pages, a page "
                           "listed more than once, or over %3 KiB of compressed objects); it was not read. "
                           "The forms nbapply exports are two or three pages.")
                .arg(pdfPath)
                .arg(kMaxPdfPages)
                .arg(kMaxPdfObjectStreamBytes / 1024)};
        return false;
    } catch (const std::exception &) {
        // qpdf's message names internal objects; the user needs to know the file is damaged.
        *code = QStringLiteral("draft.pdf-damaged");
        *error = {QStringLiteral("无法读取 PDF 文件 %1：文件已损坏或不是 PDF。").arg(pdfPath),
                  QStringLiteral("Cannot read the PDF %1: the file is damaged or not a PDF.").arg(pdfPath)};
        return false;
    }
    *code = QStringLiteral("draft.pdf-without-draft");
    *error = {
        QStringLiteral("%1 不是 nbapply 导出的 PDF：其中没有附带申请草稿。请打开 .nbapply.json 草稿文件。")
            .arg(pdfPath),
        QStringLiteral("%1 was not exported by nbapply: it carries no application draft. Open the "
                       ".nbapply.json draft instead.")
            .arg(pdfPath)};
    return false;
}

} // namespace nbapply

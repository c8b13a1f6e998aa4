#include "pdfembeddeddraft.h"

#include "draftfile.h"

#include <QFile>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>

#include <exception>

namespace nbapply
{

bool readEmbeddedDraft(const QString &pdfPath, QByteArray *json, QString *code, BilingualText *error)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(pdfPath).constData());
        QPDFEmbeddedFileDocumentHelper attachments(pdf);
        for (const auto &[key, fileSpec] : attachments.getEmbeddedFiles()) {
            if (QString::fromStdString(key) != embeddedDraftName() &&
                QString::fromStdString(fileSpec->getFilename()) != embeddedDraftName())
                continue;
            QPDFObjectHandle stream = fileSpec->getEmbeddedFileStream();
            const auto size = stream.getDict().getKey("/Length").getIntValue();
            if (size > kMaxDraftBytes)
                break;
            const std::shared_ptr<Buffer> data = stream.getStreamData();
            *json = QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize()));
            return true;
        }
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

#pragma once

// What a forger does to a received nbapply PDF, with libqpdf: the same edits `qpdf --qdf` and a text
// editor allow, written back as a valid PDF.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <functional>
#include <string>

namespace nbapply::test
{

// Opens `pdfPath`, lets `edit` change it, and writes it back in place.
inline void editPdf(const QString &pdfPath, const std::function<void(QPDF &)> &edit)
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(pdfPath).constData());
    edit(pdf);
    const QByteArray outName = QFile::encodeName(pdfPath + QStringLiteral(".new")); // kept until write()
    {
        QPDFWriter writer(pdf, outName.constData());
        writer.write();
    }
    QFile::remove(pdfPath);
    QFile::rename(pdfPath + QStringLiteral(".new"), pdfPath);
}

// Replaces the attachment `name` of `pdf` by `bytes`.
inline void replaceAttachment(QPDF &pdf, const QString &name, const QByteArray &bytes)
{
    auto stream = QPDFEFStreamObjectHelper::createEFStream(pdf, bytes.toStdString());
    auto spec = QPDFFileSpecObjectHelper::createFileSpec(pdf, name.toStdString(), stream);
    QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(name.toStdString(), spec);
}

// Replaces the embedded draft of `pdfPath` by `json`, pages untouched.
inline void replaceEmbeddedDraft(const QString &pdfPath, const QByteArray &json)
{
    editPdf(pdfPath, [&](QPDF &pdf) { replaceAttachment(pdf, QStringLiteral("nbapply-draft.json"), json); });
}

// `text` as nbapply's pages write it: a hex string of two-byte code points.
inline std::string shownHex(const QString &text)
{
    std::string hex;
    for (QChar c : text) {
        char digits[5];
        std::snprintf(digits, sizeof digits, "%04X", unsigned(c.unicode()));
        hex += digits;
    }
    return hex;
}

// Replaces, in the content streams of every page, the shown text `from` by `to` (both as nbapply draws
// them). Returns how many times it was found.
inline int replaceShownText(const QString &pdfPath, const QString &from, const QString &to)
{
    int found = 0;
    editPdf(pdfPath, [&](QPDF &pdf) {
        for (QPDFPageObjectHelper page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            for (QPDFObjectHandle stream : page.getPageContents()) {
                const std::shared_ptr<Buffer> buffer = stream.getStreamData(qpdf_dl_generalized);
                std::string data(reinterpret_cast<const char *>(buffer->getBuffer()), buffer->getSize());
                for (const bool upper : {true, false}) {
                    std::string needle = shownHex(from);
                    std::string replacement = shownHex(to);
                    if (!upper) {
                        for (char &c : needle)
                            c = char(std::tolower(c));
                        for (char &c : replacement)
                            c = char(std::tolower(c));
                    }
                    for (size_t at = data.find(needle); at != std::string::npos;
                         at = data.find(needle, at + replacement.size())) {
                        data.replace(at, needle.size(), replacement);
                        ++found;
                    }
                }
                stream.replaceStreamData(data, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
            }
        }
    });
    return found;
}

// Adds `operators` (content stream syntax) at the end of page `index`'s drawing, using its own fonts.
inline void appendToPage(const QString &pdfPath, int index, const std::string &operators)
{
    editPdf(pdfPath, [&](QPDF &pdf) {
        QPDFPageObjectHelper page = QPDFPageDocumentHelper(pdf).getAllPages().at(size_t(index));
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, operators), false);
    });
}

// The name of the first font page `index` uses ("/F1"), for text a forger adds to it.
inline std::string firstFontName(const QString &pdfPath, int index)
{
    QPDF pdf;
    pdf.processFile(QFile::encodeName(pdfPath).constData());
    QPDFPageObjectHelper page = QPDFPageDocumentHelper(pdf).getAllPages().at(size_t(index));
    return page.getAttribute("/Resources", false).getKey("/Font").getKeys().begin()->c_str();
}

} // namespace nbapply::test

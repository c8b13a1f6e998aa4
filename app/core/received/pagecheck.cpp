// The pages of a received nbapply PDF against the data it carries: re-derived and compared, never
// searched for a string that a forger could plant.
#include "pagecheck.h"

#include "application/checkedapplication.h"
#include "draft/draft.h"
#include "draft/pdfembeddeddraft.h"
#include "draft/pdfpagetree.h"
#include "form/formdefinition.h"
#include "pdf/pdfcontent.h"
#include "pdf/pdfexporter.h"
#include "pdf/pdfstrings.h"
#include "signing/pdfsignaturefields.h"

#include <QFile>
#include <QRegularExpression>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace nbapply
{

namespace
{

constexpr size_t kMaxManifestBytes = 1024 * 1024;
// What the pages of an application draw, fonts included, is well under a megabyte; streams that inflate
// to more than this in all are refused before they are compared (a decompression bomb).
constexpr size_t kMaxDecodedBytes = 16 * 1024 * 1024;
// Objects nest a few levels deep in nbapply's pages; a deeper graph is not one of its PDFs.
constexpr int kMaxDepth = 64;

// Keeps the decoded bytes of a stream, and throws once the shared budget is spent.
class BudgetSink : public Pipeline
{
  public:
    explicit BudgetSink(size_t *budget) : Pipeline("nbapply-budget", nullptr), m_budget(budget) {}
    void write(unsigned char const *data, size_t length) override
    {
        if (length > *m_budget)
            throw std::runtime_error("streams too large");
        *m_budget -= length;
        m_bytes.append(reinterpret_cast<const char *>(data), length);
    }
    void finish() override {}
    const std::string &bytes() const { return m_bytes; }

  private:
    size_t *m_budget;
    std::string m_bytes;
};

std::string hex(const std::string &bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

// A stream's data decoded where qpdf can (Flate, LZW, ASCII85 …), else as stored: the same drawing
// compares equal whether or not someone re-compressed it.
std::string streamData(QPDFObjectHandle stream, size_t *budget, bool *decoded)
{
    BudgetSink sink(budget);
    *decoded = stream.pipeStreamData(&sink, 0, qpdf_dl_generalized, true);
    if (*decoded)
        return sink.bytes();
    BudgetSink raw(budget);
    if (!stream.pipeStreamData(&raw, 0, qpdf_dl_none, true))
        throw std::runtime_error("stream cannot be read");
    return raw.bytes();
}

// The tokens of a content stream, one canonical text each: white space, line ends and the way a
// string is written ((…) or <…>) do not count; every operator and operand does.
class ContentTokens : public QPDFObjectHandle::ParserCallbacks
{
  public:
    explicit ContentTokens(std::string *out) : m_out(out) {}
    void handleObject(QPDFObjectHandle object) override
    {
        *m_out += object.isString() ? "<" + hex(object.getStringValue()) + ">" : object.unparse();
        *m_out += ' ';
    }
    void handleEOF() override { *m_out += "EOF\n"; }

  private:
    std::string *m_out;
};

// The text a content stream shows (Tj, TJ, ' and "), one line per operator, decoded as two-byte code
// points: nbapply draws with a CID font whose codes are the Unicode code points (pdf/hpdfdocument.cpp).
class ShownText : public QPDFObjectHandle::ParserCallbacks
{
  public:
    QStringList lines;

    void handleObject(QPDFObjectHandle object) override
    {
        if (object.isString()) {
            m_operands.push_back(object.getStringValue());
            return;
        }
        if (object.isArray()) {
            for (int i = 0; i < object.getArrayNItems(); ++i)
                if (object.getArrayItem(i).isString())
                    m_operands.push_back(object.getArrayItem(i).getStringValue());
            return;
        }
        if (!object.isOperator())
            return;
        const std::string op = object.getOperatorValue();
        if (op == "Tj" || op == "TJ" || op == "'" || op == "\"") {
            QString line;
            for (const std::string &shown : m_operands)
                line += decode(shown);
            lines << line;
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
    std::vector<std::string> m_operands;
};

// Everything a page draws, as one canonical text: the page's own keys and every object it reaches
// (resources, fonts and their programs, images, form XObjects, annotations), by structure rather than
// object numbers, content streams token by token and other streams by their decoded bytes. The page
// tree above it (/Parent) is left out: a page is compared as it is drawn.
class PageDrawing
{
  public:
    explicit PageDrawing(size_t *budget) : m_budget(budget) {}

    std::string of(QPDFPageObjectHelper page)
    {
        m_out.clear();
        m_seen.clear();
        QPDFObjectHandle dict = page.getObjectHandle();
        m_seen[dict.getObjGen()] = 0;
        for (const std::string &key : dict.getKeys()) {
            if (key == "/Parent")
                continue;
            if (key == "/Annots" && dict.getKey(key).isArray()) {
                // nbapply's own signature widget (an empty appearance over the block the page draws) is
                // what signing added to the page; every other annotation is compared.
                std::vector<QPDFObjectHandle> kept;
                for (const QPDFObjectHandle &annotation : dict.getKey(key).getArrayAsVector())
                    if (!signing::isEmptySignatureWidget(annotation))
                        kept.push_back(annotation);
                if (kept.empty())
                    continue;
                m_out += key + ' ';
                add(QPDFObjectHandle::newArray(kept), 1);
                continue;
            }
            m_out += key + ' ';
            if (key == "/Contents") {
                contentSize(dict.getKey(key));
                ContentTokens tokens(&m_out);
                page.parseContents(&tokens);
            } else {
                add(dict.getKey(key), 1);
            }
        }
        return m_out;
    }

  private:
    void contentSize(QPDFObjectHandle contents)
    {
        std::vector<QPDFObjectHandle> streams =
            contents.isArray() ? contents.getArrayAsVector() : std::vector<QPDFObjectHandle>{contents};
        for (QPDFObjectHandle &stream : streams) {
            bool decoded = false;
            if (stream.isStream())
                streamData(stream, m_budget, &decoded); // counts against the budget before parsing
        }
    }

    void add(QPDFObjectHandle object, int depth)
    {
        if (depth > kMaxDepth)
            throw std::runtime_error("objects nest too deep");
        if (object.isIndirect()) {
            const auto [it, fresh] = m_seen.emplace(object.getObjGen(), int(m_seen.size()));
            if (!fresh) {
                m_out += '@' + std::to_string(it->second) + ' ';
                return;
            }
        }
        if (object.isStream()) {
            QPDFObjectHandle dict = object.getDict();
            const bool form = dict.getKey("/Subtype").isNameAndEquals("/Form");
            dictionary(dict, depth, true);
            if (form) {
                m_out += "tokens ";
                bool decoded = false;
                streamData(object, m_budget, &decoded);
                ContentTokens tokens(&m_out);
                QPDFObjectHandle::parseContentStream(object, &tokens);
            } else {
                bool decoded = false;
                const std::string data = streamData(object, m_budget, &decoded);
                if (!decoded)
                    add(dict.getKey("/Filter"), depth + 1);
                m_out += "data <" + hex(data) + "> ";
            }
        } else if (object.isDictionary()) {
            dictionary(object, depth, false);
        } else if (object.isArray()) {
            m_out += "[ ";
            for (const QPDFObjectHandle &item : object.getArrayAsVector())
                add(item, depth + 1);
            m_out += "] ";
        } else if (object.isString()) {
            m_out += '<' + hex(object.getStringValue()) + "> ";
        } else {
            m_out += object.unparse() + ' ';
        }
    }

    // A stream's filters and lengths describe how it is stored, not what it holds.
    void dictionary(QPDFObjectHandle dict, int depth, bool ofStream)
    {
        m_out += "<< ";
        for (const std::string &key : dict.getKeys()) {
            if (key == "/Parent" ||
                (ofStream && (key == "/Length" || key == "/Filter" || key == "/DecodeParms")))
                continue;
            m_out += key + ' ';
            add(dict.getKey(key), depth + 1);
        }
        m_out += ">> ";
    }

    size_t *m_budget;
    std::string m_out;
    std::map<QPDFObjGen, int> m_seen;
};

struct ReadPages {
    std::vector<std::string> drawings; // Exact mode only
    std::vector<QStringList> text;
};

ReadPages readPages(QPDF &pdf, bool drawings)
{
    requireSmallPageTree(pdf, kMaxPdfPages);
    ReadPages pages;
    size_t budget = kMaxDecodedBytes;
    PageDrawing drawing(&budget);
    for (QPDFPageObjectHelper page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        if (drawings)
            pages.drawings.push_back(drawing.of(page));
        else
            drawing.of(page); // applies the same limits before the text is parsed
        ShownText shown;
        page.parseContents(&shown);
        pages.text.push_back(shown.lines);
    }
    return pages;
}

std::optional<DocumentManifest> readDocumentList(QPDF &pdf)
{
    QPDFEmbeddedFileDocumentHelper attachments(pdf);
    const auto spec = attachments.getEmbeddedFile(manifestFileName().toStdString());
    if (!spec)
        return std::nullopt;
    size_t budget = kMaxManifestBytes;
    bool decoded = false;
    const std::string json = streamData(spec->getEmbeddedFileStream(), &budget, &decoded);
    if (!decoded)
        return std::nullopt;
    return parseManifest(QByteArray(json.data(), qsizetype(json.size())));
}

QString allText(const std::vector<QStringList> &pages)
{
    QString text;
    for (const QStringList &lines : pages)
        text += lines.join(QString());
    return text;
}

// "导出日期 / Exported 2026-11-26" in the footer: the day a PDF that records none was checked on.
QDate footerDate(const std::vector<QStringList> &pages)
{
    static const QRegularExpression footer(QStringLiteral("Exported (\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch match = footer.match(allText(pages));
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

// The field a differing line of text belongs to: the row of the re-derived content whose label, options
// or value hold it. Empty when the line is the page's own (title, notes, footer) or cannot be told.
QString fieldOf(const pdf::PdfContent &content, const QString &line)
{
    const QString needle = line.simplified();
    if (needle.size() < 2)
        return {};
    for (const pdf::TableSection &section : content.sections) {
        for (const pdf::TableRow &row : section.rows) {
            QStringList texts{row.prefix};
            for (const pdf::CheckOption &option : row.options)
                texts << option.text << option.english;
            for (const pdf::CellText &cell : row.texts)
                texts << cell.text;
            for (const QString &text : std::as_const(texts))
                if (!text.isEmpty() && text.simplified().contains(needle))
                    return row.fieldPath;
        }
    }
    return {};
}

// The first line of text where two pages differ, from the re-derived side where it has one.
QString firstDifferentLine(const QStringList &expected, const QStringList &received)
{
    const qsizetype common = std::min(expected.size(), received.size());
    for (qsizetype i = 0; i < common; ++i)
        if (expected[i] != received[i])
            return expected[i].trimmed().isEmpty() ? received[i] : expected[i];
    if (expected.size() > common)
        return expected[common];
    return received.size() > common ? received[common] : QString();
}

PdfVerification refused(PdfVerification verdict, const QString &code, const BilingualText &error)
{
    verdict.ok = false;
    verdict.code = code;
    verdict.error = error;
    return verdict;
}

BilingualText pagesDiffer(const PdfVerification &verdict, const FormDefinition &form)
{
    BilingualText where =
        verdict.pages == PagesCompared::Exact
            ? BilingualText{QStringLiteral("页数不同"), QStringLiteral("the number of pages differs")}
            : BilingualText{QStringLiteral("页面文字不同"), QStringLiteral("the text differs")};
    if (verdict.page > 0) {
        where = {QStringLiteral("第 %1 页").arg(verdict.page), QStringLiteral("page %1").arg(verdict.page)};
        if (const FieldDefinition *field = form.field(verdict.field)) {
            where.zh += QStringLiteral("“%1”一栏").arg(field->label.zh);
            where.en += QStringLiteral(", the field “%1”").arg(field->label.en);
        }
    }
    const BilingualText how =
        verdict.pages == PagesCompared::Exact
            ? BilingualText{QStringLiteral("页面已按附带数据重新生成并逐页比对"),
                            QStringLiteral(
                                "the pages were re-derived from the data and compared page by page")}
            : BilingualText{
                  QStringLiteral("该文件由 %1 生成，仅比对了页面文字").arg(verdict.producer),
                  QStringLiteral("the file was made by %1, so only the text of the pages was compared")
                      .arg(verdict.producer)};
    return {
        QStringLiteral("PDF 的页面与其附带的数据不一致（%1；%2），文件在导出后被改动过。页面所示内容不可信，"
                       "请向发送人索取原始文件。")
            .arg(where.zh, how.zh),
        QStringLiteral("The pages of the PDF are not what its embedded data prints (%1; %2): the file "
                       "was altered after it was exported. Do not rely on what the pages show; ask the "
                       "sender for the original.")
            .arg(where.en, how.en)};
}

BilingualText listTampered(const QString &what, const QString &whatEn)
{
    return {QStringLiteral("PDF 附带的材料清单%1，文件在导出后被改动过。请向发送人索取原始文件。").arg(what),
            QStringLiteral("The document list inside the PDF %1: the file was altered after it was exported. "
                           "Ask the sender for the original.")
                .arg(whatEn)};
}

BilingualText unreadable(const QString &pdfPath)
{
    return {QStringLiteral("无法读取 PDF 文件 %1 的页面：文件已损坏或不是 nbapply 导出的 PDF。").arg(pdfPath),
            QStringLiteral("Cannot read the pages of the PDF %1: the file is damaged or not a PDF nbapply "
                           "exported.")
                .arg(pdfPath)};
}

// The text of a page with the footer's fingerprint masked: in Text mode a PDF of an older nbapply prints
// the fingerprint as that version computed it.
QString masked(QString text, QStringList *printed)
{
    static const QRegularExpression fingerprint(QStringLiteral("Fingerprint\\s*([0-9a-f]{12})(?![0-9a-f])"));
    QRegularExpressionMatchIterator it = fingerprint.globalMatch(text);
    while (it.hasNext())
        *printed << it.next().captured(1);
    return text.replace(fingerprint, QStringLiteral("Fingerprint ############"));
}

QString withoutSpace(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace

PdfVerification verifyPdf(const QString &pdfPath, const Draft &embedded, PdfRevision revision)
{
    PdfVerification verdict;
    const FormDefinition &form = FormDefinition::builtin();
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxDraftPdfBytes)
        return refused(verdict, QStringLiteral("draft.pdf-damaged"), unreadable(pdfPath));
    QByteArray bytes = file.readAll();
    verdict.fileBytes = bytes;
    if (revision == PdfRevision::Signed) {
        // What the signer signed: bytes appended after the signature (an incremental update) are not
        // part of it, and the signature's report says that it covers an older version.
        const qint64 signedLength = signing::signedRevisionLength(bytes);
        if (signedLength > 0) {
            bytes.truncate(signedLength);
            verdict.signedRevision = true;
        }
    }
    try {
        QPDF received;
        received.setSuppressWarnings(true);
        received.processMemoryFile("received.pdf", bytes.constData(), size_t(bytes.size()));
        const std::optional<DocumentManifest> list = readDocumentList(received);
        if (!list)
            return refused(
                verdict, QStringLiteral("draft.pdf-tampered"),
                listTampered(QStringLiteral("缺失或无法读取"), QStringLiteral("is missing or unreadable")));
        verdict.documents = *list;
        verdict.producer = list->producer;
        if (!list->namesTheDocumentsOf(embedded))
            return refused(
                verdict, QStringLiteral("draft.pdf-tampered"),
                listTampered(QStringLiteral("与申请数据所列的材料不符"),
                             QStringLiteral("does not list the documents the application data names")));
        verdict.pages = list->producer == pdfProducer() && list->pageLayout == kPageLayoutRevision &&
                                list->formTag == form.tag() && list->checkedOn.isValid()
                            ? PagesCompared::Exact
                            : PagesCompared::Text;
        const ReadPages pages = readPages(received, verdict.pages == PagesCompared::Exact);
        verdict.checkedOn = list->checkedOn.isValid() ? list->checkedOn : footerDate(pages.text);
        if (!verdict.checkedOn.isValid())
            return refused(verdict, QStringLiteral("draft.pdf-pages-differ"), pagesDiffer(verdict, form));

        // The application as this nbapply prints it for the data the PDF carries, on the recorded day.
        ValidationContext context;
        context.today = verdict.checkedOn;
        context.receivedDocuments = *list;
        const CheckedApplication checked = CheckedApplication::check(form, embedded, context);
        verdict.fingerprint = checked.fingerprint();
        PdfExportOptions options;
        options.exportTime = checked.date().startOfDay(Qt::UTC);
        // A signed PDF prints its signer's block: the list records what it said.
        if (list->namesSigner())
            options.signature = VisibleSignature{list->signerName, list->signerOrganisation, list->signedAt};
        const PdfExportResult rederived = renderApplicationPdf(checked, options);
        if (!rederived.ok)
            return refused(verdict, QStringLiteral("draft.pdf-pages-differ"), pagesDiffer(verdict, form));
        QPDF expectedPdf;
        expectedPdf.setSuppressWarnings(true);
        expectedPdf.processMemoryFile("rederived.pdf", rederived.pdf.constData(),
                                      size_t(rederived.pdf.size()));
        const ReadPages expected = readPages(expectedPdf, verdict.pages == PagesCompared::Exact);
        const pdf::PdfContent content = pdf::buildPdfContent(checked);

        if (verdict.pages == PagesCompared::Exact) {
            if (expected.drawings.size() != pages.drawings.size())
                return refused(verdict, QStringLiteral("draft.pdf-pages-differ"), pagesDiffer(verdict, form));
            for (size_t i = 0; i < pages.drawings.size(); ++i) {
                if (pages.drawings[i] == expected.drawings[i])
                    continue;
                verdict.page = int(i) + 1;
                verdict.field = fieldOf(content, firstDifferentLine(expected.text[i], pages.text[i]));
                return refused(verdict, QStringLiteral("draft.pdf-pages-differ"), pagesDiffer(verdict, form));
            }
        } else {
            // Another version lays the text out its own way: compared without white space, across pages.
            QStringList printed;
            const QString got = withoutSpace(masked(allText(pages.text), &printed));
            QStringList unused;
            // A page of an earlier layout has no invisible glyph in its checkboxes (tagged PDF): each is an
            // operator of its own, so a line of its own, left out of what this version would print.
            std::vector<QStringList> expectedText = expected.text;
            if (list->pageLayout < kCheckboxGlyphsLayout)
                for (QStringList &lines : expectedText)
                    lines.removeIf([](const QString &line) {
                        return line.size() == 1 && pdf::checkboxGlyphs().contains(line.front());
                    });
            const QString want = withoutSpace(masked(allText(expectedText), &unused));
            bool fingerprintsMatch = !printed.isEmpty();
            for (const QString &fingerprint : std::as_const(printed))
                fingerprintsMatch = fingerprintsMatch && (fingerprint == verdict.fingerprint ||
                                                          fingerprint == embedded.fingerprint() ||
                                                          fingerprint == embedded.legacyFingerprint());
            if (got != want || !fingerprintsMatch) {
                for (size_t i = 0; i < std::min(pages.text.size(), expected.text.size()); ++i)
                    if (withoutSpace(pages.text[i].join(QString())) !=
                        withoutSpace(expected.text[i].join(QString()))) {
                        verdict.page = int(i) + 1;
                        verdict.field = fieldOf(content, firstDifferentLine(expected.text[i], pages.text[i]));
                        break;
                    }
                return refused(verdict, QStringLiteral("draft.pdf-pages-differ"), pagesDiffer(verdict, form));
            }
        }
    } catch (const std::exception &) {
        return refused(verdict, QStringLiteral("draft.pdf-damaged"), unreadable(pdfPath));
    }
    verdict.ok = true;
    return verdict;
}

} // namespace nbapply

// The review page put together: head, summary, a table per section, documents, notes, footer. How text
// is made safe is in reviewtext.cpp, how a field's row reads in reviewfields.cpp.
#include "reviewhtml.h"

#include "application/checkedapplication.h"
#include "draft/draft.h"
#include "draft/draftreview.h"
#include "form/formdefinition.h"
#include "reviewfields.h"
#include "reviewstyle.h"
#include "reviewtext.h"
#include "signing/approvalsignature.h"
#include "signing/truststore.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace nbapply
{

using namespace review; // reviewtext.h, reviewfields.h

namespace
{

const QString kDocumentsPath = QStringLiteral("documents");

// "documents.business-licence" -> "business-licence"; "documents" or anything else -> empty.
QString documentKindOfPath(const QString &path)
{
    const QString prefix = kDocumentsPath + QLatin1Char('.');
    return path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
}

class ReviewWriter
{
  public:
    ReviewWriter(const CheckedApplication &checked, const Problems &problems, Language language,
                 const signing::TrustStore *trust, const QList<signing::SignatureReport> &pdfSignatures)
        : m_checked(checked), m_form(checked.form()), m_draft(checked.normalized()), m_problems(problems),
          m_language(language), m_kind(checked.applicantKind()), m_trust(trust),
          m_pdfSignatures(pdfSignatures)
    {
        for (const Problem &problem : problems)
            m_byField[problem.field].append(&problem);
    }

    QString render()
    {
        m_html.reserve(64 * 1024);
        writeHead();
        writeSummary();
        for (const SectionDefinition &section : m_form.sections)
            writeSection(section);
        writeDocuments();
        writeNotes();
        writeFooter();
        return m_html;
    }

  private:
    QList<const Problem *> problemsOf(const QString &path)
    {
        m_shown.insert(path);
        return m_byField.value(path);
    }

    void writeHead()
    {
        m_html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                 // No script, no remote content: a hostile value cannot turn into either.
                                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                 "style-src 'unsafe-inline'; img-src data:\">"
                                 "<title>%2</title><style>%3</style></head><body>\n")
                      .arg(m_language == Language::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en"),
                           escapeText(m_form.title.zh + QStringLiteral(" / ") + m_form.title.en),
                           review::reviewStyleSheet());
        m_html += QStringLiteral("<header><h1 lang=\"zh-CN\">%1</h1><p class=\"title-en\" lang=\"en\">%2</p>"
                                 "<p class=\"source\">%3</p><p class=\"governing\">%4</p></header>\n")
                      .arg(escapeText(m_form.title.zh), escapeText(m_form.title.en),
                           escapeText(m_form.source.zh + QStringLiteral(" / ") + m_form.source.en),
                           escapeText(m_form.governingLanguageNote.zh + QLatin1Char(' ') +
                                      m_form.governingLanguageNote.en));
    }

    // The label of a problem's field in the UI language, for the summary.
    QString fieldName(const QString &path) const
    {
        if (const FieldDefinition *field = m_form.field(path)) {
            // As the wizard labels it: an identifier by the type chosen.
            const CheckedField *checked = m_checked.field(path);
            return m_form.section(field->section)->label.in(m_language) + QStringLiteral(" › ") +
                   (checked ? checked->label : field->label).in(m_language);
        }
        if (const DocumentKind *document = m_form.documentKind(documentKindOfPath(path)))
            return m_checked.documentLabel(*document).in(m_language);
        if (path.startsWith(kDocumentsPath))
            return pick(m_language, "随附材料", "Enclosed documents");
        return pick(m_language, "申请表", "Application");
    }

    // The review's verdict as its signature verifies (signed by whom, valid, covers an older version,
    // changed after signing, unsigned: not evidence of approval; or not reviewed) and the open
    // comments, at the top where the reviewer looks, not only on the Export page.
    void writeApprovalState()
    {
        const Draft &draft = m_checked.draft();
        int open = 0;
        for (const ReviewComment &comment : reviewComments(draft))
            open += comment.resolved ? 0 : 1;
        QString text = approvalText(draft);
        if (open > 0)
            text += m_language == Language::Chinese ? QStringLiteral("；%1 条批注未解决。").arg(open)
                                                    : QStringLiteral("; %1 open comment(s).").arg(open);
        m_html +=
            QStringLiteral("<p class=\"approval-state\" id=\"approval-state\"><strong>%1</strong> "
                           "<bdi>%2</bdi></p>")
                .arg(pick(m_language, "审阅结论：", "Review:"), text.left(kReviewValueLimit).toHtmlEscaped());
        // The received PDF's own signatures (signed export), each with its verdict.
        for (const signing::SignatureReport &report : m_pdfSignatures)
            m_html += QStringLiteral("<p class=\"approval-state pdf-signature\"><strong>%1</strong> "
                                     "<bdi>%2</bdi></p>")
                          .arg(pick(m_language, "PDF 签名：", "PDF signature:"),
                               report.summary().in(m_language).left(kReviewValueLimit).toHtmlEscaped());
    }

    QString approvalText(const Draft &draft) const
    {
        if (!signing::hasApproval(draft))
            return signing::approvalSummary(draft, QString(), signing::TrustStore(), QDateTime())
                .in(m_language);
        // Without a store from the caller, the system's CAs (read only for a draft with an approval).
        const signing::TrustStore system =
            m_trust ? signing::TrustStore() : signing::TrustStore::load({}, nullptr);
        return signing::approvalSummary(draft, m_checked.fingerprint(), m_trust ? *m_trust : system,
                                        QDateTime::currentDateTimeUtc())
            .in(m_language);
    }

    void writeSummary()
    {
        const auto errors = std::count_if(m_problems.cbegin(), m_problems.cend(),
                                          [](const Problem &p) { return p.isError(); });
        const auto warnings = std::count_if(m_problems.cbegin(), m_problems.cend(),
                                            [](const Problem &p) { return p.severity == Severity::Warning; });
        QString headline;
        QString cssClass;
        QString icon;
        if (errors > 0) {
            cssClass = QStringLiteral("blocked");
            icon = review::errorIconSvg();
            headline = m_language == Language::Chinese
                           ? QStringLiteral("有 %1 个错误，改正后才能导出。").arg(errors)
                           : QStringLiteral("%1 error(s) must be corrected before the application can be "
                                            "exported.")
                                 .arg(errors);
        } else if (const qsizetype missing = m_checked.documentsNotAtHand();
                   m_checked.isReceived() && missing > 0) {
            // A received application whose documents did not travel: nothing is wrong with it, but an
            // export needs the files.
            cssClass = QStringLiteral("blocked");
            icon = review::errorIconSvg();
            headline =
                m_language == Language::Chinese
                    ? QStringLiteral("没有错误，但有 %1 份材料文件不在手边，导出需要这些文件。").arg(missing)
                    : QStringLiteral("No errors, but %1 document file(s) are not at hand: the export needs "
                                     "them.")
                          .arg(missing);
        } else {
            cssClass = QStringLiteral("ok");
            icon = review::okIconSvg();
            headline =
                pick(m_language, "没有错误，可以导出。", "No errors: the application can be exported.");
        }
        if (warnings > 0) {
            const QString warningText =
                m_language == Language::Chinese
                    ? QStringLiteral("另有 %1 个警告，请核对，但不影响导出。")
                    : QStringLiteral("%1 warning(s) to check; they do not block the export.");
            headline += QLatin1Char(' ') + warningText.arg(warnings);
        }
        m_html +=
            QStringLiteral("<section class=\"summary %1\" id=\"summary\" aria-labelledby=\"summary-title\">"
                           "<h2 id=\"summary-title\">%2<span>%3</span></h2>")
                .arg(cssClass, icon, headline.toHtmlEscaped());
        writeApprovalState();
        if (!m_problems.isEmpty()) {
            m_html += QStringLiteral("<ol>");
            // Errors first, in form order as the validator reported them; then warnings.
            for (const bool errorsPass : {true, false}) {
                for (const Problem &problem : m_problems) {
                    if (problem.isError() != errorsPass)
                        continue;
                    const QString name = escapeText(fieldName(problem.field));
                    const QString target =
                        problem.field.isEmpty()
                            ? name
                            : QStringLiteral("<a class=\"problem-link\" href=\"%1\">%2</a>")
                                  .arg(reviewEditLink(problem.field).toHtmlEscaped(), name);
                    m_html +=
                        QStringLiteral("<li class=\"%1\"><span class=\"kind\">%2</span> %3%4%5</li>")
                            .arg(severityName(problem.severity), problemKindWord(problem, m_language), target,
                                 pick(m_language, "：", ": "), escapeText(problem.message.in(m_language)));
                }
            }
            m_html += QStringLiteral("</ol>");
        }
        m_html += QStringLiteral("<p class=\"screen-only\">%1</p></section>\n")
                      .arg(pick(m_language, "点击任一栏目名称即可回到该处修改。",
                                "Click the name of any item to go back and edit it."));
    }

    void writeSection(const SectionDefinition &section)
    {
        const QString headingId = QStringLiteral("heading-") + escapeText(section.id);
        m_html += QStringLiteral("<section id=\"section-%1\"><h2 id=\"%2\">%3</h2>%4")
                      .arg(escapeText(section.id), headingId, sectionHeading(section.label),
                           fieldsTableStart(headingId, m_language));
        for (const FieldDefinition &field : section.fields) {
            const CheckedField *checked = m_checked.field(field.path());
            if (!checked)
                continue; // does not apply to this kind of applicant
            const QList<const Problem *> problems = problemsOf(field.path());
            m_html +=
                QStringLiteral("<tr id=\"field-%1\"%2>%3<td><div class=\"value\">%4</div>%5</td></tr>\n")
                    .arg(escapeText(field.path()), rowClass(problems),
                         labelCell(field.path(), checked->label, m_language),
                         fieldValue(*checked, m_kind, m_language), problemBlocks(problems, m_language));
        }
        m_html += QStringLiteral("</tbody></table></section>\n");
    }

    // The space keeps the two languages apart in the heading's accessible name (and so in the name
    // of the table it labels): without it a screen reader reads "申请人基本信息1. Applicant".
    static QString sectionHeading(const BilingualText &label)
    {
        return QStringLiteral("<span lang=\"zh-CN\">%1</span> <span class=\"en\" lang=\"en\">%2</span>")
            .arg(escapeText(label.zh), escapeText(label.en));
    }

    static QString documentMarks(const DocumentKindRow &row)
    {
        if (!row.kind)
            return {};
        QString marks;
        if (row.required)
            marks += QStringLiteral(
                "<span class=\"mark required\">必须提交 <span lang=\"en\">Required</span></span>");
        else
            marks +=
                QStringLiteral("<span class=\"mark optional\">可选 <span lang=\"en\">Optional</span></span>");
        // 特别提示 1(2): an organisation's documents all bear its official seal.
        // The separator keeps the marks apart in the text a screen reader reads ("Required; 须加盖公章"),
        // not "Required须加盖公章".
        if (row.sealed)
            marks += QStringLiteral("; <span class=\"mark stamp\">须加盖公章 <span lang=\"en\">Official seal "
                                    "required</span></span>");
        return marks;
    }

    // For a received application: whether the file is the one its document list names, in words.
    static QString verdictMark(const CheckedDocument &document)
    {
        switch (document.verification) {
        case DocumentVerification::NotReceived:
            return {};
        case DocumentVerification::Verified:
            return QStringLiteral(
                "<span class=\"mark verified\">SHA-256 已核对一致 <span lang=\"en\">SHA-256 "
                "verified</span></span>");
        case DocumentVerification::Differs:
            return QStringLiteral(
                "<span class=\"mark differs\">与所列文件不符 <span lang=\"en\">Differs from "
                "the listed file</span></span>");
        case DocumentVerification::NotEnclosed:
            return QStringLiteral("<span class=\"mark not-enclosed\">未随附 <span lang=\"en\">Not "
                                  "enclosed</span></span>");
        }
        return {};
    }

    QString fileList(const QList<const CheckedDocument *> &files) const
    {
        if (files.isEmpty())
            return QStringLiteral("<div class=\"empty\">%1</div>")
                .arg(pick(m_language, "（未添加）", "(not added)"));
        QString html = QStringLiteral("<ul class=\"files\">");
        for (const CheckedDocument *file : files) {
            QString digest;
            if (file->verification != DocumentVerification::NotReceived && !file->sha256.isEmpty())
                digest = QStringLiteral(" <span class=\"path\">SHA-256 %1</span>")
                             .arg(escapeText(QString::fromLatin1(file->sha256)));
            html += QStringLiteral("<li>%1 <span class=\"path\">%2</span> %3%4</li>")
                        .arg(userValue(QFileInfo(file->ref.path).fileName(), m_language),
                             userValue(file->ref.path, m_language), verdictMark(*file), digest);
        }
        return html + QStringLiteral("</ul>");
    }

    // `notApplicable`: the reason, when the applicant marked the kind not applicable (null otherwise).
    void writeDocumentRow(const QString &kindValue, const BilingualText &label, const QString &marks,
                          const QList<const CheckedDocument *> &files, const QString &notApplicable = {})
    {
        const QString path = kDocumentsPath + QLatin1Char('.') + kindValue;
        const QList<const Problem *> problems = problemsOf(path);
        const QString content = notApplicable.isNull() || !files.isEmpty()
                                    ? fileList(files)
                                    : QStringLiteral("<div class=\"value\">%1%2</div>")
                                          .arg(pick(m_language, "不适用：", "Not applicable: "),
                                               userValue(notApplicable, m_language));
        m_html += QStringLiteral("<tr id=\"field-%1\"%2>%3<td>%4%5%6</td></tr>\n")
                      .arg(escapeText(path), rowClass(problems), labelCell(path, label, m_language), marks,
                           content, problemBlocks(problems, m_language));
    }

    void writeDocuments()
    {
        const QList<const Problem *> sectionProblems = problemsOf(kDocumentsPath);
        m_html +=
            QStringLiteral("<section id=\"section-documents\"><h2 id=\"heading-documents\">%1</h2>")
                .arg(sectionHeading({QStringLiteral("随附材料"), QStringLiteral("Enclosed documents")}));
        if (m_form.needsSeal(m_kind))
            m_html += QStringLiteral("<p>%1</p>").arg(zhEn(m_form.stampNote));
        m_html += problemBlocks(sectionProblems, m_language);
        m_html += fieldsTableStart(QStringLiteral("heading-documents"), m_language);
        // Kinds this form does not know (a hand-edited draft) are rows too, so nothing is hidden.
        for (const DocumentKindRow &row : m_checked.documentKinds()) {
            QList<const CheckedDocument *> files;
            for (qsizetype file : row.files)
                files << &m_checked.documents().at(file);
            writeDocumentRow(row.kindValue, row.label, documentMarks(row), files, row.notApplicableReason);
        }
        m_html += QStringLiteral("</tbody></table></section>\n");
    }

    void writeNotes()
    {
        m_html += QStringLiteral("<section class=\"notes\" id=\"section-notes\"><h2>%1</h2>")
                      .arg(sectionHeading(m_form.documentsLabel));
        for (const BilingualText &note : m_form.notes)
            m_html += QStringLiteral("<p lang=\"zh-CN\">%1</p><p class=\"en\" lang=\"en\">%2</p>")
                          .arg(escapeText(note.zh), escapeText(note.en));
        m_html += QStringLiteral("</section>\n");
    }

    void writeFooter()
    {
        // Problems whose field is not on the page (e.g. a field that does not apply to this kind of
        // applicant) still appear in the summary; here they are repeated so none is lost in print.
        QString orphans;
        for (const Problem &problem : m_problems)
            if (!problem.field.isEmpty() && !m_shown.contains(problem.field))
                orphans += problemBlock(problem, m_language);
        if (!orphans.isEmpty())
            m_html += QStringLiteral("<section id=\"section-other\"><h2>%1</h2>%2</section>\n")
                          .arg(sectionHeading({QStringLiteral("其他问题"), QStringLiteral("Other problems")}),
                               orphans);
        m_html +=
            QStringLiteral("<footer><p>%1 %2 · %3 %4</p></footer>\n</body></html>\n")
                .arg(pick(m_language, "申请表版本", "Form version"), escapeText(m_form.tag()),
                     pick(m_language, "数据指纹", "Data fingerprint"), escapeText(m_checked.fingerprint()));
    }

    const CheckedApplication &m_checked;
    const FormDefinition &m_form;
    const Draft &m_draft;
    const Problems &m_problems;
    const Language m_language;
    const QString m_kind;
    const signing::TrustStore *m_trust;
    const QList<signing::SignatureReport> &m_pdfSignatures;
    QHash<QString, QList<const Problem *>> m_byField;
    QSet<QString> m_shown;
    QString m_html;
};

} // namespace

QString reviewEditLink(const QString &fieldPath)
{
    return reviewEditScheme() + QLatin1Char(':') + fieldPath;
}

QString renderReviewHtml(const CheckedApplication &checked, Language uiLanguage,
                         const signing::TrustStore *trust,
                         const QList<signing::SignatureReport> &pdfSignatures)
{
    return ReviewWriter(checked, checked.problems(), uiLanguage, trust, pdfSignatures).render();
}

QString renderReviewHtml(const CheckedApplication &checked, const Problems &shownProblems,
                         Language uiLanguage, const signing::TrustStore *trust)
{
    return ReviewWriter(checked, shownProblems, uiLanguage, trust, {}).render();
}

} // namespace nbapply

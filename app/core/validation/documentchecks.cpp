// The supporting documents of a draft: what a received draft may name, and what it may not.
#include "documentchecks.h"

#include "draft/documentmanifest.h"
#include "draft/documentpath.h"
#include "draft/draft.h"
#include "draftrules.h"
#include "fieldchecks.h"
#include "form/formdefinition.h"
#include "problemtext.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

#include <algorithm>

namespace nbapply::validation
{

namespace
{

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// The type as a person knows it ("PNG image" / its MIME name), for the unexpected-type warning.
BilingualText typeName(const QString &mimeType)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    const QString comment = type.isValid() && !type.comment().isEmpty() ? type.comment() : mimeType;
    return {QStringLiteral("%1（%2）").arg(comment, mimeType),
            QStringLiteral("%1 (%2)").arg(comment, mimeType)};
}

// The entry a received application lists for `document` (received drafts name files, never folders).
const ManifestEntry *listedEntry(const ValidationContext &context, const DocumentRef &document)
{
    return context.receivedDocuments ? context.receivedDocuments->find(Draft::fileNameOf(document.path))
                                     : nullptr;
}

Problem notEnclosed(const BilingualText &label, const QString &shown)
{
    return {
        Severity::Notice,
        QStringLiteral("document.not-enclosed"),
        documentsPath(),
        {QStringLiteral("材料“%1”的文件“%2”没有随申请一起收到；需要时请向申请人索取。").arg(label.zh, shown),
         QStringLiteral("The file “%2” of the document “%1” did not come with the application; ask the "
                        "applicant for it if you need it.")
             .arg(label.en, shown)}};
}

Problem hashMismatch(const BilingualText &label, const QString &shown)
{
    return makeError(
        QStringLiteral("document.hash-mismatch"),
        QStringLiteral("材料“%1”的文件“%2”与申请所列的不是同一份文件（SHA-256 不符），可能在导出后"
                       "被更换或改动。请向申请人核实。")
            .arg(label.zh, shown),
        QStringLiteral("The file “%2” of the document “%1” is not the file the application lists "
                       "(its SHA-256 differs): it may have been replaced or changed after the "
                       "export. Check with the applicant.")
            .arg(label.en, shown));
}

} // namespace

Problem documentFileProblem(const DocumentFile &file, const BilingualText &what, const QString &path)
{
    const QString shown = shownValue(path, 120);
    switch (file.status) {
    case DocumentFileStatus::Ok:
        break;
    case DocumentFileStatus::NotFound:
        return makeError(
            QStringLiteral("document.not-found"),
            QStringLiteral("材料“%1”的文件“%2”不存在。请重新选择文件（相对路径以草稿所在文件夹为准）。")
                .arg(what.zh, shown),
            QStringLiteral("The file “%2” of the document “%1” does not exist. Choose the file again "
                           "(relative paths start at the draft's folder).")
                .arg(what.en, shown));
    case DocumentFileStatus::OutsideFolder:
        return makeError(
            QStringLiteral("document.outside-folder"),
            QStringLiteral(
                "材料“%1”的文件“%2”不在草稿所在的文件夹中（或通过链接指向文件夹以外）。为安全起见，"
                "nbapply 不会读取草稿所指向的其他位置的文件。请重新选择该文件。")
                .arg(what.zh, shown),
            QStringLiteral("The file “%2” of the document “%1” is not in the draft's folder (or a link "
                           "leads out of it). For safety nbapply never reads a file elsewhere that a "
                           "draft points to. Choose the file again.")
                .arg(what.en, shown));
    case DocumentFileStatus::NotRegular:
        return makeError(
            QStringLiteral("document.not-regular"),
            QStringLiteral("材料“%1”的“%2”不是普通文件（而是文件夹、设备、管道或系统文件）。请选择扫描件或 "
                           "PDF 文件。")
                .arg(what.zh, shown),
            QStringLiteral("“%2” of the document “%1” is not an ordinary file (it is a folder, a device, "
                           "a pipe or a system file). Choose the scan or PDF file.")
                .arg(what.en, shown));
    case DocumentFileStatus::Empty:
        return makeError(QStringLiteral("document.empty"),
                         QStringLiteral("材料“%1”的文件“%2”是空的（0 字节）。请重新扫描或另存后重新选择。")
                             .arg(what.zh, shown),
                         QStringLiteral("The file “%2” of the document “%1” is empty (0 bytes). Scan or save "
                                        "it again and choose it again.")
                             .arg(what.en, shown));
    case DocumentFileStatus::TooLarge:
        return makeError(
            QStringLiteral("document.too-large"),
            QStringLiteral("材料“%1”的文件“%2”有 %3 MB，超过每份材料 %4 MB 的上限。请压缩或降低扫描分辨率后"
                           "重新选择。")
                .arg(what.zh, shown, megabytes(file.size), megabytes(kMaxDocumentBytes)),
            QStringLiteral("The file “%2” of the document “%1” is %3 MB, more than the %4 MB a document "
                           "may have. Compress it or scan at a lower resolution, and choose it again.")
                .arg(what.en, shown, megabytes(file.size), megabytes(kMaxDocumentBytes)));
    case DocumentFileStatus::Unreadable:
        return makeError(QStringLiteral("document.unreadable"),
                         QStringLiteral("材料“%1”的文件“%2”无法读取。请检查文件权限，或另存一份后重新选择。")
                             .arg(what.zh, shown),
                         QStringLiteral("The file “%2” of the document “%1” cannot be read. Check its "
                                        "permissions, or save a copy and choose that.")
                             .arg(what.en, shown));
    }
    return {};
}

Problems checkDocumentEntry(const FormDefinition &form, const Draft &draft, const DocumentRef &document,
                            const ValidationContext &context, InspectedDocument *inspected)
{
    Problems problems;
    auto add = [&](Problem problem) {
        problem.field = documentsPath();
        problems << problem;
    };
    const DocumentKind *kind = form.documentKind(document.kind);
    if (!kind) {
        QStringList known;
        for (const DocumentKind &k : form.documentKinds)
            known << k.value;
        add(makeError(QStringLiteral("document.kind"),
                      QStringLiteral("材料类型“%1”未知。请选择：%2。")
                          .arg(shownValue(document.kind), known.join(QStringLiteral("、"))),
                      QStringLiteral("The document kind “%1” is unknown. Use one of: %2.")
                          .arg(shownValue(document.kind), known.join(QStringLiteral(", ")))));
        return problems;
    }
    const BilingualText label = form.documentLabel(*kind, draft);
    if (document.path.trimmed().isEmpty()) {
        add(makeError(QStringLiteral("document.path"),
                      QStringLiteral("材料“%1”没有指定文件。请选择文件，或删去这一条。").arg(label.zh),
                      QStringLiteral("The document “%1” names no file. Choose the file or remove the entry.")
                          .arg(label.en)));
        return problems;
    }
    const QString shown = shownValue(document.path, 120);
    // The name travels into the e-mail and the PDF: a TAB or a U+202E there would disguise it.
    if (hasDisguisingCharacter(document.path)) {
        add(makeError(QStringLiteral("document.name-character"),
                      QStringLiteral("材料“%1”的文件名“%2”含有控制字符或改变文字方向的字符，可能掩盖真实的"
                                     "文件名或类型。请把文件改名后重新选择。")
                          .arg(label.zh, shown),
                      QStringLiteral("The file name “%2” of the document “%1” holds a control or "
                                     "text-direction character that can disguise the real name or type. "
                                     "Rename the file and choose it again.")
                          .arg(label.en, shown)));
        return problems;
    }
    const ManifestEntry *listed = listedEntry(context, document);
    // Without a folder a relative path would be read from wherever the program happens to run.
    if (context.draftFolder.isEmpty() && QDir::isRelativePath(document.path)) {
        if (listed) {
            add(notEnclosed(label, shown));
            return problems;
        }
        add(makeError(
            QStringLiteral("document.no-folder"),
            QStringLiteral("材料“%1”的文件“%2”是相对路径，但这份申请没有所在文件夹，无法找到该文件。"
                           "请重新选择文件。")
                .arg(label.zh, shown),
            QStringLiteral("The file “%2” of the document “%1” is a relative path, but this application "
                           "has no folder to find it in. Choose the file again.")
                .arg(label.en, shown)));
        return problems;
    }
    const DocumentFile file = inspectDocumentFile(document.path, context.draftFolder);
    if (inspected)
        *inspected = InspectedDocument{true, file, {}};
    if (!file.ok()) {
        // What someone else sent without this file: a notice, the file did not travel.
        add(listed && file.status == DocumentFileStatus::NotFound
                ? notEnclosed(label, shown)
                : documentFileProblem(file, label, document.path));
        return problems;
    }
    // A received application's file must be the one its document list names, byte for byte.
    if (context.receivedDocuments && (!listed || listed->sha256.isEmpty() || listed->size != file.size ||
                                      cachedSha256(file.path, file.size, file.modified) != listed->sha256)) {
        add(hashMismatch(label, shown));
        return problems;
    }
    if (!isExpectedDocumentType(file.mimeType)) {
        const BilingualText type = typeName(file.mimeType);
        add(makeWarning(QStringLiteral("document.unexpected-type"),
                        QStringLiteral("材料“%1”的文件“%2”按内容是 %3，而不是 PDF、JPEG 或 PNG。请确认选对了"
                                       "文件；许可方可能无法打开其他格式。")
                            .arg(label.zh, shown, type.zh),
                        QStringLiteral("By its content, the file “%2” of the document “%1” is %3, not a "
                                       "PDF, JPEG or PNG. Check that it is the right file; the licensor "
                                       "may not be able to open other types.")
                            .arg(label.en, shown, type.en)));
    }
    // What the content says (a scan that cannot be decoded, too coarse for A4, too large for the mail):
    // the same inspector for every check, so that every view and command has the same verdict.
    if (context.inspectDocument) {
        const DocumentContent content{
            file.path, QFileInfo(document.path).fileName(), file.mimeType, file.size, file.modified, label};
        for (Problem problem : context.inspectDocument(content))
            add(problem);
    }
    return problems;
}

Problems checkMissingDocumentKind(const FormDefinition &form, const DocumentKind &kind, const Draft &draft)
{
    const QString applicantKind = draft.applicantKind();
    if (!kind.isRequiredFor(applicantKind))
        return {};
    for (const DocumentRef &document : draft.documents())
        if (document.kind == kind.value && !document.path.trimmed().isEmpty())
            return {};
    // Marked not applicable, with or without its reason (checkNotApplicable asks for that).
    for (const NotApplicableDocument &entry : draft.notApplicableDocuments())
        if (entry.kind == kind.value)
            return {};
    const bool seal = kind.stamp && form.needsSeal(applicantKind);
    const BilingualText label = form.documentLabel(kind, draft);
    Problem problem = makeWarning(
        QStringLiteral("document.missing"),
        QStringLiteral("还没有附上“%1”%2。申请需要这份材料，请附上文件（也可以之后随邮件补发）；"
                       "不适用时请标为“不适用”并说明理由。")
            .arg(label.zh, seal ? QStringLiteral("（加盖公章）") : QString()),
        QStringLiteral("“%1”%2 is not attached yet. The application needs it: attach the file (or "
                       "send it with the e-mail later), or mark it not applicable and say why.")
            .arg(label.en, seal ? QStringLiteral(" (with the official seal)") : QString()));
    problem.field = documentsPath();
    return {problem};
}

Problems checkNotApplicable(const FormDefinition &form, const Draft &draft, const ValidationContext &context,
                            const QString &kindValue)
{
    Problems problems;
    const QList<DocumentRef> documents = draft.documents();
    for (const NotApplicableDocument &entry : draft.notApplicableDocuments()) {
        if (!kindValue.isNull() && entry.kind != kindValue)
            continue;
        const DocumentKind *kind = form.documentKind(entry.kind);
        Problem problem;
        if (!kind) {
            problem = makeError(QStringLiteral("document.kind"),
                                QStringLiteral("标为不适用的材料类型“%1”未知。").arg(shownValue(entry.kind)),
                                QStringLiteral("The document kind “%1” marked not applicable is unknown.")
                                    .arg(shownValue(entry.kind)));
        } else if (std::any_of(documents.cbegin(), documents.cend(),
                               [&entry](const DocumentRef &d) { return d.kind == entry.kind; })) {
            const BilingualText label = form.documentLabel(*kind, draft);
            problem = makeError(
                QStringLiteral("document.not-applicable-with-file"),
                QStringLiteral("“%1”标为不适用，却又附了文件。请删去文件，或取消“不适用”。").arg(label.zh),
                QStringLiteral("“%1” is marked not applicable but has a file as well. Remove "
                               "the file or clear “not applicable”.")
                    .arg(label.en));
        } else if (entry.reason.trimmed().isEmpty()) {
            const BilingualText label = form.documentLabel(*kind, draft);
            problem =
                makeError(QStringLiteral("document.not-applicable-reason"),
                          QStringLiteral("“%1”标为不适用：请说明理由（会写入申请表和邮件）。").arg(label.zh),
                          QStringLiteral("“%1” is marked not applicable: say why (the form and the "
                                         "e-mail state the reason).")
                              .arg(label.en));
        } else {
            // The reason is printed and mailed like a field's value: one line, printable, not too long.
            FieldDefinition reason;
            reason.section = documentsPath();
            reason.key = entry.kind;
            reason.maxLength = kMaxNotApplicableReason;
            const BilingualText label = form.documentLabel(*kind, draft);
            reason.label = {label.zh + QStringLiteral("（不适用的理由）"),
                            label.en + QStringLiteral(" (why it does not apply)")};
            for (Problem p : checkTextCharacters(reason, entry.reason, context)) {
                p.field = documentsPath();
                problems << p;
            }
            continue;
        }
        problem.field = documentsPath();
        problems << problem;
    }
    return problems;
}

Problems checkDocuments(const FormDefinition &form, const Draft &draft, const ValidationContext &context,
                        QList<InspectedDocument> *inspected)
{
    Problems problems;
    const QList<DocumentRef> documents = draft.documents();
    qint64 total = 0;
    for (const DocumentRef &document : documents) {
        InspectedDocument entry;
        entry.problems = checkDocumentEntry(form, draft, document, context, &entry);
        problems += entry.problems;
        if (entry.inspected && entry.file.ok())
            total += entry.file.size;
        if (inspected)
            inspected->append(entry);
    }
    if (total > kMaxDocumentsTotalBytes) {
        Problem problem =
            makeError(QStringLiteral("document.total-too-large"),
                      QStringLiteral("材料合计 %1 MB，超过一份申请 %2 MB 的上限。请压缩较大的文件。")
                          .arg(megabytes(total), megabytes(kMaxDocumentsTotalBytes)),
                      QStringLiteral("The documents add up to %1 MB, more than the %2 MB one application may "
                                     "carry. Compress the largest files.")
                          .arg(megabytes(total), megabytes(kMaxDocumentsTotalBytes)));
        problem.field = documentsPath();
        problems << problem;
    }
    problems += checkNotApplicable(form, draft, context);
    for (const DocumentKind &kind : form.documentKinds)
        problems += checkMissingDocumentKind(form, kind, draft);
    return problems;
}

} // namespace nbapply::validation

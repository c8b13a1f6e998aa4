// nbapply validate DRAFT: lists the problems of a draft (or of the draft inside an nbapply PDF).
// DRAFT "-" reads the file from standard input.
#include "application/checkedapplication.h"
#include "application/displaytext.h"
#include "checkedoutput.h"
#include "commands.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "draft/draftreview.h"
#include "export/checkloaded.h"
#include "form/formdefinition.h"
#include "output.h"
#include "problemoutput.h"
#include "received/emlreader.h"
#include "received/receivedfile.h"
#include "signing/approvalsignature.h"
#include "signing/truststore.h"
#include "signingoptions.h"
#include "validation/draftvalidator.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <cerrno>
#include <optional>
#include <unistd.h>

namespace nbapply::cli
{

namespace
{

// The values exactly as the PDF prints them (the checked application's display text): one line per
// filled-in field, or, for JSON, an object {path: {zh, en, unverified}}.
QJsonObject printValues(const CheckedApplication &checked, bool json)
{
    QJsonObject values;
    for (const CheckedField &field : checked.fields()) {
        if (field.isEmpty())
            continue;
        if (json) {
            values.insert(field.path(), QJsonObject{{QStringLiteral("zh"), field.display.zh},
                                                    {QStringLiteral("en"), field.display.en},
                                                    {QStringLiteral("unverified"), field.isUnverified()}});
            continue;
        }
        QString line = field.path() + u'\t' + sanitizedForLine(bilingualLine(field.display));
        if (field.isUnverified())
            line += QStringLiteral("\t") + unverifiedMark().zh + QStringLiteral(" / ") + unverifiedMark().en;
        printOut(line + u'\n');
    }
    return values;
}

// `validate -`: standard input copied, in pieces, into a private temporary file (QTemporaryFile is 0600
// and removed when it goes), because loadDraftFile reads files and tells a draft, a PDF, a package and an
// .eml apart by content. Reading stops past the largest file it opens (an .eml, like a package, at most
// 512 MB), so an endless pipe cannot fill the disk; each kind's own limit then applies. Returns the
// problem when standard input cannot be read or is too big (then *tooLarge is set).
std::optional<BilingualText> copyStdinTo(QTemporaryFile *file, bool *tooLarge)
{
    if (!file->open())
        return BilingualText{QStringLiteral("无法创建临时文件来保存标准输入。"),
                             QStringLiteral("Cannot create a temporary file for standard input.")};
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer.data(), size_t(buffer.size()));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return BilingualText{QStringLiteral("无法读取标准输入。"),
                                 QStringLiteral("Cannot read standard input.")};
        if (got == 0)
            break;
        total += got;
        *tooLarge = total > received::kMaxMessageBytes;
        if (*tooLarge)
            return BilingualText{
                QStringLiteral("标准输入超过 512 MB，不是草稿或申请文件。"),
                QStringLiteral("Standard input is over 512 MB: not a draft or an application file.")};
        if (file->write(buffer.constData(), got) != got)
            return BilingualText{
                QStringLiteral("无法把标准输入写入临时文件（磁盘已满？）。"),
                QStringLiteral("Cannot write standard input to a temporary file (disk full?).")};
    }
    if (!file->flush())
        return BilingualText{QStringLiteral("无法把标准输入写入临时文件（磁盘已满？）。"),
                             QStringLiteral("Cannot write standard input to a temporary file (disk full?).")};
    return std::nullopt;
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

} // namespace

// The review's verdict where the reviewer looks, with the "what was checked" block: the approval as its
// signature verifies against `trust` (--trust and the system's CAs) — signed by whom, valid, covers an
// older version, changed after signing, unsigned: not evidence of approval — or not reviewed, and how
// many comments are open.
static void printReviewState(const CheckedApplication &checked, const signing::TrustStore &trust,
                             Language language)
{
    const Draft &draft = checked.draft();
    int open = 0;
    for (const ReviewComment &comment : reviewComments(draft))
        open += comment.resolved ? 0 : 1;
    const bool zh = language == Language::Chinese;
    QString line = (zh ? QStringLiteral("审阅\t") : QStringLiteral("review\t")) +
                   sanitizedForLine(signing::approvalSummary(draft, checked.fingerprint(), trust,
                                                             QDateTime::currentDateTimeUtc())
                                        .in(language));
    if (open > 0)
        line += zh ? QStringLiteral("；%1 条批注未解决").arg(open)
                   : QStringLiteral("; %1 open comment(s)").arg(open);
    printErr(line + u'\n');
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the problems of an application: a draft, a package, an nbapply PDF or an "
                       "nbapply .eml (what a file is comes from its content, not its name). Documents "
                       "that did not come with a PDF are notices.\n"
                       "Signatures (a signed review, a signed PDF) are listed with what they cover and "
                       "whose certificate made them.\n"
                       "Exit codes: 0 no errors (warnings allowed), 1 errors or a signature changed after "
                       "signing, 2 the "
                       "file cannot be read."));
    parser.addPositionalArgument(
        QStringLiteral("DRAFT"),
        QStringLiteral("a draft, a package, an nbapply PDF or an nbapply .eml ('-' = standard input)"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral(
            "print one JSON object, whatever the outcome: the exit code, the error code and message "
            "when the file cannot be opened, what was checked (source, fingerprint, pages, "
            "documents with their verdicts, signatures) and the problems"));
    const QCommandLineOption values(
        QStringLiteral("values"),
        QStringLiteral("first print every filled-in field as the PDF prints it (field, value), "
                       "normalised; a confirmed value that fails its check is marked unverified"));
    const QCommandLineOption trust = trustOption();
    parser.addOptions({json, values, trust});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("validate"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral(
            "Usage: nbapply validate [--json] [--values] [--trust CA.pem] [--lang zh_CN|en] DRAFT\n"));
        return ExitUsage;
    }
    // A --trust file that cannot be read is a usage error before anything else. The system's CAs alone
    // cannot fail to load, and reading them is 70 % of validating a draft (about 200 M instructions):
    // they are read below only when there is a signature to judge.
    std::optional<signing::TrustStore> trustStore;
    if (parser.isSet(trust)) {
        trustStore = trustStoreFromOptions(parser, trust, language);
        if (!trustStore)
            return ExitUsage;
    }

    const QString path = parser.positionalArguments().first();
    const bool asJson = parser.isSet(json);
    QTemporaryFile stdinCopy;
    if (path == u"-") {
        bool tooLarge = false;
        if (const std::optional<BilingualText> error = copyStdinTo(&stdinCopy, &tooLarge)) {
            if (asJson)
                printJson({{QStringLiteral("file"), path},
                           {QStringLiteral("exitCode"), ExitUnreadable},
                           {QStringLiteral("code"), tooLarge ? QStringLiteral("draft.too-large")
                                                             : QStringLiteral("draft.unreadable")},
                           {QStringLiteral("message"), QJsonObject{{QStringLiteral("zh"), error->zh},
                                                                   {QStringLiteral("en"), error->en}}}});
            printErr(error->in(language) + u'\n');
            return ExitUnreadable;
        }
    }
    const DraftLoadResult loaded = loadDraftFile(path == u"-" ? stdinCopy.fileName() : path);
    if (!loaded.ok()) {
        if (asJson)
            printJson({{QStringLiteral("file"), path},
                       {QStringLiteral("exitCode"), ExitUnreadable},
                       {QStringLiteral("code"), loaded.errorCode},
                       {QStringLiteral("message"), QJsonObject{{QStringLiteral("zh"), loaded.error.zh},
                                                               {QStringLiteral("en"), loaded.error.en}}}});
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    // Checked as `export`, `diff` and the compare view check it (checkLoadedApplication).
    const CheckedApplication checked = checkLoadedApplication(FormDefinition::builtin(), loaded);
    // Open review comments are listed too, as notices: they never block.
    const Problems problems = checked.problems() + openCommentNotices(*loaded.draft);
    // The approval and a received PDF's signatures are all that consult the trust store
    // (signing::applicationSignatures, approvalSummary); without them an empty store is never read.
    const bool hasSignatures =
        signing::hasApproval(*loaded.draft) || (loaded.received && !loaded.received->pdf.isEmpty());
    if (!trustStore)
        trustStore = hasSignatures ? trustStoreFromOptions(parser, trust, language) : signing::TrustStore();
    if (!trustStore)
        return ExitUsage;
    // A signature that no longer matches what it signed is a problem as serious as an error.
    const QList<signing::SignatureReport> signatures = signatureReports(loaded, checked, *trustStore);
    const int exitCode = hasErrors(problems) || anyInvalid(signatures) ? ExitProblems : ExitOk;
    if (asJson) {
        QJsonObject object = whatWasCheckedJson(loaded, checked);
        object.insert(QStringLiteral("file"), path);
        object.insert(QStringLiteral("exitCode"), exitCode);
        object.insert(QStringLiteral("code"), QString());
        object.insert(QStringLiteral("signatures"), signaturesJson(signatures));
        object.insert(QStringLiteral("problems"), problemsJson(problems));
        if (parser.isSet(values))
            object.insert(QStringLiteral("values"), printValues(checked, true));
        printJson(object);
        return exitCode;
    }
    if (parser.isSet(values))
        printValues(checked, false);
    printWhatWasChecked(loaded, checked, language);
    printReviewState(checked, *trustStore, language);
    printSignatures(signatures, language);
    printProblems(problems, language, false);
    return exitCode;
}

} // namespace nbapply::cli

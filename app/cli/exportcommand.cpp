// nbapply export DRAFT --out DIR: the bilingual PDF and the e-mail draft of an application.
#include "commands.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "export/applicationexport.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"
#include "output.h"
#include "problemoutput.h"

#include <QCommandLineParser>

namespace nbapply::cli
{

namespace
{

void printWarnings(const Problems &problems, Language language)
{
    for (const Problem &problem : problems)
        if (!problem.isError())
            printErr(severityName(problem.severity) + u'\t' + problem.field + u'\t' + problem.code + u'\t' +
                     sanitizedForLine(problem.message.in(language)) + u'\n');
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export an application: DIR/<applicant name>-<date>.pdf (bilingual, with the draft "
        "embedded) and DIR/<applicant name>-<date>.eml (an e-mail draft to the licensor with "
        "the PDF and the documents attached). Prints the paths written, and on stderr the size of the "
        "attachments with a warning when they exceed what the mailbox accepts.\n"
        "Exit codes: 0 written, 1 the draft has errors (nothing written; the problems are "
        "listed as by `validate`), 2 the draft cannot be read or a file cannot be written."));
    parser.addPositionalArgument(
        QStringLiteral("DRAFT"),
        QStringLiteral("a draft, a package, an nbapply PDF (its documents beside it) or an "
                       "nbapply .eml"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("folder to write to (created if missing)"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption pdfOnly(QStringLiteral("pdf-only"),
                                     QStringLiteral("write the PDF only, no e-mail"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("list problems as a JSON array"));
    parser.addOptions({out, pdfOnly, json});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("export"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out) || parser.value(out).isEmpty()) {
        printErr(QStringLiteral(
            "Usage: nbapply export [--pdf-only] [--json] [--lang zh_CN|en] DRAFT --out DIR\n"));
        return ExitUsage;
    }

    const QString path = parser.positionalArguments().first();
    const DraftLoadResult loaded = loadDraftFile(path);
    if (!loaded.ok()) {
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    // A received file's documents must be the ones its PDF lists, and all of them must be at hand: the
    // e-mail attaches them.
    if (hasErrors(loaded.documentProblems)) {
        printProblems(loaded.documentProblems, language, parser.isSet(json));
        return ExitProblems;
    }
    if (!loaded.documentProblems.isEmpty()) {
        printErr(language == Language::Chinese
                     ? QStringLiteral("导出需要以下材料文件，请把它们放在 %1 旁边后再导出：\n").arg(path)
                     : QStringLiteral("The export needs these document files; put them beside %1 and "
                                      "export again:\n")
                           .arg(path));
        for (const Problem &problem : loaded.documentProblems)
            printErr(QStringLiteral("needed\t") + sanitizedForLine(problem.message.in(language)) + u'\n');
        return ExitProblems;
    }
    ApplicationExportOptions options;
    options.draftFolder = loaded.documentFolder;
    options.writeEmail = !parser.isSet(pdfOnly);
    const ApplicationExportResult result =
        exportApplication(FormDefinition::builtin(), *loaded.draft, parser.value(out), options);
    if (result.refused) {
        printProblems(result.problems, language, parser.isSet(json));
        printErr(sanitizedForLine(result.error.in(language)) + u'\n');
        return ExitProblems;
    }
    printWarnings(result.problems, language);
    // The size first, then (above the mailbox's limit) the warning that says how to send the rest.
    if (!result.emailPath.isEmpty())
        printErr(attachmentSizeSummary(result.attachmentBytes).in(language) + u'\n');
    printWarnings(result.emailWarnings, language);
    if (!result.pdfPath.isEmpty())
        printOut(result.pdfPath + u'\n');
    if (!result.emailPath.isEmpty())
        printOut(result.emailPath + u'\n');
    if (!result.ok) {
        printErr(sanitizedForLine(result.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    return ExitOk;
}

} // namespace nbapply::cli

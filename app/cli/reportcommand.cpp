// nbapply report FILE --out DIR [--against OLD]: the internal review report (内部 / INTERNAL) as a PDF.
#include "commands.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "export/checkloaded.h"
#include "export/exportfilename.h"
#include "form/formdefinition.h"
#include "output.h"
#include "received/receivedfile.h"
#include "review/reviewreport.h"
#include "signing/truststore.h"
#include "signingoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace nbapply::cli
{

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the review report: an internal PDF (内部 / INTERNAL on every page, never for the licensor) "
        "with "
        "the application's name and fingerprint, the approval verdict as its signature verifies (signer, "
        "issuer "
        "and what it covers; --trust adds CAs for the signer's identity), each comment thread "
        "with who did what and when, every document with its SHA-256 and, with --against, the changes from "
        "an older version. FILE and OLD may be a draft, a package, an nbapply PDF or an nbapply .eml. Prints "
        "the path written; the file is readable by its owner only.\n"
        "A report file that exists already is not replaced without --force.\n"
        "Exit codes: 0 written, 2 a file cannot be read, the report file exists (without --force) or cannot "
        "be written."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the application reviewed"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("a folder for <applicant>-<date>-review-report.pdf (with --lang "
                       "zh_CN …-审阅报告.pdf), or the report file"),
        QStringLiteral("PATH"));
    const QCommandLineOption against(QStringLiteral("against"),
                                     QStringLiteral("an older version: the report shows what changed since"),
                                     QStringLiteral("OLD"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("replace the report file if it exists already"));
    const QCommandLineOption trust = trustOption();
    parser.addOptions({out, against, force, trust});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("report"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1 || parser.value(out).isEmpty() ||
        parser.value(out) == u"-") {
        printErr(QStringLiteral("Usage: nbapply report [--force] [--lang zh_CN|en] FILE --out DIR "
                                "[--against OLD] [--trust CA.pem]\n"));
        return ExitUsage;
    }
    const std::optional<signing::TrustStore> trustStore = trustStoreFromOptions(parser, trust, language);
    if (!trustStore)
        return ExitUsage;
    const DraftLoadResult loaded = loadDraftFile(parser.positionalArguments().first());
    if (!loaded.ok()) {
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    std::optional<DraftLoadResult> older;
    if (parser.isSet(against)) {
        older = loadDraftFile(parser.value(against));
        if (!older->ok()) {
            printErr(sanitizedForLine(older->error.in(language)) + u'\n');
            return ExitUnreadable;
        }
    }
    const CheckedApplication checked = checkLoadedApplication(FormDefinition::builtin(), loaded);
    QString target = parser.value(out);
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(reviewReportFileName(checked, language));
    // As `package`: an earlier report, or a name someone planted in a shared folder, is not replaced
    // unless the user says so.
    if (outputNameTaken(target) && !parser.isSet(force)) {
        const QString name = sanitizedForLine(target);
        printErr(
            language == Language::Chinese
                ? QStringLiteral("nbapply report：文件已存在，未做任何改动：%1。如要替换，请加 --force。\n")
                      .arg(name)
                : QStringLiteral("nbapply report: the file exists already, nothing was changed: %1. Add "
                                 "--force to replace it.\n")
                      .arg(name));
        return ExitUsage;
    }
    ReviewReportOptions options;
    options.trust = &*trustStore;
    std::optional<CheckedApplication> olderChecked;
    if (older) {
        olderChecked.emplace(checkLoadedApplication(FormDefinition::builtin(), *older));
        options.older = &*olderChecked;
        options.olderName = QFileInfo(parser.value(against)).fileName();
    }
    const ReviewReportResult result = writeReviewReport(checked, target, options);
    if (!result.ok) {
        printErr(sanitizedForLine(result.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    printOut(target + u'\n');
    return ExitOk;
}

} // namespace nbapply::cli

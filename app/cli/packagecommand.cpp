// nbapply package DRAFT --out FILE: one file that carries the whole application to a colleague.
#include "application/checkedapplication.h"
#include "application/loadedcontext.h"
#include "commands.h"
#include "common/exportclock.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "export/exportfilename.h"
#include "form/formdefinition.h"
#include "output.h"
#include "problemoutput.h"
#include "received/package.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace nbapply::cli
{

int runPackage(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a package: one ZIP file with the draft and its documents (file names only, no folder of "
        "this machine), for a colleague to open, validate, compare or export on another machine "
        "(docs/package-format.md). The draft need not be free of errors. Prints the path written.\n"
        "Exit codes: 0 written, 2 the draft or a document cannot be read, or the file cannot be written."));
    parser.addPositionalArgument(QStringLiteral("DRAFT"),
                                 QStringLiteral("a draft, an nbapply PDF (with its documents beside it), a "
                                                "package or an nbapply .eml"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("the package file, or a folder for "
                                                "<applicant>-<date>.nbapply.zip"),
                                 QStringLiteral("PATH"));
    parser.addOptions({out});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("package"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1 || parser.value(out).isEmpty()) {
        printErr(QStringLiteral("Usage: nbapply package [--lang zh_CN|en] DRAFT --out PATH\n"));
        return ExitUsage;
    }
    // "-" is not standard output: a package is a binary file written atomically, which a pipe is not;
    // without this a file named "-" would appear. Refused before the draft is read.
    if (parser.value(out) == u"-") {
        printErr(
            BilingualText{QStringLiteral("--out 需要文件或文件夹，不能是“-”：申请包不能写到标准输出。"
                                         "请给出路径，例如 --out ./申请.nbapply.zip。\n"),
                          QStringLiteral("--out needs a file or a folder, not \"-\": a package cannot be "
                                         "written to standard output. Give a path, for example --out "
                                         "./application.nbapply.zip.\n")}
                .in(language));
        return ExitUsage;
    }
    const DraftLoadResult loaded = loadDraftFile(parser.positionalArguments().first());
    if (!loaded.ok()) {
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    QString target = parser.value(out);
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(exportBaseName(*loaded.draft, exportClock().date()) +
                                       QStringLiteral(".nbapply.zip"));
    BilingualText error;
    const CheckedApplication checked = CheckedApplication::check(
        FormDefinition::builtin(), *loaded.draft, validationContextFor(loaded, standardValidationContext()));
    if (!writePackage(checked, target, &error)) {
        printErr(sanitizedForLine(error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    printOut(target + u'\n');
    return ExitOk;
}

} // namespace nbapply::cli

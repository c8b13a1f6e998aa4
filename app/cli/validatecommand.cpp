// nbapply validate DRAFT: lists the problems of a draft (or of the draft inside an nbapply PDF).
#include "commands.h"
#include "commonoptions.h"
#include "draft/draftfile.h"
#include "draft/draftreview.h"
#include "form/formdefinition.h"
#include "output.h"
#include "problemoutput.h"
#include "validation/draftvalidator.h"

#include <QCommandLineParser>

namespace nbapply::cli
{

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the problems of an application: a draft, a package, an nbapply PDF or an "
                       "nbapply .eml (what a file is comes from its content, not its name). Documents "
                       "that did not come with a PDF are notices.\n"
                       "Exit codes: 0 no errors (warnings allowed), 1 errors, 2 the "
                       "file cannot be read."));
    parser.addPositionalArgument(QStringLiteral("DRAFT"),
                                 QStringLiteral("a draft, a package, an nbapply PDF or an nbapply .eml"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("print a JSON array of problems"));
    parser.addOptions({json});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("validate"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        printErr(QStringLiteral("Usage: nbapply validate [--json] [--lang zh_CN|en] DRAFT\n"));
        return ExitUsage;
    }

    const QString path = parser.positionalArguments().first();
    const DraftLoadResult loaded = loadDraftFile(path);
    if (!loaded.ok()) {
        printErr(sanitizedForLine(loaded.error.in(language)) + u'\n');
        return ExitUnreadable;
    }
    ValidationContext context = standardValidationContext();
    context.draftFolder = loaded.documentFolder;
    // From a received PDF, a document that did not travel with it is a notice, not an error.
    // Open review comments are listed too, as notices: they never block.
    const Problems problems =
        withDocumentFindings(validateDraft(FormDefinition::builtin(), *loaded.draft, context), loaded) +
        openCommentNotices(*loaded.draft);
    printProblems(problems, language, parser.isSet(json));
    return hasErrors(problems) ? ExitProblems : ExitOk;
}

} // namespace nbapply::cli

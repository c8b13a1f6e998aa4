// nbapply validate DRAFT: lists the problems of a draft (or of the draft inside an nbapply PDF).
#include "commands.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "output.h"
#include "problemoutput.h"
#include "validation/draftvalidator.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace nbapply::cli
{

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the problems of an nbapply draft or nbapply PDF.\n"
                       "Exit codes: 0 no errors (warnings allowed), 1 errors, 2 the "
                       "file cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DRAFT"),
                                 QStringLiteral("a .nbapply.json draft or an nbapply PDF"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("print a JSON array of problems"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("message language: zh_CN or en"),
                                  QStringLiteral("LANG"));
    parser.addOptions({json, lang});
    if (!parser.parse(QStringList{QStringLiteral("nbapply validate")} + arguments)) {
        printErr(parser.errorText() + u'\n');
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    Language language = languageFromEnvironment();
    if (parser.isSet(lang) && !parseLanguage(parser.value(lang), &language)) {
        printErr(QStringLiteral("nbapply validate: --lang takes zh_CN or en\n"));
        return ExitUsage;
    }
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
    context.draftFolder = QFileInfo(path).absolutePath();
    const Problems problems = validateDraft(FormDefinition::builtin(), *loaded.draft, context);
    printProblems(problems, language, parser.isSet(json));
    return hasErrors(problems) ? ExitProblems : ExitOk;
}

} // namespace nbapply::cli

#include "commonoptions.h"

#include "output.h"

namespace nbapply::cli
{

std::optional<int> parseCommonOptions(QCommandLineParser &parser, const QString &command,
                                      const QStringList &arguments, Language *language)
{
    const QString name = QStringLiteral("nbapply ") + command;
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("message language: zh_CN or en"),
                                  QStringLiteral("LANG"));
    parser.addOption(lang);
    // Values may start with '-' ("-" for stdin, a phone "-123" …): options end at "--" as usual.
    if (!parser.parse(QStringList{name} + arguments)) {
        printErr(name + QStringLiteral(": ") + sanitizedForLine(parser.errorText()) +
                 QStringLiteral("\nTry '") + name + QStringLiteral(" --help'.\n"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    *language = languageFromEnvironment();
    if (parser.isSet(lang) && !parseLanguage(parser.value(lang), language)) {
        printErr(name + QStringLiteral(": --lang takes zh_CN or en\n"));
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace nbapply::cli

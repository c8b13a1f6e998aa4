#include "commands.h"
#include "output.h"

#include <QString>

#include <iterator>

namespace nbapply::cli
{

namespace
{

struct Command {
    const char16_t *name;
    const char16_t *synopsis;
    int (*run)(const QStringList &arguments);
};

// The subcommands, in the order `--help` lists them.
constexpr Command kCommands[] = {
    {u"check", u"check KIND VALUE...    check identifiers (KIND: uscc, id, email, phone)", runCheck},
    {u"validate", u"validate FILE          list the problems of a draft, package, nbapply PDF or .eml",
     runValidate},
    {u"export", u"export FILE --out DIR  write the bilingual PDF and the e-mail draft", runExport},
    {u"package", u"package FILE --out ZIP write one file with the draft and its documents", runPackage},
    {u"diff", u"diff OLD NEW           list the fields that differ between two versions", runDiff},
};

QString usage()
{
    QString text = QStringLiteral("Usage: nbapply [SUBCOMMAND] [OPTIONS]\n"
                                  "Prepare the Nanbeige licensed-model commercial use application.\n"
                                  "Without a subcommand nbapply starts the desktop wizard.\n\n"
                                  "Subcommands:\n");
    for (const Command &command : kCommands)
        text += QStringLiteral("  ") + QString::fromUtf16(command.synopsis) + u'\n';
    text += QStringLiteral("\nOptions:\n"
                           "  -h, --help             show this help (SUBCOMMAND --help for its own)\n"
                           "  -v, --version          show the version\n"
                           "\nExit codes: 0 success, 1 problems found, 2 unreadable input or bad usage.\n");
    return text;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands)
        if (name == QStringView(command.name))
            return &command;
    return nullptr;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return findCommand(first) || first == u"-h" || first == u"--help" || first == u"-v" ||
           first == u"--version";
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return -1;
    const QString &first = arguments.first();
    if (first == u"-h" || first == u"--help") {
        printOut(usage());
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        printOut(QStringLiteral("nbapply " NBAPPLY_VERSION "\n"));
        return ExitOk;
    }
    if (const Command *command = findCommand(first))
        return command->run(arguments.mid(1));
    return -1;
}

} // namespace nbapply::cli

#include "commands.h"
#include "output.h"

#include <QFileInfo>
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
    {u"report", u"report FILE --out DIR  write the internal review report (PDF)", runReport},
    {u"approve", u"approve FILE --sign P12 sign your review into a draft or package", runApprove},
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

// `--lang X` (or `--lang=X`) typed before the subcommand, as many tools allow, moved behind it where
// the subcommand reads it. --lang is no option of the wizard's (it has --language), so it never takes
// a GUI invocation.
QStringList withLeadingLangMoved(const QStringList &arguments)
{
    const bool joined = !arguments.isEmpty() && arguments.first().startsWith(QStringLiteral("--lang="));
    const qsizetype taken = joined ? 1 : (!arguments.isEmpty() && arguments.first() == u"--lang" ? 2 : 0);
    if (taken == 0 || arguments.size() <= taken || !findCommand(arguments.at(taken)))
        return arguments;
    return QStringList{arguments.at(taken)} + arguments.mid(0, taken) + arguments.mid(taken + 1);
}

} // namespace

bool isCommandLineInvocation(const QStringList &given)
{
    const QStringList arguments = withLeadingLangMoved(given);
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    if (findCommand(first) || first == u"-h" || first == u"--help" || first == u"-v" || first == u"--version")
        return true;
    // The wizard's own options start with '-'; a file to open exists. Anything else is a subcommand this
    // build does not know (or a file that is not there): that is for the command line to refuse, never
    // for the wizard to try to open.
    return !first.startsWith(u'-') && !QFileInfo::exists(first);
}

int run(const QStringList &given)
{
    const QStringList arguments = withLeadingLangMoved(given);
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
    if (!first.startsWith(u'-') && !QFileInfo::exists(first)) {
        printErr(QStringLiteral("nbapply: '%1' is neither a subcommand nor an existing file.\n"
                                "nbapply：“%1”既不是子命令，也不是已有的文件。\n"
                                "Run 'nbapply --help' for the subcommands.\n")
                     .arg(sanitizedForLine(first)));
        return ExitUsage;
    }
    return -1;
}

std::optional<QString> undecodableArgument(const QList<QByteArray> &rawArguments)
{
    for (const QByteArray &raw : rawArguments) {
        // Qt 6 names files in UTF-8 on Unix (QFile::encodeName): bytes that are not UTF-8 would become
        // U+FFFD and name another file — or create one, for --out.
        if (QString::fromUtf8(raw).toUtf8() != raw) {
            QString shown;
            for (const char c : raw) {
                const auto byte = static_cast<unsigned char>(c);
                shown += byte >= 0x20 && byte < 0x7f
                             ? QString(QLatin1Char(c))
                             : QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
            }
            return shown;
        }
    }
    return std::nullopt;
}

} // namespace nbapply::cli

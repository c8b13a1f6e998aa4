#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace nbapply::cli
{

// Each subcommand takes its own arguments (argv after the subcommand name) and returns an exit code.
int runCheck(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runPackage(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runApprove(const QStringList &arguments);

// Dispatches `nbapply SUBCOMMAND ...` (also `nbapply --lang X SUBCOMMAND ...`), `--help` and
// `--version`. A first argument that is neither a
// subcommand, an option nor an existing file is refused (ExitUsage) with a message. Returns -1 when
// the arguments are the wizard's (an option of its own, or a file to open).
int run(const QStringList &arguments);

// True when `arguments` (argv without the program name) are for the command line, not the GUI:
// a subcommand, --help/--version, or an unknown word (refused by run()).
bool isCommandLineInvocation(const QStringList &arguments);

// The first argument whose bytes are not UTF-8 (the file-name encoding of Qt 6 on Unix), shown with
// \xNN escapes; nullopt when all are.
std::optional<QString> undecodableArgument(const QList<QByteArray> &rawArguments);

} // namespace nbapply::cli

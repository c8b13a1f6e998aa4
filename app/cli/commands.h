#pragma once

#include <QStringList>

namespace nbapply::cli
{

// Each subcommand takes its own arguments (argv after the subcommand name) and returns an exit code.
int runCheck(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runPackage(const QStringList &arguments);
int runDiff(const QStringList &arguments);

// Dispatches `nbapply SUBCOMMAND ...`, `--help` and `--version`. Returns -1 when the arguments name
// no subcommand, so that the caller starts the GUI instead.
int run(const QStringList &arguments);

// True when `arguments` (argv without the program name) are for the command line, not the GUI.
bool isCommandLineInvocation(const QStringList &arguments);

} // namespace nbapply::cli

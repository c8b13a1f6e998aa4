#pragma once

#include "common/bilingualtext.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace nbapply::cli
{

// What every subcommand parses alike. Adds --help and --lang to `parser` (after the command's own
// options), parses `arguments` as `nbapply <command>`, and either finishes the command — help shown
// (ExitOk), a usage error reported (ExitUsage) — by returning its exit code, or returns nullopt with
// `language` set from --lang or the environment.
std::optional<int> parseCommonOptions(QCommandLineParser &parser, const QString &command,
                                      const QStringList &arguments, Language *language);

} // namespace nbapply::cli

#pragma once

#include "common/bilingualtext.h"

#include <QString>
#include <QStringList>

namespace nbapply::cli
{

// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUnreadable = 2, ExitUsage = 2 };

// UTF-8 to stdout / stderr, whatever the locale.
void printOut(const QString &text);
void printErr(const QString &text);

// The language for messages: --lang wins, then LANGUAGE/LC_ALL/LC_MESSAGES/LANG (zh* -> Chinese).
Language languageFromEnvironment();
// Parses "zh_CN" / "zh" / "en"; returns false for anything else.
bool parseLanguage(const QString &name, Language *language);

// Removes control characters (CR, LF, ESC, bidi overrides …) so that a hostile value echoed back
// can neither forge an output line nor a terminal sequence. Tabs become spaces.
QString sanitizedForLine(const QString &text);

} // namespace nbapply::cli

#pragma once

// Internal helpers of the validators: building problems and describing characters in messages.

#include "common/problem.h"

#include <QString>

namespace nbapply::validation
{

inline Problem makeError(const QString &code, const QString &zh, const QString &en)
{
    return Problem{Severity::Error, code, QString(), BilingualText{zh, en}};
}

inline Problem makeWarning(const QString &code, const QString &zh, const QString &en)
{
    return Problem{Severity::Warning, code, QString(), BilingualText{zh, en}};
}

// "U+0425", the notation both languages use for a code point.
QString codePointName(char32_t c);

// A character as a message shows it: “Х” (U+0425) — or only U+000A for characters that must never be
// echoed (controls, bidi overrides, unassigned). Cyrillic and Greek letters say that they merely look
// like Latin ones, the usual reason they end up in an identifier.
BilingualText describeCharacter(char32_t c);

// True for characters no single-line value may hold: C0/C1 controls (including CR, LF, TAB), DEL,
// bidi embeddings/overrides/isolates, and other invisible format characters (U+200B …, U+FEFF).
bool isForbiddenInLine(char32_t c);

// Text for messages: the value as the user will see it, shortened to `limit` characters and with
// hostile characters removed.
QString shownValue(const QString &value, int limit = 40);

} // namespace nbapply::validation

#pragma once

#include "common/bilingualtext.h"

#include <QString>

// Text from a draft or the form made safe for the review page (internal to app/core/review): every
// value goes through these before it is put into the page.
namespace nbapply::review
{

// The Chinese or the English, as `language` says.
QString pick(Language language, const char *zh, const char *en);
// Safe between tags or inside a double-quoted attribute; *truncated tells whether it was cut at
// kReviewValueLimit.
QString escapeText(const QString &value, bool *truncated = nullptr);
// Both languages, each in its span with its lang attribute.
QString zhEn(const BilingualText &text);
// A value the user typed, escaped and isolated for bidi; a value cut short says so.
QString userValue(const QString &value, Language language);
// "(not filled in)" / "（未填写）".
QString notFilledIn(Language language);

} // namespace nbapply::review

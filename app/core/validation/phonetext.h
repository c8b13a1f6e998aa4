#pragma once

// Internal to the phone check: how a number is written — the extension after 转/分机/ext/x/#, or an
// RFC 3966 tel: URI — split into the parts libphonenumber is given.

#include "common/problem.h"

#include <QString>

#include <optional>

namespace nbapply::validation
{

struct SplitNumber {
    QString main;           // the number itself, possibly with +country code and separators
    QString extension;      // the text after an extension marker or in ;ext= (checked by the caller)
    bool hasMarker = false; // an extension was written at all: then `extension` must be 1-10 digits
};

// "0755-12345678 转 123", "02860501492 extension 321", "… Extension: 8", "+861012345678;ext=123".
SplitNumber splitExtension(const QString &text);

// True when `text` starts with the tel: scheme (any case).
bool isTelUri(const QString &text);

// An RFC 3966 URI: tel:+86-28-6050-1492;ext=321, or tel:6050-1492;phone-context=+86-28. A global
// phone-context is put in front of a local number; a domain-name context leaves the number to the
// default region; ;isub= is dropped. Anything else (an unknown parameter, a missing number, characters a
// tel: URI cannot hold) is the phone.tel-uri problem.
std::optional<SplitNumber> splitTelUri(const QString &text, Problem *problem);

} // namespace nbapply::validation

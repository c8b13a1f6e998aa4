#pragma once

#include "common/problem.h"

#include <QDate>
#include <QString>

namespace nbapply::validation {

// The outcome of checking one identifier typed by a user.
struct CheckResult {
    QString normalized; // what is stored and exported (NFKC, dashes unified, spaces dropped, upper case …)
    Problems problems;  // `field` left empty: the caller knows which field it checked
    bool ok() const { return !hasErrors(problems); }
};

// NFKC, the dash variants mapped to '-', trimmed (validation.md "Normalise first").
QString normalizeIdentifierText(const QString &input);

// 统一社会信用代码, GB 32100-2015.
CheckResult checkUscc(const QString &input);
// 身份证号 and the numbers sharing its check digit (GB 11643-1999): mainland ID, HK/Macao/Taiwan
// residence permits, 2023 foreign permanent-resident cards; the 15-digit and pre-2023 foreign forms
// get their own messages. `today` bounds birth dates.
CheckResult checkResidentId(const QString &input, const QDate &today);
// WHATWG "valid e-mail address"; `normalized` keeps a Unicode domain as typed.
CheckResult checkEmail(const QString &input);
// The address with its domain in punycode, for message headers. Empty when invalid.
QString emailForHeaders(const QString &normalizedEmail);
// libphonenumber with default region CN; `normalized` is E.164 (+8613812345678;ext=123).
CheckResult checkPhone(const QString &input);
// A phone number formatted for display ("+86 138 1234 5678").
QString formatPhoneForDisplay(const QString &e164);

} // namespace nbapply::validation

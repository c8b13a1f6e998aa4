#pragma once

#include "common/problem.h"

#include <QDate>
#include <QString>

#include <optional>

namespace nbapply::validation
{

// The outcome of checking one identifier typed by a user.
struct CheckResult {
    QString normalized; // what is stored and exported (NFKC, dashes unified, spaces dropped, upper case …)
    Problems problems;  // `field` left empty: the caller knows which field it checked
    bool ok() const { return !hasErrors(problems); }
    // True when the only error is `code` (the escape hatches: an early credit code failing only its
    // final check character, a phone number libphonenumber does not know yet).
    bool failsOnly(const QString &code) const;
};

// NFKC, the dash variants mapped to '-', trimmed (docs/validation-rules.md, "Normalisation").
QString normalizeIdentifierText(const QString &input);
// normalizeIdentifierText, then internal spaces and hyphens dropped and ASCII letters upper-cased: the
// stored form of credit codes, ID numbers and passport numbers.
QString compactIdentifier(const QString &input);

// Longest input any identifier checker looks at; longer input is rejected before any other work, so a
// pasted novel costs nothing.
inline constexpr int kMaxCheckedInput = 1024;

// 统一社会信用代码, GB 32100-2015.
CheckResult checkUscc(const QString &input);
// The organisation category of a valid-looking credit code ("91", "92", "51" …); empty when the
// normalised input is not 18 characters long.
QString usccCategory(const QString &normalized);

// 身份证号 and the numbers sharing its check digit (GB 11643-1999): mainland ID, HK/Macao/Taiwan
// residence permits, 2023 foreign permanent-resident cards; the 15-digit and pre-2023 foreign forms
// get their own messages. `today` bounds birth dates.
CheckResult checkResidentId(const QString &input, const QDate &today);
// The birth date carried by an 18-character number (positions 7–14), when it is a real date.
std::optional<QDate> residentIdBirthDate(const QString &normalized);

// 香港身份证号码: one or two letters, six digits and the check character (0–9 or A), stored as printed
// on the card, "A123456(3)"; the brackets may be left out or typed full-width.
CheckResult checkHongKongId(const QString &input);
// The check character of `body` (one or two upper-case letters and six digits).
QChar hkidCheckCharacter(const QString &body);

// A passport number: after compactIdentifier, 5 to 20 of A–Z and 0–9.
CheckResult checkPassport(const QString &input);
// A registration number of an organisation registered outside mainland China: free text of 2 to 64
// printable characters (formats differ by country).
CheckResult checkForeignRegistration(const QString &input);
// Any other identity document number: free text, not empty, printable, at most 64 characters.
CheckResult checkOtherDocumentNumber(const QString &input);

// WHATWG "valid e-mail address"; `normalized` keeps a Unicode domain as typed.
CheckResult checkEmail(const QString &input);
// The address with its domain in punycode, for message headers. Empty when invalid.
QString emailForHeaders(const QString &normalizedEmail);

// libphonenumber; a number without a country code is read in `region` (the applicant's ISO 3166 alpha-2
// code; mainland China when empty or unknown to libphonenumber). `normalized` is E.164
// (+8613812345678;ext=123). Also accepts an RFC 3966 tel: URI.
CheckResult checkPhone(const QString &input, const QString &region = QString());
// A phone number formatted for display ("+86 138 1234 5678").
QString formatPhoneForDisplay(const QString &e164);

} // namespace nbapply::validation

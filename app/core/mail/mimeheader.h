#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Header-level encodings of RFC 5322, 2047 and 2231. Every function here returns 7-bit ASCII in which
// no CR, LF or other control character can appear except the CRLF SP of a fold, so a value typed by a
// user can never end a header and start another one.
namespace nbapply::mime
{

// The longest header line we write, not counting CRLF (RFC 2047 section 2 and RFC 5322 2.1.1). The one
// exception is an e-mail address longer than that, which cannot be folded: it gets a line of its own.
constexpr int kMaxLineLength = 76;

// `text` with every control character (C0, DEL, C1, U+2028/2029, bidi overrides and other format
// characters that could disguise a value) replaced by a space, runs of spaces collapsed, and trimmed.
QString sanitizeHeaderText(const QString &text);

// "Name: value\r\n" for an unstructured header (Subject, X-…): the value is sanitized, then written as
// plain folded ASCII when it is harmless printable ASCII, else as RFC 2047 "B" encoded-words, each
// within 75 characters, never splitting a UTF-8 character, lines folded at kMaxLineLength.
QByteArray unstructuredHeader(const QByteArray &name, const QString &value);

// "Name: display <local@domain>\r\n". The display name is sanitized and written as atoms, a quoted
// string or encoded-words as needed. `address` must already be ASCII (IDN domain in punycode); an
// address with anything but dot-atom characters is refused (empty result).
QByteArray mailboxHeader(const QByteArray &name, const QString &displayName, const QString &address);
// True when `address` can be written into a header as it is: local@domain, both dot-atoms of
// printable ASCII without specials.
bool isHeaderSafeAddress(const QString &address);

// A header whose value is fixed ASCII chosen by the program ("1.0", a Message-ID): control characters
// are still dropped, so that a bug cannot break the message.
QByteArray asciiHeader(const QByteArray &name, const QByteArray &value);

// A MIME parameter as several attributes: RFC 2231 `attr*=UTF-8''percent-encoded` (continued as
// attr*0*, attr*1* … when long) and, when `withEncodedWordForm`, also `attr="=?UTF-8?B?…?="`, the
// RFC 2047 form that Outlook and older clients read. Returned as a list of "; attr=value" pieces
// that contentHeader() folds.
QList<QByteArray> parameterPieces(const QByteArray &attribute, const QString &value,
                                  bool withEncodedWordForm);

// "Content-Type: type/subtype; a=b; …\r\n" folded between the pieces.
QByteArray contentHeader(const QByteArray &name, const QByteArray &value, const QList<QByteArray> &pieces);

// RFC 5322 date-time: "Thu, 26 Nov 2026 19:33:47 +0000", in English whatever the locale.
QByteArray rfc5322Date(const QDateTime &dateTime);

} // namespace nbapply::mime

#pragma once

#include <QByteArray>
#include <QString>

namespace nbapply::received
{

// Reading MIME header values of a received message (RFC 2045, 2047, 2231). Only what finding and
// naming the attachments of a message needs; everything else in the header is ignored.

// Decodes RFC 2047 encoded-words ("=?UTF-8?B?…?=") in `value`; whitespace between two words goes.
QString decodeEncodedWords(const QByteArray &value);

// The value of parameter `name` ("boundary", "filename", "name") of a structured header value such as
// `attachment; filename*0*=UTF-8''%E8…; filename*1*=…`: quoted strings, RFC 2231 extended values and
// continuations, or a quoted string of encoded-words. Empty when absent.
QString headerParameter(const QByteArray &headerValue, const QByteArray &name);

// "application/pdf" of `multipart/mixed; boundary=…`: the value before the first ';', lower case.
QByteArray mediaType(const QByteArray &headerValue);

} // namespace nbapply::received

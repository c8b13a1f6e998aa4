#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace nbapply::test
{

// Runs tests/core/mail/parse_eml.py (Python's email package, BytesParser with policy.default) on
// `message` and returns its JSON report. On failure the object holds "error" with the reason.
QJsonObject parseEml(const QByteArray &message);

// The decoded header names, in order (from the report's "headers").
QStringList headerNames(const QJsonObject &report);
// The decoded value of the first header called `name` (case-insensitive), or a null string.
QString headerValue(const QJsonObject &report, const QString &name);

} // namespace nbapply::test

#include <ostream>

// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

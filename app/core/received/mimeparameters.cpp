#include "mimeparameters.h"

#include <QByteArrayList>
#include <QMap>
#include <QRegularExpression>
#include <QStringDecoder>

namespace nbapply::received
{

namespace
{

QString decodeCharset(const QByteArray &charset, const QByteArray &bytes)
{
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(bytes);
}

QByteArray percentDecoded(const QByteArray &text)
{
    return QByteArray::fromPercentEncoding(text);
}

QByteArray qDecoded(QByteArray text)
{
    text.replace('_', ' ');
    return QByteArray::fromPercentEncoding(text, '=');
}

// Splits at ';' outside quoted strings; each piece trimmed.
QByteArrayList splitParameters(const QByteArray &value)
{
    QByteArrayList pieces;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (quoted && c == '\\' && i + 1 < value.size()) {
            current += value[++i];
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    pieces.append(current.trimmed());
    return pieces;
}

QByteArray unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

QString decodeEncodedWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype position = 0;
    bool previousWasWord = false;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(position, match.capturedStart() - position);
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += between;
        const QByteArray payload = match.captured(3).toLatin1();
        const QByteArray bytes = match.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0
                                     ? QByteArray::fromBase64(payload)
                                     : qDecoded(payload);
        out += decodeCharset(match.captured(1).toLatin1(), bytes);
        position = match.capturedEnd();
        previousWasWord = true;
    }
    out += text.mid(position);
    return out;
}

QString headerParameter(const QByteArray &headerValue, const QByteArray &name)
{
    const QByteArray wanted = name.toLower();
    QByteArray plain;
    bool hasPlain = false;
    QMap<int, std::pair<QByteArray, bool>> continuations; // index -> (value, percent-encoded)
    for (const QByteArray &piece : splitParameters(headerValue)) {
        const qsizetype equals = piece.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = piece.left(equals).trimmed().toLower();
        const QByteArray value = unquoted(piece.mid(equals + 1));
        if (key == wanted) {
            plain = value;
            hasPlain = true;
        } else if (key == wanted + '*') {
            continuations.insert(0, {value, true});
        } else if (key.startsWith(wanted + '*')) {
            QByteArray rest = key.mid(wanted.size() + 1);
            const bool encoded = rest.endsWith('*');
            if (encoded)
                rest.chop(1);
            bool isNumber = false;
            const int index = rest.toInt(&isNumber);
            if (isNumber && index >= 0 && index < 1000)
                continuations.insert(index, {value, encoded});
        }
    }
    if (!continuations.isEmpty()) {
        QByteArray charset = "UTF-8";
        QByteArray bytes;
        for (auto it = continuations.cbegin(); it != continuations.cend(); ++it) {
            QByteArray value = it->first;
            if (it.key() == 0 && it->second) {
                // charset'language'value
                const QByteArrayList parts = value.split('\'');
                if (parts.size() >= 3) {
                    if (!parts[0].isEmpty())
                        charset = parts[0];
                    value = parts.mid(2).join('\'');
                }
            }
            bytes += it->second ? percentDecoded(value) : value;
        }
        return decodeCharset(charset, bytes);
    }
    return hasPlain ? decodeEncodedWords(plain) : QString();
}

QByteArray mediaType(const QByteArray &headerValue)
{
    return splitParameters(headerValue).value(0).trimmed().toLower();
}

} // namespace nbapply::received

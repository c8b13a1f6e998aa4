#include "mimemessage.h"

#include "mimeheader.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace nbapply::mime
{

namespace
{

const QByteArray kCrlf = QByteArrayLiteral("\r\n");
// Quoted-printable lines carry at most 75 characters before the '=' of a soft break.
constexpr int kMaxQuotedPrintableContent = kMaxLineLength - 1;

QByteArray hexByte(unsigned char byte)
{
    return '=' + QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
}

// One source line (no line break in it) as quoted-printable, with soft breaks.
QByteArray quotedPrintableLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line.at(i));
        const bool last = i == line.size() - 1;
        const bool atLineStart = column == 0;
        QByteArray token;
        if (byte == '=' || byte < 0x20 || byte > 0x7e) {
            token = (byte == '\t' && !last) ? QByteArray(1, '\t') : hexByte(byte);
        } else if (byte == ' ' && last) {
            token = hexByte(byte); // trailing white space would be stripped in transport
        } else if (atLineStart && (byte == '.' || (byte == 'F' && line.mid(i, 5) == "From "))) {
            token = hexByte(byte); // SMTP dot-stuffing and mbox "From " quoting must not touch us
        } else {
            token = QByteArray(1, char(byte));
        }
        if (column + token.size() > kMaxQuotedPrintableContent) {
            out += '=' + kCrlf;
            column = 0;
            // The next character now starts a line: re-examine it under the line-start rules.
            if (byte == '.' || (byte == 'F' && line.mid(i, 5) == "From "))
                token = hexByte(byte);
        }
        out += token;
        column += token.size();
    }
    return out;
}

QByteArray safeMimeType(const QByteArray &mimeType)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"));
    return token.match(QString::fromLatin1(mimeType)).hasMatch()
               ? mimeType.toLower()
               : QByteArrayLiteral("application/octet-stream");
}

} // namespace

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / kMaxLineLength * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += kMaxLineLength)
        out += encoded.mid(i, kMaxLineLength) + kCrlf;
    return out;
}

QString normalizeLineBreaks(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    out.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return out;
}

QByteArray quotedPrintable(const QByteArray &utf8Text)
{
    const QString normalized = normalizeLineBreaks(QString::fromUtf8(utf8Text));
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        out += quotedPrintableLine(line) + kCrlf;
    }
    return out;
}

MimePart MimePart::text(const QByteArray &subtype, const QString &text)
{
    const QByteArray utf8 = normalizeLineBreaks(text).toUtf8();
    const QByteArray qp = quotedPrintable(utf8);
    const QByteArray b64 = base64Lines(utf8);
    const bool useQp = qp.size() <= b64.size();
    MimePart part;
    part.m_headers = contentHeader("Content-Type", "text/" + subtype.toLower(), {"charset=\"UTF-8\""}) +
                     asciiHeader("Content-Transfer-Encoding", useQp ? "quoted-printable" : "base64");
    part.m_body = useQp ? qp : b64;
    return part;
}

MimePart MimePart::attachment(const QByteArray &data, const QByteArray &mimeType, const QString &fileName)
{
    MimePart part;
    part.m_headers =
        contentHeader("Content-Type", safeMimeType(mimeType), parameterPieces("name", fileName, true)) +
        contentHeader("Content-Disposition", "attachment", parameterPieces("filename", fileName, true)) +
        asciiHeader("Content-Transfer-Encoding", "base64");
    part.m_body = base64Lines(data);
    return part;
}

QByteArray boundaryFor(const QByteArray &content)
{
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    QByteArray boundary = "=_nbapply_" + digest.left(32);
    // Content that already holds this string cannot be separated by it: extend until it is unique.
    for (int salt = 1; content.contains(boundary); ++salt)
        boundary = "=_nbapply_" + digest.left(32) + '_' + QByteArray::number(salt);
    return boundary;
}

MimePart MimePart::multipart(const QByteArray &subtype, const QList<MimePart> &children)
{
    QByteArray inner;
    for (const MimePart &child : children) {
        QByteArray bytes = child.toBytes();
        if (child.m_body.isEmpty())
            bytes += kCrlf; // keep the empty line that ends the headers apart from the delimiter's CRLF
        inner += bytes;
    }
    const QByteArray boundary = boundaryFor(inner);
    QByteArray body;
    for (const MimePart &child : children) {
        body += "--" + boundary + kCrlf + child.toBytes();
        if (child.m_body.isEmpty())
            body += kCrlf;
        if (!body.endsWith(kCrlf))
            body += kCrlf;
    }
    body += "--" + boundary + "--" + kCrlf;
    MimePart part;
    part.m_headers =
        contentHeader("Content-Type", "multipart/" + subtype.toLower(), {"boundary=\"" + boundary + '"'});
    part.m_body = body;
    return part;
}

QByteArray MimePart::toBytes() const
{
    return m_headers + kCrlf + m_body;
}

void MimeMessage::addHeader(const QByteArray &encodedHeaderLine)
{
    m_headers += encodedHeaderLine;
}

QByteArray MimeMessage::toBytes() const
{
    return m_headers + m_body.toBytes();
}

QByteArray MimeMessage::contentHash() const
{
    return QCryptographicHash::hash(toBytes(), QCryptographicHash::Sha256);
}

} // namespace nbapply::mime

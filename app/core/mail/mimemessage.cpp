#include "mimemessage.h"

#include "mimeheader.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

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
    out.reserve(encoded.size() + (encoded.size() / kMaxLineLength + 1) * 2);
    for (qsizetype i = 0; i < encoded.size(); i += kMaxLineLength) {
        out.append(
            QByteArrayView(encoded).sliced(i, std::min<qsizetype>(kMaxLineLength, encoded.size() - i)));
        out.append(kCrlf);
    }
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

namespace
{

QByteArray boundaryFromDigest(const QByteArray &hexDigest, int salt)
{
    QByteArray boundary = "=_nbapply_" + hexDigest.left(32);
    if (salt > 0)
        boundary += '_' + QByteArray::number(salt);
    return boundary;
}

// The bytes of `child` as it sits between two delimiters.
QByteArray childBytes(const MimePart &child)
{
    QByteArray bytes = child.toBytes();
    // An empty body still needs the empty line that ends the headers, apart from the delimiter's CRLF.
    if (child.body().isEmpty() || !bytes.endsWith("\r\n"))
        bytes += "\r\n";
    return bytes;
}

} // namespace

MimePart MimePart::multipart(const QByteArray &subtype, const QList<MimePart> &children)
{
    QList<QByteArray> parts;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qsizetype size = 0;
    for (const MimePart &child : children) {
        parts.append(childBytes(child));
        hash.addData(parts.last());
        size += parts.last().size();
    }
    // "=_nbapply_" + hex digits of SHA-256 of the content: deterministic, and "=_" cannot appear in base64
    // or quoted-printable text. Content that holds it anyway (a nested part's own header) gets a salt.
    const QByteArray digest = hash.result().toHex();
    QByteArray boundary = boundaryFromDigest(digest, 0);
    const auto occurs = [&parts](const QByteArray &candidate) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [&](const QByteArray &p) { return p.contains(candidate); });
    };
    for (int salt = 1; occurs(boundary); ++salt)
        boundary = boundaryFromDigest(digest, salt);

    QByteArray body;
    body.reserve(size + (parts.size() + 1) * (boundary.size() + 6));
    for (const QByteArray &bytes : parts)
        body += "--" + boundary + kCrlf + bytes;
    body += "--" + boundary + "--" + kCrlf;
    MimePart part;
    part.m_headers =
        contentHeader("Content-Type", "multipart/" + subtype.toLower(), {"boundary=\"" + boundary + '"'});
    part.m_body = std::move(body);
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

} // namespace nbapply::mime

#include "mimemessage.h"

#include "mimeheader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace nbapply::mime
{

namespace
{

const QByteArray kCrlf = QByteArrayLiteral("\r\n");
// Quoted-printable lines carry at most 75 characters before the '=' of a soft break.
constexpr int kMaxQuotedPrintableContent = kMaxLineLength - 1;

constexpr char kHexDigits[] = "0123456789ABCDEF";

bool startsFromLine(QByteArrayView rest)
{
    return rest.startsWith("From ");
}

// Appends one source line (no line break in it) as quoted-printable, with soft breaks, straight into
// `out`: a byte at a time into one growing array, since Chinese text is almost all "=XX" escapes.
void appendQuotedPrintableLine(QByteArrayView line, QByteArray &out)
{
    qsizetype column = 0;
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        const bool last = i == size - 1;
        bool escaped = false;
        if (byte == '=' || byte < 0x20 || byte > 0x7e)
            escaped = !(byte == '\t' && !last);
        else if (byte == ' ' && last)
            escaped = true; // trailing white space would be stripped in transport
        else if (column == 0 && (byte == '.' || (byte == 'F' && startsFromLine(line.sliced(i)))))
            escaped = true; // SMTP dot-stuffing and mbox "From " quoting must not touch us
        if (column + (escaped ? 3 : 1) > kMaxQuotedPrintableContent) {
            out.append("=\r\n");
            column = 0;
            // The next character now starts a line: re-examine it under the line-start rules.
            if (byte == '.' || (byte == 'F' && startsFromLine(line.sliced(i))))
                escaped = true;
        }
        if (escaped) {
            const char hex[3] = {'=', kHexDigits[byte >> 4], kHexDigits[byte & 0xf]};
            out.append(hex, 3);
            column += 3;
        } else {
            out.append(char(byte));
            ++column;
        }
    }
}

// Quoted-printable of text whose line breaks are CRLF already and whose bytes are valid UTF-8 (what
// quotedPrintable() makes of its input first). Gives up, returning false, as soon as the result
// would be longer than `limit` bytes: MimePart::text() then takes base64, which is shorter.
bool quotedPrintableOfNormalized(QByteArrayView crlfText, qsizetype limit, QByteArray *out)
{
    out->clear();
    out->reserve(std::min<qsizetype>(limit, crlfText.size() * 3 + crlfText.size() / 25 + 2));
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = crlfText.indexOf('\n', start);
        QByteArrayView line = crlfText.sliced(start, (newline < 0 ? crlfText.size() : newline) - start);
        if (line.endsWith('\r'))
            line.chop(1);
        appendQuotedPrintableLine(line, *out);
        out->append(kCrlf);
        if (out->size() > limit)
            return false;
        if (newline < 0)
            return true;
        start = newline + 1;
    }
}

QByteArray safeMimeType(const QByteArray &mimeType)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"));
    return token.match(QString::fromLatin1(mimeType)).hasMatch()
               ? mimeType.toLower()
               : QByteArrayLiteral("application/octet-stream");
}

MimeSink byteArraySink(QByteArray *bytes)
{
    return [bytes](const char *data, qint64 size) {
        bytes->append(data, qsizetype(size));
        return true;
    };
}

QByteArray attachmentHeaders(const QByteArray &mimeType, const QString &fileName)
{
    return contentHeader("Content-Type", safeMimeType(mimeType), parameterPieces("name", fileName, true)) +
           contentHeader("Content-Disposition", "attachment", parameterPieces("filename", fileName, true)) +
           asciiHeader("Content-Transfer-Encoding", "base64");
}

QByteArray boundaryFromDigest(const QByteArray &hexDigest, int salt)
{
    QByteArray boundary = "=_nbapply_" + hexDigest.left(32);
    if (salt > 0)
        boundary += '_' + QByteArray::number(salt);
    return boundary;
}

BilingualText changedFile(const QString &path)
{
    return {QStringLiteral("文件“%1”在导出过程中被改动或无法读完。请确认文件不再变化后重新导出。").arg(path),
            QStringLiteral("The file “%1” changed or could not be read to the end during the export. Make "
                           "sure it no longer changes and export again.")
                .arg(path)};
}

// The file's bytes as base64 lines, read and encoded a block at a time. A block of 57 × 1024 bytes
// gives whole 76-character lines, so the output is byte for byte base64Lines() of the whole file.
bool writeFileAsBase64(const QString &path, qint64 size, const QByteArray &sha256, const MimeSink &sink,
                       BilingualText *error)
{
    // The path was resolved and checked before: a link or a FIFO swapped in since is refused.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat info {
    };
    if (fd < 0 || ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        if (fd >= 0)
            ::close(fd);
        *error = changedFile(path);
        return false;
    }
    QFile file;
    file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    constexpr qint64 kBlock = 57 * 1024;
    qint64 total = 0;
    for (;;) {
        const QByteArray block = file.read(kBlock);
        if (block.isEmpty())
            break;
        total += block.size();
        hash.addData(block);
        // A short block mid-file would break the line layout; read() only returns one at the end.
        const QByteArray lines = base64Lines(block);
        if (!sink(lines.constData(), lines.size()))
            return false;
        if (block.size() < kBlock)
            break;
    }
    if (file.error() != QFileDevice::NoError || total != size || hash.result() != sha256) {
        *error = changedFile(path);
        return false;
    }
    return true;
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
    // Through QString: line breaks become CRLF, and bytes that are not UTF-8 become U+FFFD.
    const QByteArray normalized = normalizeLineBreaks(QString::fromUtf8(utf8Text)).toUtf8();
    QByteArray out;
    quotedPrintableOfNormalized(normalized, std::numeric_limits<qsizetype>::max(), &out);
    return out;
}

MimePart MimePart::text(const QByteArray &subtype, const QString &text)
{
    // Valid UTF-8 with CRLF line breaks: what quotedPrintable() would make of it first, so it is
    // encoded directly. Base64 first, since it is cheap: quoted-printable stops once it is longer.
    const QByteArray utf8 = normalizeLineBreaks(text).toUtf8();
    QByteArray b64 = base64Lines(utf8);
    // QString::fromUtf8() in quotedPrintable() drops a leading byte order mark: so does this.
    const QByteArrayView qpSource = QByteArrayView(utf8).startsWith("\xEF\xBB\xBF")
                                        ? QByteArrayView(utf8).sliced(3)
                                        : QByteArrayView(utf8);
    QByteArray qp;
    const bool useQp = quotedPrintableOfNormalized(qpSource, b64.size(), &qp);
    MimePart part;
    part.m_headers = contentHeader("Content-Type", "text/" + subtype.toLower(), {"charset=\"UTF-8\""}) +
                     asciiHeader("Content-Transfer-Encoding", useQp ? "quoted-printable" : "base64");
    part.m_body = useQp ? qp : b64;
    part.m_digest = part.computeDigest();
    return part;
}

MimePart MimePart::attachment(const QByteArray &data, const QByteArray &mimeType, const QString &fileName)
{
    MimePart part;
    part.m_headers = attachmentHeaders(mimeType, fileName);
    part.m_body = base64Lines(data);
    part.m_digest = part.computeDigest();
    return part;
}

MimePart MimePart::fileAttachment(const QString &path, qint64 size, const QByteArray &sha256,
                                  const QByteArray &mimeType, const QString &fileName)
{
    MimePart part;
    part.m_headers = attachmentHeaders(mimeType, fileName);
    part.m_file = path;
    part.m_fileSize = size;
    part.m_fileSha256 = sha256;
    part.m_digest = part.computeDigest();
    return part;
}

MimePart MimePart::multipart(const QByteArray &subtype, const QList<MimePart> &children)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const MimePart &child : children)
        hash.addData(child.contentDigest());
    // "=_nbapply_" + hex digits of SHA-256 of the content: deterministic, and "=_" cannot appear in base64
    // or quoted-printable text. Content that holds it anyway (a nested part's own header) gets a salt.
    const QByteArray digest = hash.result().toHex();
    QByteArray boundary = boundaryFromDigest(digest, 0);
    const auto occurs = [&children](const QByteArray &candidate) {
        return std::any_of(children.cbegin(), children.cend(),
                           [&](const MimePart &child) { return child.mayContain(candidate); });
    };
    for (int salt = 1; occurs(boundary); ++salt)
        boundary = boundaryFromDigest(digest, salt);

    MimePart part;
    part.m_headers =
        contentHeader("Content-Type", "multipart/" + subtype.toLower(), {"boundary=\"" + boundary + '"'});
    part.m_children = children;
    part.m_boundary = boundary;
    part.m_digest = part.computeDigest();
    return part;
}

QByteArray MimePart::contentDigest() const
{
    return m_digest.isEmpty() ? computeDigest() : m_digest;
}

QByteArray MimePart::computeDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_headers);
    if (!m_file.isEmpty()) {
        hash.addData(QByteArray::number(m_fileSize));
        hash.addData(m_fileSha256);
    } else if (!m_boundary.isEmpty()) {
        hash.addData(m_boundary);
        for (const MimePart &child : m_children)
            hash.addData(child.contentDigest());
    } else {
        hash.addData(m_body);
    }
    return hash.result();
}

bool MimePart::mayContain(const QByteArray &text) const
{
    if (m_headers.contains(text) || m_body.contains(text))
        return true;
    return std::any_of(m_children.cbegin(), m_children.cend(),
                       [&](const MimePart &child) { return child.mayContain(text); });
}

bool MimePart::writeBody(const MimeSink &sink, BilingualText *error) const
{
    if (!m_file.isEmpty())
        return writeFileAsBase64(m_file, m_fileSize, m_fileSha256, sink, error);
    if (m_boundary.isEmpty())
        return sink(m_body.constData(), m_body.size());
    for (const MimePart &child : m_children) {
        const QByteArray delimiter = "--" + m_boundary + kCrlf;
        if (!sink(delimiter.constData(), delimiter.size()))
            return false;
        // The child's bytes end in CRLF unless its body is empty or unterminated: then the CRLF that
        // belongs to the next delimiter is added, as RFC 2046 wants.
        QByteArray tail;
        qint64 count = 0;
        const MimeSink tracking = [&](const char *data, qint64 size) {
            count += size;
            if (size > 0)
                tail = (tail + QByteArray(data + qMax<qint64>(0, size - 2), qMin<qint64>(2, size))).right(2);
            return sink(data, size);
        };
        if (!child.writeTo(tracking, error))
            return false;
        const bool emptyBody = count == child.m_headers.size() + kCrlf.size();
        if (emptyBody || tail != kCrlf) {
            if (!sink(kCrlf.constData(), kCrlf.size()))
                return false;
        }
    }
    const QByteArray close = "--" + m_boundary + "--" + kCrlf;
    return sink(close.constData(), close.size());
}

bool MimePart::writeTo(const MimeSink &sink, BilingualText *error) const
{
    return sink(m_headers.constData(), m_headers.size()) && sink(kCrlf.constData(), kCrlf.size()) &&
           writeBody(sink, error);
}

QByteArray MimePart::body() const
{
    QByteArray bytes;
    BilingualText ignored;
    writeBody(byteArraySink(&bytes), &ignored);
    return bytes;
}

QByteArray MimePart::toBytes() const
{
    QByteArray bytes;
    BilingualText ignored;
    writeTo(byteArraySink(&bytes), &ignored);
    return bytes;
}

void MimeMessage::addHeader(const QByteArray &encodedHeaderLine)
{
    m_headers += encodedHeaderLine;
}

QByteArray MimeMessage::toBytes() const
{
    QByteArray bytes;
    BilingualText ignored;
    writeTo(byteArraySink(&bytes), &ignored);
    return bytes;
}

bool MimeMessage::writeTo(const MimeSink &sink, BilingualText *error) const
{
    return sink(m_headers.constData(), m_headers.size()) && m_body.writeTo(sink, error);
}

} // namespace nbapply::mime

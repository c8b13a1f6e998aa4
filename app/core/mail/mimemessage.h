#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// A small MIME writer (RFC 2045-2047, 2231, 5322): enough for a message with alternative text bodies
// and attachments. Output is 7-bit, CRLF throughout, and deterministic: the same parts give the same
// bytes, because multipart boundaries are derived from a hash of the content they separate.
namespace nbapply::mime
{

// Body encodings. Both return CRLF-terminated lines of at most 76 characters.
QByteArray base64Lines(const QByteArray &data);
// RFC 2045 6.7 quoted-printable of UTF-8 text whose line breaks (LF, CR or CRLF) become hard CRLF
// breaks. A '.' or "From " at the start of a line is encoded too, so no transport can alter it.
QByteArray quotedPrintable(const QByteArray &utf8Text);
// LF, CR and CRLF all become CRLF.
QString normalizeLineBreaks(const QString &text);

// Where a message goes, piece by piece: a file being written (AtomicFile) or a byte array. Returns
// false to stop the writing (a full disk).
using MimeSink = std::function<bool(const char *data, qint64 size)>;

class MimePart
{
  public:
    // text/<subtype>; charset=UTF-8, quoted-printable or base64, whichever is shorter.
    static MimePart text(const QByteArray &subtype, const QString &text);
    // An attachment: Content-Type `mimeType` with name=, Content-Disposition attachment with
    // filename (both RFC 2231 and RFC 2047 forms), base64 body.
    static MimePart attachment(const QByteArray &data, const QByteArray &mimeType, const QString &fileName);
    // The same for a file that is read only while the message is written, 57 KiB at a time, and
    // base64-encoded as it is read: memory does not grow with the file. `size` and `sha256` are the
    // file's as checked before; writing fails if the file no longer has them (it changed meanwhile).
    static MimePart fileAttachment(const QString &path, qint64 size, const QByteArray &sha256,
                                   const QByteArray &mimeType, const QString &fileName);
    // multipart/<subtype> of `children`, separated by a boundary derived from their content's SHA-256
    // (a streamed file counts by its SHA-256) that is checked not to occur in any of them.
    static MimePart multipart(const QByteArray &subtype, const QList<MimePart> &children);

    // The part's own header lines (each ending in CRLF), then an empty line, then its body.
    QByteArray toBytes() const;
    // Writes the same bytes to `sink`, reading streamed files as it goes. On failure `error` says why
    // when it was the file (unreadable, changed); a sink that refused has its own error.
    bool writeTo(const MimeSink &sink, BilingualText *error) const;
    // Header lines only.
    const QByteArray &headers() const { return m_headers; }
    // The body in memory (reads streamed files: for small parts and tests).
    QByteArray body() const;
    // SHA-256 over the headers and the content (a streamed file by its SHA-256): names the part for
    // boundaries and Message-IDs without reading any file again.
    QByteArray contentDigest() const;

  private:
    // contentDigest() computed: once, when the part is made (parts do not change afterwards), since a
    // multipart's digest includes its children's and the Message-ID the whole body's.
    QByteArray computeDigest() const;
    bool writeBody(const MimeSink &sink, BilingualText *error) const;
    // Whether `text` can occur in the written part (never inside base64 of a streamed file).
    bool mayContain(const QByteArray &text) const;

    QByteArray m_headers;
    QByteArray m_body; // leaf parts in memory
    QString m_file;    // a streamed attachment
    qint64 m_fileSize = 0;
    QByteArray m_fileSha256;
    QList<MimePart> m_children; // multipart
    QByteArray m_boundary;
    QByteArray m_digest;
};

class MimeMessage
{
  public:
    // Top-level header lines, already encoded by the functions of mimeheader.h, in order.
    void addHeader(const QByteArray &encodedHeaderLine);
    void setBody(const MimePart &body) { m_body = body; }

    // The headers added (the caller adds MIME-Version), the body's Content-* headers, empty line, body.
    QByteArray toBytes() const;
    // The same, streamed to `sink` (see MimePart::writeTo).
    bool writeTo(const MimeSink &sink, BilingualText *error) const;

  private:
    QByteArray m_headers;
    MimePart m_body;
};

} // namespace nbapply::mime

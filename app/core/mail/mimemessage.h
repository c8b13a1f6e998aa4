#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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

class MimePart
{
  public:
    // text/<subtype>; charset=UTF-8, quoted-printable or base64, whichever is shorter.
    static MimePart text(const QByteArray &subtype, const QString &text);
    // An attachment: Content-Type `mimeType` with name=, Content-Disposition attachment with
    // filename (both RFC 2231 and RFC 2047 forms), base64 body.
    static MimePart attachment(const QByteArray &data, const QByteArray &mimeType, const QString &fileName);
    // multipart/<subtype> of `children`, separated by a boundary derived from their SHA-256 that is
    // checked not to occur in any of them.
    static MimePart multipart(const QByteArray &subtype, const QList<MimePart> &children);

    // The part's own header lines (each ending in CRLF), then an empty line, then its body.
    QByteArray toBytes() const;
    // Header lines only / body only.
    const QByteArray &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }

  private:
    QByteArray m_headers;
    QByteArray m_body;
};

class MimeMessage
{
  public:
    // Top-level header lines, already encoded by the functions of mimeheader.h, in order.
    void addHeader(const QByteArray &encodedHeaderLine);
    void setBody(const MimePart &body) { m_body = body; }

    // The headers added (the caller adds MIME-Version), the body's Content-* headers, empty line, body.
    QByteArray toBytes() const;

  private:
    QByteArray m_headers;
    MimePart m_body;
};

} // namespace nbapply::mime

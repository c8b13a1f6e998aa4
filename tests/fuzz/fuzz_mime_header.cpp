// The MIME header encoder (mail/mimeheader.h) on arbitrary text: whatever a user typed, a header is
// 7-bit ASCII, ends in CRLF, has no CR or LF except the CRLF of a fold (always followed by a space),
// and no line longer than kMaxLineLength (but for an unfoldable address on a line of its own) — so no
// value can end a header and start another one.
#include "fuzzsupport.h"
#include "mail/mimeheader.h"

namespace
{

void checkHeader(const QByteArray &header)
{
    using nbapply::mime::kMaxLineLength;
    NBAPPLY_FUZZ_CHECK(header.endsWith("\r\n"));
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto byte = static_cast<unsigned char>(header[i]);
        NBAPPLY_FUZZ_CHECK(byte < 0x80);
        NBAPPLY_FUZZ_CHECK(byte >= 0x20 || byte == '\r' || byte == '\n' || byte == '\t');
        if (byte == '\r') {
            NBAPPLY_FUZZ_CHECK(i + 1 < header.size() && header[i + 1] == '\n');
            // Longer only for a token that cannot be folded (an address) alone on a continuation line,
            // and never past RFC 5322's hard limit of 998.
            const QByteArray line = header.mid(lineStart, i - lineStart);
            NBAPPLY_FUZZ_CHECK(line.size() <= kMaxLineLength ||
                               (line.size() <= 998 && line.startsWith(' ') && !line.mid(1).contains(' ')));
            const bool last = i + 2 == header.size();
            NBAPPLY_FUZZ_CHECK(last || header[i + 2] == ' ' || header[i + 2] == '\t');
            lineStart = i + 2;
        } else if (byte == '\n') {
            NBAPPLY_FUZZ_CHECK(i > 0 && header[i - 1] == '\r');
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    nbapply::fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace nbapply::mime;
    if (size == 0)
        return 0;
    // The first byte picks the encoder; the rest is the value as UTF-8.
    const QString value = QString::fromUtf8(nbapply::fuzz::bytes(data + 1, size - 1));
    switch (data[0] % 4) {
    case 0:
        checkHeader(unstructuredHeader("Subject", value));
        break;
    case 1: {
        const QByteArray header = mailboxHeader("From", value, QStringLiteral("someone@example.com"));
        NBAPPLY_FUZZ_CHECK(!header.isEmpty());
        checkHeader(header);
        break;
    }
    case 2: {
        const QByteArray header =
            contentHeader("Content-Disposition", "attachment", parameterPieces("filename", value, true));
        checkHeader(header);
        break;
    }
    case 3: {
        NBAPPLY_FUZZ_CHECK(!sanitizeHeaderText(value).contains(u'\n'));
        const QByteArray header = mailboxHeader("To", QString(), value);
        if (!header.isEmpty())
            checkHeader(header);
        break;
    }
    }
    return 0;
}

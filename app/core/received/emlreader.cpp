#include "emlreader.h"

#include "mimeparameters.h"

#include <QDir>
#include <QFile>

#include <array>
#include <memory>

namespace nbapply::received
{

namespace
{

// Base64 lines are 76 characters; a header line may be folded but not this long.
constexpr qint64 kMaxLineBytes = 1024 * 1024;
constexpr int kMaxHeaderLines = 1000;
// One header with its folded lines: the longest nbapply writes (an attachment's encoded name) is a few
// hundred bytes, and mail servers limit a whole header block to tens of kilobytes.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

EmlReadResult failure(const char *code, const QString &zh, const QString &en)
{
    EmlReadResult result;
    result.errorCode = QString::fromLatin1(code);
    result.error = {zh, en};
    return result;
}

QByteArray withoutLineEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Header name (lower case) -> unfolded value, for the headers that matter here.
struct Headers {
    QByteArray contentType;
    QByteArray contentDisposition;
    QByteArray transferEncoding;
};

// Reads lines into one reusable buffer: QIODevice::readLine(maxSize) would allocate maxSize bytes
// for every line (a 50 MB message has a million base64 lines).
class LineReader
{
  public:
    explicit LineReader(QFile *file) : m_file(file), m_buffer(kMaxLineBytes + 1, Qt::Uninitialized) {}
    // False at the end; `tooLong` set when a line passes kMaxLineBytes.
    bool next(QByteArray *line, bool *tooLong)
    {
        const qint64 got = m_file->readLine(m_buffer.data(), m_buffer.size());
        if (got <= 0)
            return false;
        line->setRawData(m_buffer.constData(), qsizetype(got)); // valid until the next call
        *tooLong = got >= kMaxLineBytes && !line->endsWith('\n');
        return true;
    }

  private:
    QFile *m_file;
    QByteArray m_buffer;
};

enum class HeaderBlock { Read, Malformed, TooLong };

// Keeps `header` (one unfolded header line) if it is one of those that matter.
void keep(const QByteArray &header, Headers *headers)
{
    const qsizetype colon = header.indexOf(':');
    if (colon <= 0)
        return;
    const QByteArray name = header.left(colon).trimmed().toLower();
    const QByteArray value = header.mid(colon + 1).trimmed();
    if (name == "content-type")
        headers->contentType = value;
    else if (name == "content-disposition")
        headers->contentDisposition = value;
    else if (name == "content-transfer-encoding")
        headers->transferEncoding = value.toLower();
}

// Reads header lines up to the empty line, holding one unfolded header at a time: a header, with its
// folded continuation lines, longer than kMaxHeaderBytes is TooLong at once (before, a thousand
// folded lines of a megabyte each were joined in memory: 450 MB for one message).
HeaderBlock readHeaders(LineReader &reader, Headers *headers)
{
    QByteArray current;
    QByteArray line;
    bool tooLong = false;
    int count = 0;
    while (reader.next(&line, &tooLong)) {
        if (tooLong || line.size() > kMaxHeaderBytes)
            return HeaderBlock::TooLong;
        if (++count > kMaxHeaderLines)
            return HeaderBlock::Malformed;
        line = withoutLineEnd(line);
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !current.isEmpty()) {
            const QByteArray folded = line.trimmed();
            if (current.size() + 1 + folded.size() > kMaxHeaderBytes)
                return HeaderBlock::TooLong;
            current += ' ' + folded;
            continue;
        }
        keep(current, headers);
        current = line;
    }
    keep(current, headers);
    return HeaderBlock::Read;
}

// The value of each base64 character; kPad for '=', kSkip for anything else (line breaks, white space).
constexpr unsigned char kPad = 64;
constexpr unsigned char kSkip = 255;
constexpr std::array<unsigned char, 256> base64Values()
{
    std::array<unsigned char, 256> table{};
    for (auto &value : table)
        value = kSkip;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (unsigned char i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = i;
    table['='] = kPad;
    return table;
}
constexpr std::array<unsigned char, 256> kBase64 = base64Values();

// Decodes one part's body into a file. Base64 is decoded here, table-driven, as the lines come:
// QByteArray::fromBase64 on 64 KB blocks took most of the time of opening a 50 MB message.
class PartWriter
{
  public:
    PartWriter(const QString &path, bool base64) : m_file(path), m_base64(base64)
    {
        m_out.reserve(kWriteBlock + 4);
    }
    // Owner-only: an extracted part is somebody's ID card copy.
    bool open()
    {
        return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    bool add(const QByteArray &rawLine)
    {
        if (!m_base64) {
            // Identity encodings: the line break before the boundary belongs to the boundary.
            if (m_pendingBreak)
                m_out += "\r\n";
            m_pendingBreak = true;
            m_out += withoutLineEnd(rawLine);
            return m_out.size() < kWriteBlock || flush();
        }
        for (char c : rawLine) {
            const unsigned char value = kBase64[static_cast<unsigned char>(c)];
            if (value == kSkip)
                continue;
            if (value == kPad) {
                endQuad();
                continue;
            }
            m_bits = (m_bits << 6) | value;
            if (++m_count == 4) {
                m_out += char((m_bits >> 16) & 0xFF);
                m_out += char((m_bits >> 8) & 0xFF);
                m_out += char(m_bits & 0xFF);
                m_count = 0;
                m_bits = 0;
            }
        }
        return m_out.size() < kWriteBlock || flush();
    }
    bool finish()
    {
        if (m_base64)
            endQuad();
        if (!flush())
            return false;
        m_file.close();
        return m_file.error() == QFileDevice::NoError;
    }
    qint64 size() const { return m_size; }

  private:
    static constexpr qsizetype kWriteBlock = 64 * 1024;

    // Padding (or the end of the part) after two or three characters: one or two bytes.
    void endQuad()
    {
        if (m_count == 2) {
            m_out += char((m_bits >> 4) & 0xFF);
        } else if (m_count == 3) {
            m_out += char((m_bits >> 10) & 0xFF);
            m_out += char((m_bits >> 2) & 0xFF);
        }
        m_count = 0;
        m_bits = 0;
    }
    bool flush()
    {
        m_size += m_out.size();
        const bool ok = m_file.write(m_out) == m_out.size();
        m_out.clear();
        return ok;
    }
    QFile m_file;
    bool m_base64;
    bool m_pendingBreak = false;
    QByteArray m_out;
    quint32 m_bits = 0;
    int m_count = 0;
    qint64 m_size = 0;
};

} // namespace

EmlReadResult extractEmlAttachments(const QString &emlPath, const QString &folder)
{
    QFile file(emlPath);
    if (!file.open(QIODevice::ReadOnly))
        return failure("mail.unreadable",
                       QStringLiteral("无法读取邮件 %1：%2").arg(emlPath, file.errorString()),
                       QStringLiteral("Cannot read the message %1: %2").arg(emlPath, file.errorString()));
    if (file.size() > kMaxMessageBytes)
        return failure(
            "mail.too-large",
            QStringLiteral("邮件过大（超过 %1 MB），不是 nbapply 写的申请邮件。")
                .arg(kMaxMessageBytes / (1024 * 1024)),
            QStringLiteral("The message is too large (over %1 MB) to be an application nbapply wrote.")
                .arg(kMaxMessageBytes / (1024 * 1024)));
    const auto malformed = [&] {
        return failure(
            "mail.malformed",
            QStringLiteral("邮件 %1 的格式有误（MIME 结构无法读取），无法从中打开申请。").arg(emlPath),
            QStringLiteral("The message %1 is malformed (its MIME structure cannot be read); no "
                           "application can be opened from it.")
                .arg(emlPath));
    };
    const auto refused = [&](HeaderBlock block) {
        if (block == HeaderBlock::TooLong)
            return failure(
                "mail.header-too-long",
                QStringLiteral("邮件 %1 中有一个信头过长（连同折行超过 %2 KB），不是 nbapply 写的邮件，"
                               "已拒绝读取（可能是恶意文件）。")
                    .arg(emlPath)
                    .arg(kMaxHeaderBytes / 1024),
                QStringLiteral("A header of the message %1 is too long (over %2 KiB with its folded "
                               "lines): not a message nbapply wrote; it was refused (the file may be "
                               "hostile).")
                    .arg(emlPath)
                    .arg(kMaxHeaderBytes / 1024));
        return malformed();
    };

    LineReader reader(&file);
    Headers top;
    if (const HeaderBlock block = readHeaders(reader, &top); block != HeaderBlock::Read)
        return refused(block);
    EmlReadResult result;
    result.ok = true;
    if (!mediaType(top.contentType).startsWith("multipart/"))
        return result;
    const QByteArray boundary = headerParameter(top.contentType, "boundary").toLatin1();
    if (boundary.isEmpty() || boundary.size() > 200)
        return malformed();
    const QByteArray delimiter = "--" + boundary;

    QByteArray line;
    bool tooLong = false;
    // Skip the preamble.
    bool inPart = false;
    while (reader.next(&line, &tooLong)) {
        if (tooLong)
            return malformed();
        const QByteArray bare = withoutLineEnd(line).trimmed();
        if (bare == delimiter + "--")
            return result;
        if (bare == delimiter) {
            inPart = true;
            break;
        }
    }
    while (inPart) {
        Headers headers;
        if (const HeaderBlock block = readHeaders(reader, &headers); block != HeaderBlock::Read)
            return refused(block);
        QString name = headerParameter(headers.contentDisposition, "filename");
        if (name.isEmpty())
            name = headerParameter(headers.contentType, "name");
        std::unique_ptr<PartWriter> writer;
        if (!name.isEmpty()) {
            if (result.attachments.size() >= kMaxAttachments)
                return malformed();
            EmlAttachment attachment;
            attachment.fileName = name;
            attachment.mimeType = mediaType(headers.contentType);
            attachment.storedPath =
                QDir(folder).filePath(QStringLiteral("part-%1").arg(result.attachments.size() + 1));
            writer =
                std::make_unique<PartWriter>(attachment.storedPath, headers.transferEncoding == "base64");
            if (!writer->open())
                return failure("mail.unreadable",
                               QStringLiteral("无法把邮件附件写入临时文件夹 %1。").arg(folder),
                               QStringLiteral("Cannot write the message's attachments to the temporary "
                                              "folder %1.")
                                   .arg(folder));
            result.attachments.append(attachment);
        }
        inPart = false;
        bool ended = false;
        while (reader.next(&line, &tooLong)) {
            if (tooLong)
                return malformed();
            if (line.startsWith("--")) {
                const QByteArray bare = withoutLineEnd(line).trimmed();
                if (bare == delimiter || bare == delimiter + "--") {
                    inPart = bare == delimiter;
                    ended = true;
                    break;
                }
            }
            if (writer && !writer->add(line))
                return failure(
                    "mail.unreadable", QStringLiteral("写入临时文件夹 %1 失败（磁盘已满？）。").arg(folder),
                    QStringLiteral("Writing to the temporary folder %1 failed (disk full?).").arg(folder));
        }
        if (writer) {
            if (!writer->finish())
                return failure(
                    "mail.unreadable", QStringLiteral("写入临时文件夹 %1 失败（磁盘已满？）。").arg(folder),
                    QStringLiteral("Writing to the temporary folder %1 failed (disk full?).").arg(folder));
            result.attachments.last().size = writer->size();
        }
        if (!ended)
            return malformed(); // the message stops inside a part: truncated
    }
    return result;
}

} // namespace nbapply::received

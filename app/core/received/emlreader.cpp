#include "emlreader.h"

#include "mimeparameters.h"

#include <QDir>
#include <QFile>

#include <memory>

namespace nbapply::received
{

namespace
{

// Base64 lines are 76 characters; a header line may be folded but not this long.
constexpr qint64 kMaxLineBytes = 1024 * 1024;
constexpr int kMaxHeaderLines = 1000;

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

class LineReader
{
  public:
    explicit LineReader(QFile *file) : m_file(file) {}
    // False at the end; `tooLong` set when a line passes kMaxLineBytes.
    bool next(QByteArray *line, bool *tooLong)
    {
        if (m_file->atEnd())
            return false;
        *line = m_file->readLine(kMaxLineBytes);
        *tooLong = line->size() >= kMaxLineBytes && !line->endsWith('\n');
        return !line->isEmpty() || !m_file->atEnd();
    }

  private:
    QFile *m_file;
};

// Reads header lines up to the empty line. False when the block is malformed.
bool readHeaders(LineReader &reader, Headers *headers)
{
    QList<QByteArray> lines;
    QByteArray line;
    bool tooLong = false;
    while (reader.next(&line, &tooLong)) {
        if (tooLong || lines.size() > kMaxHeaderLines)
            return false;
        line = withoutLineEnd(line);
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lines.isEmpty())
            lines.last() += ' ' + line.trimmed();
        else
            lines.append(line);
    }
    for (const QByteArray &header : lines) {
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = header.left(colon).trimmed().toLower();
        const QByteArray value = header.mid(colon + 1).trimmed();
        if (name == "content-type")
            headers->contentType = value;
        else if (name == "content-disposition")
            headers->contentDisposition = value;
        else if (name == "content-transfer-encoding")
            headers->transferEncoding = value.toLower();
    }
    return true;
}

// Decodes one part's body into a file, base64 four characters at a time.
class PartWriter
{
  public:
    PartWriter(const QString &path, bool base64) : m_file(path), m_base64(base64) {}
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    bool add(const QByteArray &rawLine)
    {
        if (!m_base64) {
            // Identity encodings: the line break before the boundary belongs to the boundary.
            if (m_pendingBreak && !write(QByteArrayLiteral("\r\n")))
                return false;
            m_pendingBreak = true;
            return write(withoutLineEnd(rawLine));
        }
        for (char c : rawLine)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                c == '/' || c == '=')
                m_quad += c;
        const qsizetype whole = m_quad.size() - m_quad.size() % 4;
        if (whole == 0)
            return true;
        const bool ok = write(QByteArray::fromBase64(m_quad.left(whole)));
        m_quad.remove(0, whole);
        return ok;
    }
    bool finish()
    {
        if (m_base64 && !m_quad.isEmpty() && !write(QByteArray::fromBase64(m_quad)))
            return false;
        m_file.close();
        return m_file.error() == QFileDevice::NoError;
    }
    qint64 size() const { return m_size; }

  private:
    bool write(const QByteArray &bytes)
    {
        m_size += bytes.size();
        return m_file.write(bytes) == bytes.size();
    }
    QFile m_file;
    bool m_base64;
    bool m_pendingBreak = false;
    QByteArray m_quad;
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

    LineReader reader(&file);
    Headers top;
    if (!readHeaders(reader, &top))
        return malformed();
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
        if (!readHeaders(reader, &headers))
            return malformed();
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

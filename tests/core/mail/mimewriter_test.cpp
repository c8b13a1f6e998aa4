// The generic MIME writer, checked against Python's email package (an independent parser).
#include "emlparser.h"
#include "mail/mimeheader.h"
#include "mail/mimemessage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::mime;
using nbapply::test::headerNames;
using nbapply::test::headerValue;
using nbapply::test::parseEml;

namespace
{

// A complete message around the given top-level headers and parts, as the application builds one.
QByteArray messageWith(const QList<QByteArray> &headers, const QString &text = QStringLiteral("body"),
                       const QList<MimePart> &attachments = {})
{
    MimeMessage message;
    for (const QByteArray &h : headers)
        message.addHeader(h);
    message.addHeader(asciiHeader("MIME-Version", "1.0"));
    const MimePart alternative =
        MimePart::multipart("alternative", {MimePart::text("plain", text),
                                            MimePart::text("html", QStringLiteral("<p>html</p>"))});
    message.setBody(MimePart::multipart("mixed", QList<MimePart>{alternative} + attachments));
    return message.toBytes();
}

QList<QByteArray> lines(const QByteArray &bytes)
{
    QList<QByteArray> out = bytes.split('\n');
    for (QByteArray &l : out)
        if (l.endsWith('\r'))
            l.chop(1);
    return out;
}

std::string sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().toStdString();
}

std::string str(const QJsonValue &value)
{
    return value.toString().toStdString();
}

} // namespace

TEST(MimeHeader, PlainAsciiSubjectStaysReadable)
{
    EXPECT_EQ(unstructuredHeader("Subject", QStringLiteral("Hello   world")),
              QByteArray("Subject: Hello world\r\n"));
    EXPECT_EQ(unstructuredHeader("Subject", QString()), QByteArray("Subject:\r\n"));
}

TEST(MimeHeader, LongAsciiIsFoldedAtWordsWithin76Columns)
{
    QString value;
    for (int i = 0; i < 40; ++i)
        value += QStringLiteral("word%1 ").arg(i);
    const QByteArray header = unstructuredHeader("Subject", value);
    const QList<QByteArray> headerLines = lines(header.chopped(2));
    ASSERT_GT(headerLines.size(), 3);
    for (int i = 0; i < headerLines.size(); ++i) {
        EXPECT_LE(headerLines[i].size(), kMaxLineLength) << headerLines[i].toStdString();
        if (i > 0) {
            EXPECT_TRUE(headerLines[i].startsWith(' '));
        }
    }
    const QByteArray unfolded = QByteArray(header).replace("\r\n ", " ");
    EXPECT_EQ(unfolded, "Subject: " + value.trimmed().toLatin1() + "\r\n");
}

TEST(MimeHeader, EncodedWordsNeverSplitAUtf8Character)
{
    static const QRegularExpression encodedWord(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    // Every offset of 1-, 2-, 3- and 4-byte characters against the chunk size.
    for (int prefix = 0; prefix < 6; ++prefix) {
        const QString value = QString(prefix, QLatin1Char('a')) + QStringLiteral("é南北阁😀").repeated(30) +
                              QStringLiteral(" – Nanbeige");
        const QByteArray header = unstructuredHeader("Subject", value);
        QString decoded;
        for (const QByteArray &line : lines(header.chopped(2)))
            EXPECT_LE(line.size(), kMaxLineLength);
        auto matches = encodedWord.globalMatch(QString::fromLatin1(header));
        while (matches.hasNext()) {
            const auto match = matches.next();
            EXPECT_LE(match.capturedLength(0), 75);
            const QByteArray utf8 = QByteArray::fromBase64(match.captured(1).toLatin1());
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString piece = decoder(utf8);
            EXPECT_FALSE(decoder.hasError())
                << "prefix " << prefix << " piece " << utf8.toHex().toStdString();
            decoded += piece;
        }
        EXPECT_EQ(decoded, value);
    }
}

TEST(MimeHeader, ChineseSubjectAndDisplayNameDecodeExactly)
{
    const QString subject =
        QStringLiteral("南北阁许可模型商业使用申请 / Nanbeige commercial use application – "
                       "北京某某人工智能科技有限公司（测试）😀");
    const QString name = QStringLiteral("张三 \"Zhang\" <San>");
    const QByteArray eml =
        messageWith({mailboxHeader("From", name, QStringLiteral("zhang.san@xn--fiqs8s.cn")),
                     mailboxHeader("To", QString(), QStringLiteral("nanbeige@126.com")),
                     unstructuredHeader("Subject", subject)});
    const QJsonObject report = parseEml(eml);
    ASSERT_FALSE(report.contains(QStringLiteral("error"))) << str(report.value(QStringLiteral("error")));
    EXPECT_EQ(headerValue(report, QStringLiteral("Subject")), subject);
    EXPECT_EQ(headerValue(report, QStringLiteral("From")),
              QStringLiteral("\"张三 \\\"Zhang\\\" <San>\" <zhang.san@xn--fiqs8s.cn>"));
    EXPECT_EQ(headerValue(report, QStringLiteral("To")), QStringLiteral("nanbeige@126.com"));
    EXPECT_LE(report.value(QStringLiteral("max_line_length")).toInt(), kMaxLineLength);
    EXPECT_FALSE(report.value(QStringLiteral("eight_bit")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("bare_line_feeds")).toInt(), 0);
}

TEST(MimeHeader, SanitizeDropsControlAndDisguisingCharacters)
{
    EXPECT_EQ(sanitizeHeaderText(QStringLiteral("a\r\nb\tc\x01"
                                                "d")),
              QStringLiteral("a b c d"));
    EXPECT_EQ(sanitizeHeaderText(QString::fromUtf16(u"evil\u202Efdp.exe\u2028x\u0085y\u200Bz")),
              QStringLiteral("evil fdp.exe x y z"));
    EXPECT_EQ(sanitizeHeaderText(QString(QChar(0)) + QStringLiteral("  ok  ")), QStringLiteral("ok"));
    EXPECT_EQ(sanitizeHeaderText(QStringLiteral("营业执照（加盖公章）.pdf")),
              QStringLiteral("营业执照（加盖公章）.pdf"));
}

// Found by fuzz_mime_header: "To: " and a long address were one line past 76 columns.
TEST(MimeHeader, ALongAddressWithoutDisplayNameIsFoldedOntoItsOwnLine)
{
    const QString address = QString(63, QLatin1Char('y')) + QStringLiteral("@example.com"); // 75 characters
    const QByteArray header = mailboxHeader("To", QString(), address);
    EXPECT_EQ(header, "To:\r\n " + address.toLatin1() + "\r\n");
    for (const QByteArray &line : lines(header))
        EXPECT_LE(line.size(), kMaxLineLength) << line.toStdString();
    const QJsonObject report = parseEml(header + "\r\nbody\r\n");
    EXPECT_EQ(headerValue(report, QStringLiteral("To")), address);
    // A short one stays on the first line.
    EXPECT_EQ(mailboxHeader("To", QString(), QStringLiteral("a@b.cn")), "To: a@b.cn\r\n");
}

TEST(MimeHeader, HostileValuesCannotAddHeaders)
{
    const QString hostile = QStringLiteral("Mallory\r\nBcc: evil@example.com\r\n\r\nInjected body");
    ASSERT_TRUE(mailboxHeader("From", QStringLiteral("x"), QStringLiteral("a@b.c\r\nBcc: evil@example.com"))
                    .isEmpty());
    ASSERT_TRUE(mailboxHeader("From", QStringLiteral("x"), QStringLiteral("a b@example.com")).isEmpty());
    const QByteArray eml =
        messageWith({mailboxHeader("From", hostile, QStringLiteral("m@example.com")),
                     unstructuredHeader("Subject", hostile + QString(10000, QLatin1Char('x'))),
                     unstructuredHeader("X-Test", QStringLiteral("\nBcc: evil2@example.com")),
                     asciiHeader("X-Ascii", "1\r\nBcc: evil3@example.com")});
    const QJsonObject report = parseEml(eml);
    ASSERT_FALSE(report.contains(QStringLiteral("error")));
    EXPECT_EQ(headerNames(report),
              QStringList({QStringLiteral("From"), QStringLiteral("Subject"), QStringLiteral("X-Test"),
                           QStringLiteral("X-Ascii"), QStringLiteral("MIME-Version"),
                           QStringLiteral("Content-Type")}));
    EXPECT_EQ(headerValue(report, QStringLiteral("Subject")),
              QStringLiteral("Mallory Bcc: evil@example.com Injected body") +
                  QString(10000, QLatin1Char('x')));
    EXPECT_EQ(headerValue(report, QStringLiteral("X-Test")), QStringLiteral("Bcc: evil2@example.com"));
    EXPECT_EQ(report.value(QStringLiteral("text")).toString(), QStringLiteral("body"));
    EXPECT_EQ(report.value(QStringLiteral("structure")).toString(),
              QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html))"));
}

TEST(MimeHeader, DateIsRfc5322InEnglish)
{
    const QDateTime beijing(QDate(2026, 11, 26), QTime(8, 5, 9), QTimeZone(8 * 3600));
    EXPECT_EQ(rfc5322Date(beijing), QByteArray("Thu, 26 Nov 2026 08:05:09 +0800"));
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    EXPECT_EQ(rfc5322Date(utc), QByteArray("Thu, 1 Jan 1970 00:00:00 +0000"));
    const QDateTime west(QDate(2026, 1, 5), QTime(23, 0), QTimeZone(-(3 * 3600 + 30 * 60)));
    EXPECT_EQ(rfc5322Date(west), QByteArray("Mon, 5 Jan 2026 23:00:00 -0330"));
}

TEST(MimeBody, QuotedPrintableRoundTripsAwkwardText)
{
    const QString text = QStringLiteral("a=b  \nFrom me\n.hidden\n\ttab\t\r\nlone\rcr\n") +
                         QStringLiteral("南北阁").repeated(60) + QStringLiteral("\n") +
                         QString(300, QLatin1Char('z')) + QStringLiteral("\nnul") + QChar(0) +
                         QStringLiteral("end --=_nbapply_0123 \n");
    const QByteArray qp = quotedPrintable(text.toUtf8());
    for (const QByteArray &line : lines(qp)) {
        EXPECT_LE(line.size(), kMaxLineLength);
        EXPECT_FALSE(line.startsWith('.'));
        EXPECT_FALSE(line.startsWith("From "));
        EXPECT_FALSE(line.endsWith(' '));
    }
    const QJsonObject report = parseEml(messageWith({}, text));
    QString expected = text;
    expected.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    EXPECT_EQ(report.value(QStringLiteral("text")).toString(), expected);
    EXPECT_EQ(report.value(QStringLiteral("structure")).toString(),
              QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html))"));
}

TEST(MimeBody, Base64LinesAre76Characters)
{
    const QByteArray data(1000, '\xff');
    const QList<QByteArray> out = lines(base64Lines(data));
    ASSERT_GT(out.size(), 10);
    for (int i = 0; i + 2 < out.size(); ++i)
        EXPECT_EQ(out[i].size(), 76);
    EXPECT_EQ(QByteArray::fromBase64(base64Lines(data).replace("\r\n", "")), data);
    EXPECT_TRUE(base64Lines(QByteArray()).isEmpty());
}

TEST(MimeAttachment, ChineseFileNameReadsTheSameInBothEncodings)
{
    const QString fileName = QStringLiteral("营业执照（加盖公章）.pdf");
    const QString longName = QStringLiteral("授权代表授权委托书").repeated(12) + QStringLiteral("😀.png");
    const QByteArray pdf("%PDF-1.7\n\x00\x01\xff binary", 20);
    QByteArray png(5000, '\0');
    for (int i = 0; i < png.size(); ++i)
        png[i] = char(i * 7);
    const QByteArray eml =
        messageWith({}, QStringLiteral("x"),
                    {MimePart::attachment(pdf, "application/pdf", fileName),
                     MimePart::attachment(png, "image/png", longName),
                     MimePart::attachment(QByteArray(), "text/plain", QStringLiteral("empty.txt"))});
    const QJsonObject report = parseEml(eml);
    ASSERT_FALSE(report.contains(QStringLiteral("error")));
    EXPECT_LE(report.value(QStringLiteral("max_line_length")).toInt(), kMaxLineLength);
    EXPECT_EQ(report.value(QStringLiteral("structure")).toString(),
              QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html),application/pdf,"
                             "image/png,text/plain)"));
    const QJsonArray attachments = report.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 3);
    const QList<std::tuple<QString, QString, QByteArray>> expected = {
        {fileName, QStringLiteral("application/pdf"), pdf},
        {longName, QStringLiteral("image/png"), png},
        {QStringLiteral("empty.txt"), QStringLiteral("text/plain"), QByteArray()}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject a = attachments[i].toObject();
        const auto &[name, type, data] = expected[i];
        EXPECT_EQ(a.value(QStringLiteral("filename")).toString(), name);
        EXPECT_EQ(a.value(QStringLiteral("name")).toString(), name);
        EXPECT_EQ(a.value(QStringLiteral("content_type")).toString(), type);
        EXPECT_EQ(str(a.value(QStringLiteral("sha256"))), sha256(data));
        if (i < 2) { // the plain ASCII name needs no second encoding
            EXPECT_EQ(a.value(QStringLiteral("filename_2231")).toString(), name) << i;
            EXPECT_EQ(a.value(QStringLiteral("filename_2047")).toString(), name) << i;
            EXPECT_EQ(a.value(QStringLiteral("name_2047")).toString(), name) << i;
        }
    }
}

TEST(MimeAttachment, HostileFileNameAndTypeCannotBreakTheStructure)
{
    const QString hostile = QStringLiteral("a\r\nContent-Type: text/html\r\n\r\n<b>\"; x=\"y\\z.pdf");
    const QByteArray eml =
        messageWith({}, QStringLiteral("x"),
                    {MimePart::attachment("data", "text/html\r\nX-Evil: 1", hostile),
                     MimePart::attachment("more", "application/pdf", QString(2000, QChar(0x5357)))});
    const QJsonObject report = parseEml(eml);
    EXPECT_EQ(report.value(QStringLiteral("structure")).toString(),
              QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html),"
                             "application/octet-stream,application/pdf)"));
    const QJsonArray attachments = report.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 2);
    EXPECT_EQ(attachments[0].toObject().value(QStringLiteral("filename")).toString(),
              QStringLiteral("a Content-Type: text/html <b>\"; x=\"y\\z.pdf"));
    EXPECT_EQ(attachments[1].toObject().value(QStringLiteral("filename")).toString(),
              QString(2000, QChar(0x5357)));
    EXPECT_EQ(str(attachments[1].toObject().value(QStringLiteral("sha256"))), sha256("more"));
    EXPECT_EQ(headerNames(report),
              QStringList({QStringLiteral("MIME-Version"), QStringLiteral("Content-Type")}));
}

TEST(MimeMultipart, BoundariesAreDeterministicAndAbsentFromContent)
{
    const QString sneaky = QStringLiteral("--=_nbapply_0000\n--=_nbapply_\n");
    const QByteArray first = messageWith({unstructuredHeader("Subject", QStringLiteral("s"))}, sneaky);
    const QByteArray second = messageWith({unstructuredHeader("Subject", QStringLiteral("s"))}, sneaky);
    EXPECT_EQ(first, second);
    const QByteArray other = messageWith({unstructuredHeader("Subject", QStringLiteral("s"))}, sneaky + 'x');
    EXPECT_NE(first, other);

    const MimePart part = MimePart::multipart("mixed", {MimePart::text("plain", sneaky)});
    static const QRegularExpression boundaryParam(QStringLiteral("boundary=\"([^\"]+)\""));
    const QString boundary = boundaryParam.match(QString::fromLatin1(part.headers())).captured(1);
    ASSERT_TRUE(boundary.startsWith(QLatin1String("=_nbapply_")));
    EXPECT_EQ(part.body().count(("--" + boundary).toLatin1()), 2);
    EXPECT_EQ(parseEml(first).value(QStringLiteral("text")).toString(),
              QStringLiteral("--=_nbapply_0000\n--=_nbapply_\n"));
}

namespace
{

QByteArray pseudoRandomBytes(qsizetype size)
{
    QByteArray data(size, '\0');
    quint32 state = 2463534242u;
    for (qsizetype i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        data[i] = char(state);
    }
    return data;
}

} // namespace

TEST(MimeAttachment, AStreamedFileIsEncodedByteForByteAsInMemory)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Sizes around the 57 KiB read block: a partial last line, exactly one block, one block and a bit.
    for (const qsizetype size :
         {qsizetype(1), qsizetype(57 * 1024), qsizetype(57 * 1024 + 1), qsizetype(200001)}) {
        const QByteArray data = pseudoRandomBytes(size);
        const QString path = dir.filePath(QStringLiteral("scan-%1.pdf").arg(size));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        const MimePart streamed =
            MimePart::fileAttachment(path, size, digest, "application/pdf", QStringLiteral("扫描件.pdf"));
        const MimePart inMemory = MimePart::attachment(data, "application/pdf", QStringLiteral("扫描件.pdf"));
        EXPECT_EQ(streamed.toBytes(), inMemory.toBytes()) << size;
        // Whole messages agree as well, boundaries included, and a mail parser reads the file back.
        MimeMessage message;
        message.setBody(
            MimePart::multipart("mixed", {MimePart::text("plain", QStringLiteral("x")), streamed}));
        QByteArray written;
        BilingualText error;
        ASSERT_TRUE(message.writeTo(
            [&](const char *bytes, qint64 n) {
                written.append(bytes, qsizetype(n));
                return true;
            },
            &error));
        EXPECT_EQ(written, message.toBytes());
        const QJsonArray attachments = parseEml(written).value(QStringLiteral("attachments")).toArray();
        ASSERT_EQ(attachments.size(), 1);
        EXPECT_EQ(str(attachments[0].toObject().value(QStringLiteral("sha256"))), sha256(data));
    }
}

TEST(MimeAttachment, AFileThatChangedSinceItWasCheckedFailsTheWrite)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("licence.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 as checked");
    file.close();
    const QByteArray checked = QCryptographicHash::hash("%PDF-1.4 as checked", QCryptographicHash::Sha256);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 swapped after the check");
    file.close();
    const MimePart part =
        MimePart::fileAttachment(path, 19, checked, "application/pdf", QStringLiteral("x.pdf"));
    BilingualText error;
    EXPECT_FALSE(part.writeTo([](const char *, qint64) { return true; }, &error));
    EXPECT_TRUE(error.en.contains(QStringLiteral("changed"))) << error.en.toStdString();
    EXPECT_TRUE(error.zh.contains(path));
    // A link swapped in for the file is not followed either.
    QFile::remove(path);
    ASSERT_TRUE(QFile::link(QStringLiteral("/etc/hostname"), path));
    EXPECT_FALSE(part.writeTo([](const char *, qint64) { return true; }, &error));
}

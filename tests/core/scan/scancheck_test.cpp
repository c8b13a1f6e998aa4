// The checks of attached scans on real images written here: too small for A4, good, landscape,
// damaged, larger than the mail allows, and a huge one that must not be decoded.
#include "scan/scancheck.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>
#include <zlib.h>

using namespace nbapply;

namespace
{

const BilingualText kLabel{QStringLiteral("授权代表授权委托书"), QStringLiteral("Letter of authorisation")};

QStringList codes(const Problems &problems)
{
    QStringList list;
    for (const Problem &problem : problems)
        list << problem.code;
    return list;
}

class ScanCheck : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString image(const QString &name, int width, int height, const char *format)
    {
        QImage picture(width, height, QImage::Format_RGB32);
        picture.fill(Qt::white);
        for (int y = 0; y < height; y += 7)
            for (int x = 0; x < width; ++x)
                picture.setPixel(x, y, qRgb(200, 30, 30)); // something to compress, like a seal
        const QString path = folder.filePath(name);
        EXPECT_TRUE(picture.save(path, format, 85));
        return path;
    }

    QString bytes(const QString &name, const QByteArray &data)
    {
        const QString path = folder.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }

    QTemporaryDir folder;
};

TEST_F(ScanCheck, AnA4ScanAt300DpiIsFineInEitherOrientation)
{
    EXPECT_NEAR(dpiOnA4(2480, 3508), 300, 0.5);
    EXPECT_TRUE(checkScanFile(image(QStringLiteral("portrait.jpg"), 2480, 3508, "JPEG"), kLabel).isEmpty());
    EXPECT_TRUE(checkScanFile(image(QStringLiteral("landscape.png"), 1800, 1300, "PNG"), kLabel).isEmpty());
}

TEST_F(ScanCheck, ASmallImageIsBelow150DpiAtA4)
{
    const Problems problems = checkScanFile(image(QStringLiteral("photo.png"), 600, 850, "PNG"), kLabel);
    ASSERT_EQ(codes(problems), QStringList{QStringLiteral("document.scan-low-resolution")});
    EXPECT_EQ(problems.first().severity, Severity::Warning);
    EXPECT_EQ(problems.first().field, QStringLiteral("documents"));
    EXPECT_TRUE(problems.first().message.en.contains(QStringLiteral("“photo.png”")));
    EXPECT_TRUE(problems.first().message.en.contains(QStringLiteral("600 × 850 pixels, about 72 dpi")));
    EXPECT_TRUE(problems.first().message.zh.contains(QStringLiteral("约 72 dpi，低于 150 dpi")));
    // Just below the limit (149.98 dpi) the message must not say "about 150 dpi, less than 150 dpi".
    const Problems below = checkScanFile(image(QStringLiteral("below.png"), 1240, 1754, "PNG"), kLabel);
    ASSERT_EQ(codes(below), QStringList{QStringLiteral("document.scan-low-resolution")});
    EXPECT_TRUE(below.first().message.en.contains(QStringLiteral("about 149 dpi on A4, less than 150 dpi")))
        << below.first().message.en.toStdString();
    EXPECT_TRUE(below.first().message.zh.contains(QStringLiteral("约 149 dpi，低于 150 dpi")));
    // Just at the limit: 1241 x 1754 is 150 dpi on A4.
    EXPECT_TRUE(checkScanFile(image(QStringLiteral("limit.jpg"), 1241, 1754, "JPEG"), kLabel).isEmpty());
}

TEST_F(ScanCheck, DamagedTruncatedOrMisnamedImagesAreErrors)
{
    QFile good(image(QStringLiteral("good.jpg"), 1300, 1800, "JPEG"));
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    const QByteArray jpeg = good.readAll();
    QByteArray scrambled = jpeg;
    for (qsizetype i = 600; i < scrambled.size() - 2; i += 3)
        scrambled[i] = char(0xFF);
    for (const QString &path : {bytes(QStringLiteral("truncated.jpg"), jpeg.left(200)),
                                bytes(QStringLiteral("scrambled.jpg"), scrambled),
                                bytes(QStringLiteral("text.png"), QByteArray("this is not a picture")),
                                bytes(QStringLiteral("empty.jpeg"), QByteArray())}) {
        const Problems problems = checkScanFile(path, kLabel);
        EXPECT_TRUE(codes(problems).contains(QStringLiteral("document.scan-unreadable")))
            << path.toStdString();
        EXPECT_TRUE(hasErrors(problems)) << path.toStdString();
    }
}

TEST_F(ScanCheck, AFileLargerThanTheMailAllowsIsAWarningForImagesAndPdfs)
{
    ScanCheckOptions options;
    options.mailLimit = 10 * 1024;
    const QString scan = image(QStringLiteral("big.png"), 1300, 1800, "PNG");
    ASSERT_GT(QFile(scan).size(), options.mailLimit);
    EXPECT_EQ(codes(checkScanFile(scan, kLabel, options)),
              QStringList{QStringLiteral("document.too-large-for-mail")});
    const QString pdf = bytes(QStringLiteral("scan.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(20000, ' '));
    const Problems problems = checkScanFile(pdf, kLabel, options);
    ASSERT_EQ(codes(problems), QStringList{QStringLiteral("document.too-large-for-mail")});
    EXPECT_TRUE(problems.first().message.en.contains(QStringLiteral("“scan.pdf”")));
    EXPECT_TRUE(problems.first().message.zh.contains(QStringLiteral("超过邮箱单封邮件")));
    // A PDF within the limit is not opened at all.
    EXPECT_TRUE(checkScanFile(pdf, kLabel).isEmpty());
}

// A PNG header that claims 30000 x 40000 pixels (4.8 GB decoded), followed by garbage: measured from
// its header and never decoded (a decoder would fail on the garbage), so it is no error and no crash.
TEST_F(ScanCheck, AHugeImageIsMeasuredFromItsHeaderWithoutDecoding)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("IHDR");
    auto appendBigEndian = [](QByteArray *data, quint32 value) {
        char raw[4];
        qToBigEndian(value, raw);
        data->append(raw, 4);
    };
    appendBigEndian(&ihdr, 30000);
    appendBigEndian(&ihdr, 40000);
    ihdr.append(QByteArray("\x08\x02\x00\x00\x00", 5)); // 8-bit RGB
    appendBigEndian(&png, 13);
    png += ihdr;
    appendBigEndian(&png,
                    quint32(crc32(0, reinterpret_cast<const Bytef *>(ihdr.constData()), uInt(ihdr.size()))));
    // Then an IDAT chunk of garbage: libpng reads the header up to it, a decoder would fail on it.
    const QByteArray idat = QByteArray("IDAT") + QByteArray(4096, '\x42');
    appendBigEndian(&png, 4096);
    png += idat;
    appendBigEndian(&png,
                    quint32(crc32(0, reinterpret_cast<const Bytef *>(idat.constData()), uInt(idat.size()))));
    const Problems problems = checkScanFile(bytes(QStringLiteral("huge.png"), png), kLabel);
    EXPECT_FALSE(hasErrors(problems));
    EXPECT_TRUE(problems.isEmpty()) << codes(problems).join(u',').toStdString();
}

} // namespace

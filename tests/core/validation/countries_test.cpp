// The iso-codes country list with Chinese names from the gettext catalogue.
#include "qstringprinter.h"
#include "validation/countries.h"

#include <QFile>
#include <QPair>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace nbapply::validation;

TEST(Countries, LoadsEveryIsoCountry)
{
    ASSERT_TRUE(QFile::exists(isoCodesJsonPath())) << "install iso-codes";
    EXPECT_GE(countries().size(), 249);
    const Country *china = findCountry(QStringLiteral("CN"));
    ASSERT_NE(china, nullptr);
    EXPECT_EQ(china->name.zh, QStringLiteral("中国"));
    EXPECT_EQ(china->name.en, QStringLiteral("China"));
    EXPECT_EQ(china->alpha3, QStringLiteral("CHN"));
    EXPECT_EQ(china->numeric, QStringLiteral("156"));
}

TEST(Countries, ChineseNamesComeFromTheCatalogue)
{
    ASSERT_TRUE(QFile::exists(isoCodesChineseCatalogPath()));
    EXPECT_EQ(findCountry(QStringLiteral("DE"))->name.zh, QStringLiteral("德国"));
    EXPECT_EQ(findCountry(QStringLiteral("JP"))->name.zh, QStringLiteral("日本"));
    EXPECT_EQ(findCountry(QStringLiteral("us"))->name.en, QStringLiteral("United States"));
    int untranslated = 0;
    for (const Country &country : countries())
        untranslated += country.name.zh == country.name.en ? 1 : 0;
    EXPECT_LT(untranslated, 10);
}

TEST(Countries, HongKongMacaoTaiwanNamedAsInMainlandUsage)
{
    EXPECT_EQ(findCountry(QStringLiteral("HK"))->name.zh, QStringLiteral("中国香港"));
    EXPECT_EQ(findCountry(QStringLiteral("MO"))->name.zh, QStringLiteral("中国澳门"));
    EXPECT_EQ(findCountry(QStringLiteral("TW"))->name.zh, QStringLiteral("中国台湾"));
}

TEST(Countries, LookupsByEveryCode)
{
    EXPECT_EQ(findCountryByAlpha3(QStringLiteral("usa"))->alpha2, QStringLiteral("US"));
    EXPECT_EQ(findCountryByNumeric(QStringLiteral("840"))->alpha2, QStringLiteral("US"));
    EXPECT_EQ(findCountry(QStringLiteral("XX")), nullptr);
    EXPECT_EQ(findCountry(QString()), nullptr);
    EXPECT_EQ(findCountry(QStringLiteral("C\u202EN")), nullptr);
}

TEST(Countries, FirstLoadIsThreadSafe)
{
    std::vector<std::thread> threads;
    std::vector<qsizetype> sizes(4);
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([i, &sizes] { sizes[size_t(i)] = countries().size(); });
    for (auto &t : threads)
        t.join();
    for (const qsizetype size : sizes)
        EXPECT_EQ(size, countries().size());
}

namespace
{

// A .mo file written by hand: magic, revision, count, table offsets, then the strings.
QByteArray moFile(const QList<QPair<QByteArray, QByteArray>> &entries, bool bigEndian = false)
{
    auto word = [bigEndian](quint32 v) {
        QByteArray b(4, '\0');
        for (int i = 0; i < 4; ++i)
            b[bigEndian ? 3 - i : i] = char((v >> (8 * i)) & 0xff);
        return b;
    };
    const quint32 n = quint32(entries.size());
    const quint32 originals = 28;
    const quint32 translations = originals + 8 * n;
    quint32 offset = translations + 8 * n;
    QByteArray tables;
    QByteArray strings;
    QByteArray originalTable;
    QByteArray translationTable;
    for (const auto &entry : entries) {
        originalTable += word(quint32(entry.first.size())) + word(offset + quint32(strings.size()));
        strings += entry.first + '\0';
    }
    for (const auto &entry : entries) {
        translationTable += word(quint32(entry.second.size())) + word(offset + quint32(strings.size()));
        strings += entry.second + '\0';
    }
    return word(0x950412de) + word(0) + word(n) + word(originals) + word(translations) + word(0) + word(0) +
           originalTable + translationTable + strings;
}

QString writeTemp(QTemporaryDir &dir, const QByteArray &data)
{
    const QString path = dir.filePath(QStringLiteral("catalog.mo"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(data);
    return path;
}

} // namespace

TEST(GettextCatalog, ReadsBothByteOrders)
{
    QTemporaryDir dir;
    const QList<QPair<QByteArray, QByteArray>> entries{{"China", "中国"}, {"Japan", "日本"}};
    for (const bool bigEndian : {false, true}) {
        const auto catalog = readGettextCatalog(writeTemp(dir, moFile(entries, bigEndian)));
        EXPECT_EQ(catalog.size(), 2);
        EXPECT_EQ(catalog.value("China"), QStringLiteral("中国"));
        EXPECT_EQ(catalog.value("Japan"), QStringLiteral("日本"));
    }
}

TEST(GettextCatalog, MalformedFilesGiveNothingAndDoNotCrash)
{
    QTemporaryDir dir;
    const QByteArray good = moFile({{"China", "中国"}});
    EXPECT_TRUE(readGettextCatalog(dir.filePath("missing.mo")).isEmpty());
    EXPECT_TRUE(readGettextCatalog(writeTemp(dir, QByteArray())).isEmpty());
    EXPECT_TRUE(
        readGettextCatalog(writeTemp(dir, QByteArray("not a catalogue at all, just text"))).isEmpty());
    // Every truncation of a good file.
    for (int size = 0; size < good.size(); ++size)
        readGettextCatalog(writeTemp(dir, good.left(size)));
    // A string table pointing far outside the file.
    QByteArray hostile = good;
    hostile[28 + 4] = char(0xff);
    hostile[28 + 5] = char(0xff);
    hostile[28 + 6] = char(0xff);
    hostile[28 + 7] = char(0x7f);
    EXPECT_TRUE(readGettextCatalog(writeTemp(dir, hostile)).isEmpty());
    // A huge entry count.
    QByteArray many = good;
    many[8] = char(0xff);
    many[9] = char(0xff);
    many[10] = char(0xff);
    many[11] = char(0x7f);
    EXPECT_TRUE(readGettextCatalog(writeTemp(dir, many)).isEmpty());
}

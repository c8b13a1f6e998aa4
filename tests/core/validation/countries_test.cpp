// The iso-codes country list with Chinese names from the gettext catalogue.
#include "qstringprinter.h"
#include "validation/countries.h"

#include <QFile>

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

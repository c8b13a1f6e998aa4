#include "qstringprinter.h"
#include "validation/identifiers.h"

#include <gtest/gtest.h>

using namespace nbapply::validation;

TEST(Normalize, FullWidthAndIdeographicSpaceBecomeAscii)
{
    EXPECT_EQ(normalizeIdentifierText(QStringLiteral("\u3000ＡＢＣ１２３＠ｘ．ｃｎ\u3000")),
              QStringLiteral("ABC123@x.cn"));
}

TEST(Normalize, DashVariantsBecomeHyphenMinus)
{
    for (const char16_t dash : {u'\u2010', u'\u2011', u'\u2012', u'\u2013', u'\u2014', u'\u2015', u'\u2212',
                                u'\uFE58', u'\uFE63', u'\uFF0D'})
        EXPECT_EQ(normalizeIdentifierText(QStringLiteral("1") + QChar(dash) + QStringLiteral("2")),
                  QStringLiteral("1-2"))
            << int(dash);
}

TEST(Normalize, CompactDropsSpacesAndHyphensButKeepsControlsAndLookAlikes)
{
    EXPECT_EQ(compactIdentifier(QStringLiteral(" ab-12 cd\u3000e ")), QStringLiteral("AB12CDE"));
    EXPECT_EQ(compactIdentifier(QStringLiteral("a\nb")), QStringLiteral("A\nB"));
    EXPECT_EQ(compactIdentifier(QStringLiteral("\u0445")),
              QStringLiteral("\u0445")); // Cyrillic х stays lower-case
}

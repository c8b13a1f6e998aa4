// The redline's unit: Chinese by character, English by word; the segments give both texts back.
#include "compare/textdiff.h"

#include <gtest/gtest.h>

using namespace nbapply;

namespace
{

QString side(const QList<TextDiffSegment> &segments, TextDiffSegment::Kind skip)
{
    QString text;
    for (const TextDiffSegment &segment : segments)
        if (segment.kind != skip)
            text += segment.text;
    return text;
}

} // namespace

TEST(TextDiff, TokensAreCharactersForChineseAndWordsForEnglish)
{
    EXPECT_EQ(diffTokens(QStringLiteral("南山 AI model, v2")),
              (QStringList{QStringLiteral("南"), QStringLiteral("山"), QStringLiteral(" "),
                           QStringLiteral("AI"), QStringLiteral(" "), QStringLiteral("model"),
                           QStringLiteral(","), QStringLiteral(" "), QStringLiteral("v2")}));
    // A character outside the BMP stays whole.
    EXPECT_EQ(diffTokens(QStringLiteral("𠀀a")), (QStringList{QStringLiteral("𠀀"), QStringLiteral("a")}));
}

TEST(TextDiff, ChineseChangesAreMarkedByCharacter)
{
    const QList<TextDiffSegment> segments =
        diffText(QStringLiteral("使用期限三年"), QStringLiteral("使用期限五年"));
    const QList<TextDiffSegment> expected{{TextDiffSegment::Same, QStringLiteral("使用期限")},
                                          {TextDiffSegment::Deleted, QStringLiteral("三")},
                                          {TextDiffSegment::Inserted, QStringLiteral("五")},
                                          {TextDiffSegment::Same, QStringLiteral("年")}};
    EXPECT_EQ(segments, expected);
}

TEST(TextDiff, EnglishChangesAreMarkedByWholeWord)
{
    const QList<TextDiffSegment> segments =
        diffText(QStringLiteral("a customer service chatbot"), QStringLiteral("a customer support chatbot"));
    const QList<TextDiffSegment> expected{{TextDiffSegment::Same, QStringLiteral("a customer ")},
                                          {TextDiffSegment::Deleted, QStringLiteral("service")},
                                          {TextDiffSegment::Inserted, QStringLiteral("support")},
                                          {TextDiffSegment::Same, QStringLiteral(" chatbot")}};
    EXPECT_EQ(segments, expected);
}

TEST(TextDiff, EmptySidesAndLongTextsStillGiveBothTextsBack)
{
    EXPECT_TRUE(diffText(QString(), QString()).isEmpty());
    EXPECT_EQ(diffText(QString(), QStringLiteral("新")),
              (QList<TextDiffSegment>{{TextDiffSegment::Inserted, QStringLiteral("新")}}));
    EXPECT_EQ(diffText(QStringLiteral("old"), QString()),
              (QList<TextDiffSegment>{{TextDiffSegment::Deleted, QStringLiteral("old")}}));
    // Beyond the quadratic limit: one deletion and one insertion of the middle, still exact.
    QString before, after;
    for (int i = 0; i < 3000; ++i) {
        before += QStringLiteral("甲乙");
        after += QStringLiteral("乙甲");
    }
    before = QStringLiteral("头") + before + QStringLiteral("尾");
    after = QStringLiteral("头") + after + QStringLiteral("尾");
    const QList<TextDiffSegment> segments = diffText(before, after);
    EXPECT_EQ(side(segments, TextDiffSegment::Inserted), before);
    EXPECT_EQ(side(segments, TextDiffSegment::Deleted), after);
    EXPECT_EQ(segments.constFirst().text, QStringLiteral("头"));
    EXPECT_EQ(segments.constLast().text, QStringLiteral("尾"));
}

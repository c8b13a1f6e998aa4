// Line breaking with a simple metric: each character one unit wide, a space half a unit.
#include "linebreaker.h"

#include <gtest/gtest.h>

using nbapply::pdf::breakLines;

namespace
{

double unitWidth(QStringView text)
{
    double width = 0;
    for (QChar c : text)
        width += c.isSpace() ? 0.5 : 1.0;
    return width;
}

QString joined(const QStringList &lines)
{
    QString all;
    for (const QString &line : lines)
        all += line;
    return all;
}

QString withoutSpaces(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

TEST(LineBreaker, NoLineStartsWithClosingPunctuation)
{
    const QString text = QStringLiteral(
        "申请人应当如实填写本表，并提交相关材料。我们将在收到材料后（通常为十个工作日）开始审核！");
    for (double width = 3; width <= 12; width += 1) {
        const QStringList lines = breakLines(text, width, unitWidth);
        EXPECT_EQ(joined(lines), text);
        for (const QString &line : lines) {
            ASSERT_FALSE(line.isEmpty());
            EXPECT_FALSE(QStringLiteral("，。）！、；：”").contains(line.front())) << line.toStdString();
            EXPECT_LE(unitWidth(line), width) << line.toStdString();
        }
    }
}

TEST(LineBreaker, LatinWordsStayWhole)
{
    const QStringList lines =
        breakLines(QStringLiteral("fine-tune the licensed model carefully"), 12, unitWidth);
    EXPECT_EQ(lines, (QStringList{QStringLiteral("fine-tune"), QStringLiteral("the licensed"),
                                  QStringLiteral("model"), QStringLiteral("carefully")}));
}

TEST(LineBreaker, NoLineEndsWithAHyphenInsideAWord)
{
    // pdftotext would take "fine-" + "tuning" for a hyphenated word and print "finetuning".
    const QStringList lines = breakLines(QStringLiteral("we fine-tune and re-train models"), 11, unitWidth);
    for (const QString &line : lines)
        EXPECT_FALSE(line.endsWith(QLatin1Char('-'))) << line.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("fine-tune")));
}

TEST(LineBreaker, HardBreaksAndEmptyParagraphsAreKept)
{
    EXPECT_EQ(breakLines(QStringLiteral("一\n\n二\r\n三\r四"), 10, unitWidth),
              (QStringList{QStringLiteral("一"), QString(), QStringLiteral("二"), QStringLiteral("三"),
                           QStringLiteral("四")}));
}

TEST(LineBreaker, AnUnbreakableRunIsCutSoNothingOverflows)
{
    const QString url = QStringLiteral("https://example.com/") + QString(60, QLatin1Char('a'));
    const QStringList lines = breakLines(QStringLiteral("见 ") + url + QStringLiteral(" 。"), 15, unitWidth);
    EXPECT_EQ(withoutSpaces(joined(lines)),
              withoutSpaces(QStringLiteral("见 ") + url + QStringLiteral("。")));
    for (const QString &line : lines)
        EXPECT_LE(unitWidth(line), 15);
}

TEST(LineBreaker, EveryCharacterOfALongMixedTextIsKeptInOrder)
{
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("模型 model %1，“引号”（括号）、").arg(i);
    const QStringList lines = breakLines(text, 23.5, unitWidth);
    EXPECT_EQ(withoutSpaces(joined(lines)), withoutSpaces(text));
    for (const QString &line : lines)
        EXPECT_LE(unitWidth(line), 23.5);
}

TEST(LineBreaker, ATinyWidthStillMakesProgress)
{
    const QStringList lines = breakLines(QStringLiteral("南北阁ABC"), 0.1, unitWidth);
    EXPECT_EQ(lines.size(), 6);
    EXPECT_EQ(joined(lines), QStringLiteral("南北阁ABC"));
}

TEST(LineBreaker, CombiningMarksStayWithTheirBase)
{
    // e + COMBINING ACUTE: never split between the two.
    const QString text = QStringLiteral("e\u0301e\u0301e\u0301e\u0301");
    const QStringList lines = breakLines(text, 2, unitWidth);
    for (const QString &line : lines)
        EXPECT_NE(line.front(), QChar(0x0301));
    EXPECT_EQ(joined(lines), text);
}

} // namespace

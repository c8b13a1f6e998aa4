// `nbapply check`: the real executable, its exact output lines, exit codes and JSON.
#include "../core/validation/qstringprinter.h"
#include "processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using nbapply::test::runNbapply;

TEST(CheckCommand, ValidValuesPrintOkAndTheNormalisedForm)
{
    const auto r = runNbapply(
        {"check", "uscc", QStringLiteral("９１１１００００６０００３７３４１ｌ"), "91350100M0001TGQXM "});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split('\n');
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_EQ(lines[0], "ok\t91110000600037341L");
    EXPECT_TRUE(lines[1].startsWith("error\tuscc.check-digit\tThe check character (18th)"))
        << lines[1].toStdString();
    EXPECT_EQ(lines[2], QString());

    const auto ok = runNbapply({"check", "id", "11010519491231002x"});
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_EQ(ok.out, "ok\t11010519491231002X\n");
}

TEST(CheckCommand, EveryKind)
{
    EXPECT_EQ(runNbapply({"check", "email", QStringLiteral("a@例子.测试")}).out,
              QStringLiteral("ok\ta@例子.测试\n"));
    EXPECT_EQ(runNbapply({"check", "phone", QStringLiteral("010-12345678 转 123")}).out,
              "ok\t+861012345678;ext=123\n");
    const auto bad = runNbapply({"check", "phone", "16101234567", "13812345678"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.out.startsWith("error\tphone.invalid\t"));
    EXPECT_TRUE(bad.out.endsWith("\nok\t+8613812345678\n"));
    EXPECT_EQ(runNbapply({"check", "id", "110105491231002"}).out.section('\t', 0, 1),
              "error\tid.first-generation");
}

TEST(CheckCommand, LanguageFromOptionAndEnvironment)
{
    const auto zh = runNbapply({"check", "--lang", "zh_CN", "id", "110105491231002"});
    EXPECT_EQ(zh.out, QStringLiteral("error\tid.first-generation\t15 "
                                     "位的第一代身份证号码已停止使用。请填写第二代身份证上的 18 位号码。\n"));
    const auto env = runNbapply({"check", "id", "110105491231002"}, {"LANG=zh_CN.UTF-8"});
    EXPECT_EQ(env.out, zh.out);
    const auto en = runNbapply({"check", "--lang", "en", "id", "110105491231002"}, {"LANG=zh_CN.UTF-8"});
    EXPECT_TRUE(en.out.contains("withdrawn"));
}

TEST(CheckCommand, HostileValuesCannotForgeLines)
{
    const auto r =
        runNbapply({"check", "email", "a@example.com\nok\tforged", QStringLiteral("x\u202E@example.com")});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    for (const QString &line : lines) {
        EXPECT_TRUE(line.startsWith("error\temail.character\t"));
        EXPECT_EQ(line.count('\t'), 2);
        EXPECT_FALSE(line.contains(QChar(0x202E)));
    }
    const auto huge = runNbapply({"check", "uscc", QString(100000, 'A')});
    EXPECT_EQ(huge.exitCode, 1);
    EXPECT_TRUE(huge.out.startsWith("error\tuscc.length\t"));
    EXPECT_LT(huge.out.size(), 1000);
}

TEST(CheckCommand, ValuesFromStdin)
{
    const auto r = runNbapply({"check", "phone", "-"}, {}, "13812345678\r\n\n+852 2123 4567\nnot a phone\n");
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_EQ(lines[0], "ok\t+8613812345678");
    EXPECT_EQ(lines[1], "ok\t+85221234567");
    EXPECT_TRUE(lines[2].startsWith("error\tphone.character\t"));
}

TEST(CheckCommand, InvalidUtf8AndLongLinesOnStdin)
{
    QByteArray input("\xff\xfe"
                     "13812345678\n");
    input += QByteArray(1000000, '1') + '\n';
    input += "13812345678";
    const auto r = runNbapply({"check", "phone", "-"}, {}, input);
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith("error\tphone.character\t")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains("U+FFFD"));
    EXPECT_TRUE(lines[1].startsWith("error\tphone.too-long\t"));
    EXPECT_EQ(lines[2], "ok\t+8613812345678");
}

TEST(CheckCommand, StdinIsReadToTheEndHoweverLong)
{
    // 65 MiB of blank lines, then a value that straddles nothing and one that is invalid: a reader that
    // stopped at 64 MiB dropped both and reported success.
    QByteArray input("91110000600037341L\n");
    input += QByteArray(65 << 20, '\n');
    input += "91350100M0001TGQXM\r\n91110000600037341L";
    const auto r = runNbapply({"check", "uscc", "-"}, {}, input);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.left(300).toStdString();
    EXPECT_EQ(lines[0], "ok\t91110000600037341L");
    EXPECT_TRUE(lines[1].startsWith("error\tuscc.check-digit\t"));
    EXPECT_EQ(lines[2], "ok\t91110000600037341L");

    // A value that crosses the 64 MiB mark is still one value.
    QByteArray straddling(64 << 20, '\n');
    straddling.chop(5);
    straddling += "91110000600037341L\n";
    const auto s = runNbapply({"check", "--json", "uscc", "-"}, {}, straddling);
    EXPECT_EQ(s.exitCode, 0) << s.out.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(s.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 1) << s.out.toStdString();
    EXPECT_EQ(array[0].toObject()["input"].toString(), "91110000600037341L");
}

TEST(CheckCommand, EmptyStdinIsAUsageError)
{
    for (const QByteArray &input : {QByteArray(), QByteArray("\n \r\n\t\n")}) {
        const auto r = runNbapply({"check", "phone", "-"}, {}, input);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.contains("no values on stdin")) << r.err.toStdString();
    }
    // With --json the output stays one valid array, also for many values.
    const auto many = runNbapply({"check", "--json", "email", "-", "b@example.com"}, {}, "a@example.com\n");
    EXPECT_EQ(many.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(many.out.toUtf8()).array().size(), 2) << many.out.toStdString();
}

TEST(CheckCommand, JsonOutput)
{
    const auto r = runNbapply({"check", "--json", "uscc", "91110000600037341L", "91350100M0001TGQXM"});
    EXPECT_EQ(r.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    const QJsonArray array = doc.array();
    ASSERT_EQ(array.size(), 2);
    const QJsonObject first = array[0].toObject();
    EXPECT_EQ(first["input"].toString(), "91110000600037341L");
    EXPECT_TRUE(first["valid"].toBool());
    EXPECT_EQ(first["normalized"].toString(), "91110000600037341L");
    EXPECT_TRUE(first["problems"].toArray().isEmpty());
    const QJsonObject second = array[1].toObject();
    EXPECT_FALSE(second["valid"].toBool());
    const QJsonObject problem = second["problems"].toArray()[0].toObject();
    EXPECT_EQ(problem["severity"].toString(), "error");
    EXPECT_EQ(problem["code"].toString(), "uscc.check-digit");
    EXPECT_TRUE(problem["message"].toObject()["zh"].toString().contains(QStringLiteral("校验码")));
    EXPECT_TRUE(problem["message"].toObject()["en"].toString().contains("check character"));

    // Warnings do not make a value invalid.
    const auto warn = runNbapply({"check", "--json", "email", "john..doe@example.com"});
    EXPECT_EQ(warn.exitCode, 0);
    const QJsonObject w = QJsonDocument::fromJson(warn.out.toUtf8()).array()[0].toObject();
    EXPECT_TRUE(w["valid"].toBool());
    EXPECT_EQ(w["problems"].toArray()[0].toObject()["severity"].toString(), "warning");
    EXPECT_EQ(runNbapply({"check", "email", "john..doe@example.com"}).out, "ok\tjohn..doe@example.com\n");
}

TEST(CheckCommand, UsageErrors)
{
    const auto noKind = runNbapply({"check"});
    EXPECT_EQ(noKind.exitCode, 2);
    EXPECT_TRUE(noKind.err.contains("Usage"));
    EXPECT_TRUE(noKind.out.isEmpty());
    const auto badKind = runNbapply({"check", "iban", "DE89"});
    EXPECT_EQ(badKind.exitCode, 2);
    EXPECT_TRUE(badKind.err.contains("unknown KIND 'iban'"));
    EXPECT_EQ(runNbapply({"check", "uscc"}).exitCode, 2);
    EXPECT_EQ(runNbapply({"check", "--lang", "fr", "uscc", "x"}).exitCode, 2);
    EXPECT_EQ(runNbapply({"check", "--bogus", "uscc", "x"}).exitCode, 2);
    const auto help = runNbapply({"check", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("uscc"));
    EXPECT_TRUE(help.out.contains("stdin"));
}

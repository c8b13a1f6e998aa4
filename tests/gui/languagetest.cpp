// Switching the UI language at runtime retranslates every visible text, also those set in code and
// those that come from the form (labels, help, choices).
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uifont.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontMetricsF>
#include <QLabel>
#include <QMap>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

QMap<QWidget *, QString> visibleTexts(QWidget *root)
{
    QMap<QWidget *, QString> texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().trimmed().isEmpty())
            texts.insert(label, label->text());
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (button->isVisible() && !button->text().trimmed().isEmpty())
            texts.insert(button, button->text());
    return texts;
}

bool hasCjk(const QString &text)
{
    static const QRegularExpression cjk(
        QStringLiteral("[\\x{4e00}-\\x{9fff}\\x{3000}-\\x{303f}\\x{ff00}-\\x{ffef}]"));
    return text.contains(cjk);
}

void switchTo(Language language)
{
    setUiLanguage(language);
    // LanguageChange is posted to every window: let it arrive.
    QApplication::processEvents();
    QApplication::processEvents();
    settle();
}

} // namespace

TEST(LanguageSwitch, EveryVisibleTextFollowsOnEveryPage)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    for (int page : {int(Welcome), Applicant, Representative, Plan, int(Documents)}) {
        switchTo(Language::Chinese);
        wizard->restartAtWelcome();
        while (wizard->currentId() < page) {
            const int before = wizard->currentId();
            wizard->next();
            ASSERT_NE(wizard->currentId(), before) << "page " << before << " blocks Next";
        }
        QApplication::processEvents();
        const QMap<QWidget *, QString> chinese = visibleTexts(&window);
        ASSERT_GT(chinese.size(), 5);
        switchTo(Language::English);
        const QMap<QWidget *, QString> english = visibleTexts(&window);
        int checked = 0;
        for (auto it = chinese.cbegin(); it != chinese.cend(); ++it) {
            // Texts without Chinese (a value such as "100-999", a file name) need not change.
            if (!hasCjk(it.value()))
                continue;
            ++checked;
            ASSERT_TRUE(english.contains(it.key()))
                << "page " << page << ": hidden after the switch: " << qPrintable(it.value());
            EXPECT_NE(english.value(it.key()), it.value())
                << "page " << page << ": not retranslated: " << qPrintable(it.value());
            // What the user typed or named (a file name) stays as it is.
            static const QRegularExpression fileName(QStringLiteral("^\\S+\\.pdf — "));
            EXPECT_FALSE(hasCjk(english.value(it.key()).remove(QStringLiteral("加盖公章")).remove(fileName)))
                << "page " << page << ": Chinese left in English UI: " << qPrintable(english.value(it.key()));
        }
        EXPECT_GT(checked, 5) << "page " << page;
        // The window title and the menus follow too.
        EXPECT_FALSE(hasCjk(window.windowTitle())) << qPrintable(window.windowTitle());
    }
    switchTo(Language::Chinese);
    EXPECT_TRUE(hasCjk(window.wizard()->button(QWizard::NextButton)->text()));
}

TEST(LanguageSwitch, CountsUseThePluralFormsOfTheUiLanguage)
{
    // The strings the Export page counts with (tr(…, n)); English needs the .qm for "1 page".
    const char *context = "nbapply::gui::ExportPage";
    const char *pages = "Exported: the PDF (%n page(s)) and the e-mail draft are in the folder.";
    const char *files = "The e-mail attaches %n file(s), %1 in total.";
    auto translate = [&](const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    switchTo(Language::English);
    EXPECT_EQ(translate(pages, 1),
              QStringLiteral("Exported: the PDF (1 page) and the e-mail draft are in the folder."));
    EXPECT_EQ(translate(pages, 2),
              QStringLiteral("Exported: the PDF (2 pages) and the e-mail draft are in the folder."));
    EXPECT_EQ(translate(files, 1).arg(QStringLiteral("12 KB")),
              QStringLiteral("The e-mail attaches 1 file, 12 KB in total."));
    EXPECT_EQ(translate(files, 5).arg(QStringLiteral("1.2 MB")),
              QStringLiteral("The e-mail attaches 5 files, 1.2 MB in total."));
    switchTo(Language::Chinese);
    EXPECT_EQ(translate(pages, 1), QStringLiteral("已导出：PDF（1 页）和邮件草稿已在文件夹中。"));
    EXPECT_EQ(translate(pages, 3), QStringLiteral("已导出：PDF（3 页）和邮件草稿已在文件夹中。"));
    EXPECT_EQ(translate(files, 5).arg(QStringLiteral("1.2 MB")),
              QStringLiteral("邮件附带 5 个文件，共 1.2 MB。"));
}

// In English, quotation marks are Latin ones: in the CJK face “ext. 123” was full-width, which reads as
// stray spaces around the quoted text. Han characters (names, addresses) still have their CJK face.
TEST(Language, EnglishTextIsSetInALatinFaceWithTheCjkFaceForHan)
{
    WindowFixture f;
    useUiFont();
    setUiLanguage(Language::English);
    QApplication::processEvents();
    const QFont english = QApplication::font();
    ASSERT_GE(english.families().size(), 2) << qPrintable(english.families().join(','));
    EXPECT_EQ(english.families().constLast(), QStringLiteral("Noto Sans CJK SC"));
    const QFontMetricsF metrics(english);
    const qreal han = metrics.horizontalAdvance(QChar(0x4E2D)); // 中
    EXPECT_LT(metrics.horizontalAdvance(QChar(0x201C)), han * 0.6);
    // A label of the real window uses it.
    EXPECT_EQ(f.window->font().families(), english.families());

    setUiLanguage(Language::Chinese);
    QApplication::processEvents();
    EXPECT_EQ(QApplication::font().families(), QStringList{QStringLiteral("Noto Sans CJK SC")});
    // Chinese punctuation stays full-width.
    const QFontMetricsF chinese(QApplication::font());
    EXPECT_GT(chinese.horizontalAdvance(QChar(0x201C)), chinese.horizontalAdvance(QChar(0x4E2D)) * 0.8);
}

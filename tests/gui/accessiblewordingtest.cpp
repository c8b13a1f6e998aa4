// What a screen reader says and what a voice-control user can say (issue 20): an accessible name is the
// visible text, the longer wording is the description, and the parts of a description are sentences
// of their own.
#include "comments/commentsdialog.h"
#include "comments/reviewmenu.h"
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

QString accessibleText(QObject *object, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(which) : QString();
}

// Visible text without the mnemonic and a trailing "…" ("打印为 PDF(&P)…" is said "打印为 PDF").
QString visibleText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&[A-Za-z]\\)")));
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

// The accessible name as a voice-control user matches it: Qt keeps a Chinese label's mnemonic as "(T)".
QString spokenName(QObject *object)
{
    QString name = accessibleText(object, QAccessible::Name);
    name.remove(QRegularExpression(QStringLiteral("\\([A-Z]\\)")));
    return name;
}

void switchTo(Language language)
{
    setUiLanguage(language);
    QApplication::processEvents();
    QApplication::processEvents();
    settle();
}

// Every button with a text and every field with a label (its buddy) of `root`: the name contains the
// visible words. Returns how many were checked.
int expectNamesContainVisibleText(QWidget *root)
{
    int checked = 0;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        const QString text = visibleText(button->text());
        if (text.isEmpty())
            continue;
        ++checked;
        EXPECT_TRUE(spokenName(button).contains(text))
            << qPrintable(text) << " / " << qPrintable(accessibleText(button, QAccessible::Name));
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        ++checked;
        const QString text = visibleText(label->text());
        EXPECT_TRUE(spokenName(label->buddy()).contains(text))
            << qPrintable(text) << " / " << qPrintable(accessibleText(label->buddy(), QAccessible::Name));
    }
    return checked;
}

// The Alt letter of `text` ("&File", "完成(&F)"), upper case; empty without one ("&&" is a literal &).
QString mnemonicOf(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    const QRegularExpressionMatch m = mnemonic.match(rest);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

// Every Alt letter the user can press in `window` now: the menu bar's and those of the shown buttons
// and labelled fields, each with its text.
QMultiMap<QString, QString> shownMnemonics(QWidget *window)
{
    QMultiMap<QString, QString> letters;
    const auto add = [&letters](const QString &text) {
        if (const QString letter = mnemonicOf(text); !letter.isEmpty())
            letters.insert(letter, text);
    };
    if (auto *bar = window->findChild<QMenuBar *>())
        for (QAction *action : bar->actions())
            if (action->isVisible())
                add(action->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(window))
            add(button->text());
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(window))
            add(label->text());
    return letters;
}

// The letters that more than one control of `window` answers to, with their texts.
QStringList repeatedMnemonics(QWidget *window)
{
    const QMultiMap<QString, QString> letters = shownMnemonics(window);
    QStringList repeated;
    for (const QString &letter : letters.uniqueKeys())
        if (letters.count(letter) > 1)
            repeated << letter + QStringLiteral(": ") +
                            QStringList(letters.values(letter)).join(QStringLiteral(" / "));
    return repeated;
}

} // namespace

// Alt+letter with two matches only moves between them; neither is activated ("&File" and "&Finish").
TEST(AccessibleWording, EveryAltLetterOnTheExportPageAndTheCompareViewIsUnique)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    const QString example = QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json");
    ASSERT_TRUE(window.openFile(example));
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        ApplicationWizard *wizard = window.wizard();
        wizard->restartAtWelcome();
        while (wizard->currentId() != Export) {
            const int before = wizard->currentId();
            wizard->next();
            settle();
            ASSERT_NE(wizard->currentId(), before) << "stuck on page " << before;
        }
        QApplication::processEvents();
        EXPECT_EQ(repeatedMnemonics(&window), QStringList()) << "Export page";
        EXPECT_GE(shownMnemonics(&window).size(), 8);

        ASSERT_TRUE(window.reviewMenu()->compareWith(example));
        ASSERT_EQ(wizard->currentId(), int(Review));
        QApplication::processEvents();
        EXPECT_EQ(repeatedMnemonics(&window), QStringList()) << "compare view";
        EXPECT_GE(shownMnemonics(&window).size(), 5);
        qobject_cast<ReviewPage *>(wizard->page(Review))->clearComparison();
    }
    switchTo(Language::Chinese);
}

// The Documents page offers "Create and print the letter…" beside the menu bar's Language menu: Alt+L
// matched both, and with two matches Qt activates neither.
TEST(AccessibleWording, EveryAltLetterOnTheDocumentsPageIsUnique)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        ApplicationWizard *wizard = window.wizard();
        wizard->restartAtWelcome();
        while (wizard->currentId() != Documents) {
            const int before = wizard->currentId();
            wizard->next();
            settle();
            ASSERT_NE(wizard->currentId(), before) << "stuck on page " << before;
        }
        QApplication::processEvents();
        EXPECT_TRUE(repeatedMnemonics(&window).isEmpty())
            << "Documents page: " << qPrintable(repeatedMnemonics(&window).join(QStringLiteral("; ")));
        EXPECT_GE(shownMnemonics(&window).size(), 6);
    }
    switchTo(Language::Chinese);
}

TEST(AccessibleWording, ReviewAndCommentDialogNamesContainTheVisibleText)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ReviewPage review(FormDefinition::builtin(), window.session());
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        CommentsDialog comments(window.session(), QStringLiteral("applicant.name"), nullptr);
        EXPECT_GE(expectNamesContainVisibleText(&review), 3);
        // Text, Add comment, Reply, Resolve, Close.
        EXPECT_GE(expectNamesContainVisibleText(&comments), 5);
        // The longer wording is not lost: it is the description.
        const QString print =
            language == Language::Chinese ? QStringLiteral("打印为 PDF") : QStringLiteral("Print to PDF");
        int prints = 0;
        for (QAbstractButton *button : review.findChildren<QAbstractButton *>()) {
            if (visibleText(button->text()) != print)
                continue;
            ++prints;
            EXPECT_EQ(accessibleText(button, QAccessible::Description),
                      language == Language::Chinese ? QStringLiteral("把核对页打印为 PDF 文件")
                                                    : QStringLiteral("Print the review to a PDF file"));
        }
        EXPECT_EQ(prints, 1);
    }
    switchTo(Language::Chinese);
}

TEST(AccessibleWording, AFieldsDescriptionIsSentencesNotOneRunOnLine)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        window.wizard()->restartAtWelcome();
        window.wizard()->next();
        ASSERT_EQ(window.wizard()->currentId(), Applicant);
        QApplication::processEvents();
        // Its placeholder has no full stop of its own, and the field is required.
        FieldRow *country = rowOf(window, QStringLiteral("applicant.country"));
        ASSERT_NE(country, nullptr);
        const QString description = accessibleText(country->input()->focusTarget(), QAccessible::Description);
        EXPECT_EQ(description, language == Language::Chinese
                                   ? QStringLiteral("请详细列明国家或地区。 必填。")
                                   : QStringLiteral("Please state the country or region in full. Required."))
            << qPrintable(description);
    }
    switchTo(Language::Chinese);
}

// A field's comments were only on the separate button ("1 条批注"): a screen reader on the field heard
// nothing of them. The field's description says how many there are and what the first one says.
TEST(AccessibleWording, AFieldsDescriptionCarriesItsComments)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    window.wizard()->restartAtWelcome();
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    FieldRow *country = rowOf(window, QStringLiteral("applicant.country"));
    ASSERT_NE(country, nullptr);
    QWidget *input = country->input()->focusTarget();
    window.session()->addComment(QStringLiteral("applicant.country"), QStringLiteral("王审核"),
                                 QStringLiteral("请写全称：中华人民共和国"));
    window.session()->addComment(QStringLiteral("applicant.country"), QStringLiteral("Li"),
                                 QStringLiteral("Second remark"));
    window.session()->addComment(QStringLiteral("applicant.name"), QStringLiteral("Li"),
                                 QStringLiteral("Another field's remark"));
    QApplication::processEvents();
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        const QString description = accessibleText(input, QAccessible::Description);
        EXPECT_EQ(description,
                  language == Language::Chinese
                      ? QStringLiteral("2 条批注：请写全称：中华人民共和国。 请详细列明国家或地区。 "
                                       "必填。")
                      : QStringLiteral("2 comments: 请写全称：中华人民共和国。 Please state the "
                                       "country or region in full. Required."))
            << qPrintable(description);
    }
    switchTo(Language::Chinese);
}

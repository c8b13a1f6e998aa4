// What a screen reader says and what a voice-control user can say (issue 20): an accessible name is the
// visible text, the longer wording is the description, and the parts of a description are sentences
// of their own.
#include "comments/commentsdialog.h"
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

} // namespace

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

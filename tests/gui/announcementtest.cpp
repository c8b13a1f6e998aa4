// How often a screen reader hears a line that is already on a page as the user arrives there (issue 20,
// item 4). Orca speaks an alert on its "showing" signal; Qt sends one each time the line is shown, also
// when its page or the wizard's page area is shown again, and a11y::announce sends one for a line that
// is visible already. a11y::setShowingHook sees each of them (Qt passes accessibility events to an
// update handler only while a platform bridge is active, which it never is offscreen).
#include "accessibility.h"
#include "draftsession.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

// The "showing" signals of alerts, by alert, while it lives.
struct Heard {
    Heard()
    {
        a11y::setShowingHook([this](QWidget *alert) { ++count[alert]; });
    }
    ~Heard() { a11y::setShowingHook({}); }
    QHash<QWidget *, int> count;
};

// Waits out the debounced validation and the timers that follow a page change.
void settleLong()
{
    for (int i = 0; i < 3; ++i) {
        settle();
        QTest::qWait(50);
    }
}

// The UI language a test found, back when it ends (WindowFixture switches to Chinese; later tests of
// this binary read English texts).
struct KeepLanguage {
    Language before = uiLanguage();
    ~KeepLanguage() { setUiLanguage(before); }
};

} // namespace

// Entering a page whose field already shows a problem: the line is heard as the page appears, once.
// The debounced validation that follows used to speak it again, as if it were new.
TEST(Announcements, EnteringAPageThatShowsAProblemSpeaksItOnce)
{
    KeepLanguage language;
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    wizard->restartAtWelcome();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), Applicant);
    // The representative's ID number one digit short: an error shown as soon as the page opens (the
    // field is not empty).
    window.session()->setText(QStringLiteral("representative.idNumber"), QStringLiteral("11010519900307123"));
    settleLong();
    Heard heard;
    wizard->next();
    settleLong();
    ASSERT_EQ(wizard->currentId(), Representative);
    FieldRow *id = rowOf(window, QStringLiteral("representative.idNumber"));
    ASSERT_NE(id, nullptr);
    ASSERT_FALSE(id->problemText().isEmpty());
    QWidget *line = nullptr;
    for (QWidget *w : id->findChildren<QWidget *>())
        if (QAccessible::queryAccessibleInterface(w)->role() == QAccessible::AlertMessage)
            line = w;
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(heard.count.value(line), 1);
    // Leaving the field (Tab) validates again: still nothing new to say.
    heard.count.clear();
    pressKey(Qt::Key_Tab);
    settleLong();
    EXPECT_EQ(heard.count.value(line), 0);
}

// The Export page's status line ("Ready to export…") is heard once as the page opens.
TEST(Announcements, TheExportPagesStatusLineIsSpokenOnceOnEntering)
{
    KeepLanguage language;
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    wizard->restartAtWelcome();
    while (wizard->currentId() < Review) {
        const int before = wizard->currentId();
        wizard->next();
        settle();
        ASSERT_NE(wizard->currentId(), before);
    }
    settleLong();
    Heard heard;
    wizard->next();
    settleLong();
    ASSERT_EQ(wizard->currentId(), int(Export));
    int lines = 0;
    for (QLabel *label : wizard->currentPage()->findChildren<QLabel *>())
        if (label->isVisible() &&
            QAccessible::queryAccessibleInterface(label)->role() == QAccessible::AlertMessage) {
            ++lines;
            EXPECT_EQ(heard.count.value(label), 1) << qPrintable(label->text());
        }
    EXPECT_GE(lines, 1);
    for (auto it = heard.count.cbegin(); it != heard.count.cend(); ++it)
        EXPECT_LE(it.value(), 1) << it.key()->metaObject()->className() << " "
                                 << qPrintable(QAccessible::queryAccessibleInterface(it.key())->text(
                                        QAccessible::Name));
}

// Where the keyboard focus goes as a keyboard-only user moves through the wizard (issue 20): the first
// control a page gives the focus is one on screen, and what is hidden takes neither the focus nor Enter.
#include "documentkindbox.h"
#include "draftsession.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"
#include "wizard/documentspage.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

void goTo(ApplicationWizard *wizard, int page)
{
    wizard->restartAtWelcome();
    while (wizard->currentId() < page) {
        const int before = wizard->currentId();
        wizard->next();
        settle();
        ASSERT_NE(wizard->currentId(), before) << "stuck on page " << before;
    }
    QApplication::processEvents();
}

// The UI language a test found, back when it ends (WindowFixture switches to Chinese; later tests of
// this binary read English texts).
struct KeepLanguage {
    Language before = uiLanguage();
    ~KeepLanguage() { setUiLanguage(before); }
};

} // namespace

// A company needs no copy of a person's ID card: that box is hidden, and it was the first in the focus
// chain. QWizard focused its Add button (0 × 0, nothing on screen showed the focus), which then was the
// default button, and Enter opened a file dialog for a document that does not apply.
TEST(KeyboardFocus, TheDocumentsPageOpensOnItsFirstShownControl)
{
    KeepLanguage language;
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    goTo(wizard, Documents);
    ASSERT_EQ(wizard->currentId(), int(Documents));
    auto *page = qobject_cast<DocumentsPage *>(wizard->currentPage());
    ASSERT_NE(page, nullptr);
    DocumentKindBox *firstShown = nullptr;
    QList<DocumentKindBox *> hidden;
    for (DocumentKindBox *box : page->boxes()) {
        if (box->isHidden())
            hidden << box;
        else if (!firstShown)
            firstShown = box;
    }
    ASSERT_FALSE(hidden.isEmpty()) << "the company example is offered every document";
    ASSERT_NE(firstShown, nullptr);
    EXPECT_TRUE(hidden.first()->kind().isRequiredFor(QStringLiteral("individual")));

    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(focus->isVisible()) << qPrintable(focus->accessibleName());
    EXPECT_TRUE(firstShown->isAncestorOf(focus))
        << focus->metaObject()->className() << " " << qPrintable(focus->accessibleName()) << " in "
        << qPrintable(firstShown->title());
    for (DocumentKindBox *box : std::as_const(hidden))
        for (QPushButton *button : box->findChildren<QPushButton *>()) {
            EXPECT_FALSE(button->isDefault()) << qPrintable(button->accessibleName());
            EXPECT_EQ(button->focusPolicy(), Qt::NoFocus) << qPrintable(button->accessibleName());
        }
    // Tab and Shift+Tab through the page never land on a hidden control.
    for (int i = 0; i < 30; ++i) {
        pressKey(Qt::Key_Tab);
        ASSERT_TRUE(QApplication::focusWidget()->isVisible())
            << qPrintable(QApplication::focusWidget()->accessibleName());
    }

    // Enter on a hidden document's Add button opens nothing.
    bool dialogOpened = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&dialogOpened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogOpened = true;
            modal->close();
        }
    });
    watch.start(20);
    QTest::keyClick(hidden.first()->addButton(), Qt::Key_Return);
    QTest::qWait(100);
    EXPECT_FALSE(dialogOpened);

    // Shown again (the applicant becomes a person), its controls take the focus as before.
    window.session()->setText(Draft::applicantKindPath(), QStringLiteral("individual"));
    settle();
    ASSERT_FALSE(hidden.first()->isHidden());
    EXPECT_NE(hidden.first()->addButton()->focusPolicy(), Qt::NoFocus);
    hidden.first()->addButton()->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(QApplication::focusWidget(), hidden.first()->addButton());
}

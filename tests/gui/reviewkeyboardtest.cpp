// Tab through Review and the compare view, as a keyboard-only user does (issue 20, item 2): from the
// wizard's buttons into the web page at its first link, and out of its last link to Print to PDF…, the
// report and, in the compare view, Back to the review.
#include "comments/reviewmenu.h"
#include "mainwindow.h"
#include "reviewexporthelpers.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QTest>

#include <functional>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

bool waitUntil(const std::function<bool()> &done)
{
    for (int i = 0; i < 200 && !done(); ++i)
        QTest::qWait(50);
    return done();
}

// The widget that takes the keys for the web view (QtWebEngine's focus proxy).
QWidget *keysOf(QWidget *view)
{
    return view->focusProxy() ? view->focusProxy() : view;
}

bool webHasFocus(QWidget *view)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && (focus == view || view->isAncestorOf(focus));
}

// The index of the focused link among the page's links, or -1.
int focusedLink(QWidget *view)
{
    return runJs(view, QStringLiteral("(function(){return Array.prototype.indexOf.call("
                                      "document.querySelectorAll('a[href]'),document.activeElement);})()"))
        .toInt();
}

// Focuses the page's last link, if it has any (the compare view has none), as Tab through the page
// would, and presses Tab.
void tabOutOfThePage(QWidget *view)
{
    keysOf(view)->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(waitUntil([view] {
        return runJs(view, QStringLiteral("(function(){var l=document.querySelectorAll('a[href]');"
                                          "var a=l[l.length-1];if(!a)return true;a.focus();"
                                          "return document.activeElement===a;})()"))
            .toBool();
    }));
    QTest::keyClick(keysOf(view), Qt::Key_Tab);
}

struct ShownWindow {
    ShownWindow()
    {
        window.show();
        QApplication::setActiveWindow(&window);
    }
    MainWindow window{form()};
};

} // namespace

TEST(ReviewKeyboard, TabRunsFromTheButtonsIntoThePageAndOutToItsButtons)
{
    ShownWindow w;
    MainWindow &window = w.window;
    const QString company = example(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(window.openFile(company));
    ApplicationWizard *wizard = window.wizard();
    auto *review = qobject_cast<ReviewPage *>(wizard->page(Review));
    ASSERT_NE(review, nullptr);
    QSignalSpy loaded(review, &ReviewPage::reviewLoaded);
    while (wizard->currentId() < Review) {
        const int before = wizard->currentId();
        wizard->next();
        ASSERT_NE(wizard->currentId(), before);
    }
    ASSERT_TRUE(loaded.wait(30000));
    QWidget *view = review->view();
    ASSERT_NE(view, nullptr);
    auto *print = review->findChild<QPushButton *>(QStringLiteral("printToPdfButton"));
    auto *report = review->findChild<QPushButton *>(QStringLiteral("reviewReportButton"));
    auto *back = review->findChild<QPushButton *>(QStringLiteral("closeCompareButton"));
    ASSERT_TRUE(print && report && back);

    // From the wizard's last button, Tab enters the page at its first link.
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    ASSERT_TRUE(next->isEnabled());
    next->setFocus(Qt::TabFocusReason);
    QTest::keyClick(next, Qt::Key_Tab);
    ASSERT_TRUE(waitUntil([view] { return webHasFocus(view); }));
    EXPECT_TRUE(waitUntil([view] { return focusedLink(view) == 0; })) << focusedLink(view);

    // Out of the last link: Print to PDF…, then the report.
    tabOutOfThePage(view);
    EXPECT_TRUE(waitUntil([print] { return QApplication::focusWidget() == print; }))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    QTest::keyClick(print, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), report);

    // The compare view: the same, and Back to the review after the report.
    loaded.clear();
    ASSERT_TRUE(window.reviewMenu()->compareWith(company));
    ASSERT_EQ(wizard->currentId(), int(Review));
    ASSERT_TRUE(loaded.wait(30000));
    view = review->view();
    ASSERT_TRUE(back->isVisible());
    tabOutOfThePage(view);
    EXPECT_TRUE(waitUntil([print] { return QApplication::focusWidget() == print; }))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
    QTest::keyClick(print, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), report);
    QTest::keyClick(report, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), back);
    review->clearComparison();
}

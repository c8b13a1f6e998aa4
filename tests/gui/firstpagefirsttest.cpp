// nbapply-gui builds only the Welcome page before its window shows (issue 21); the other pages follow
// once Welcome has been painted, or at once when something needs them. What the user reaches from the
// first page works as if every page had been there from the start.
#include "autosaver.h"
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>
#include <memory>

namespace
{

using namespace nbapply;
using namespace nbapply::gui;

// A window as nbapply-gui makes it, over empty settings and no recovery files (as WindowFixture).
struct LazyWindow {
    LazyWindow()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QDir(Autosaver::recoveryFolder()).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        setUiLanguage(Language::Chinese);
        window = std::make_unique<MainWindow>(FormDefinition::builtin(), nullptr,
                                              MainWindow::PageBuilding::FirstPageFirst);
    }
    ~LazyWindow() { window->session()->discardChanges(); }
    std::unique_ptr<MainWindow> window;
};

TEST(FirstPageFirst, OnlyWelcomeIsBuiltBeforeTheWindowShowsAndTheRestFollowsTheFirstPaint)
{
    LazyWindow f;
    ApplicationWizard *wizard = f.window->wizard();
    const int pages = 1 + int(FormDefinition::builtin().sections.size()) + 3; // + Documents, Review, Export
    EXPECT_FALSE(wizard->allPagesBuilt());
    EXPECT_EQ(wizard->page(test::Applicant), nullptr);
    EXPECT_EQ(wizard->pageIds(), QList<int>{Welcome});
    EXPECT_EQ(wizard->stepCount(), pages);

    // Shown (not painted yet): Welcome offers Next, not Finish, and the window says "step 1 of all".
    f.window->show();
    ASSERT_EQ(wizard->currentId(), Welcome);
    EXPECT_FALSE(wizard->allPagesBuilt());
    EXPECT_EQ(wizard->nextId(), test::Applicant);
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isVisible());
    EXPECT_FALSE(wizard->button(QWizard::FinishButton)->isVisible());
    EXPECT_EQ(f.window->stepText(), QStringLiteral("第 1 步，共 %1 步").arg(pages));

    ASSERT_TRUE(QTest::qWaitForWindowExposed(f.window.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->allPagesBuilt(); }, 10000))
        << "the other pages were not built after the first paint";
    EXPECT_EQ(wizard->pageIds().size(), pages);
    EXPECT_EQ(wizard->currentId(), Welcome);
    EXPECT_EQ(f.window->stepText(), QStringLiteral("第 1 步，共 %1 步").arg(pages));

    // The comment buttons of the pages built later are the Review menu's too: named like every row's.
    const QList<FieldRow *> rows = wizard->findChildren<FieldRow *>();
    ASSERT_GT(rows.size(), 20);
    for (FieldRow *row : rows)
        EXPECT_FALSE(row->commentButton()->text().isEmpty()) << qPrintable(row->field().path());
    // And they open the field's comments.
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    rows.constLast()->commentButton()->click();
    EXPECT_TRUE(opened) << "the comment button of a page built later opened nothing";
}

TEST(FirstPageFirst, ADraftOpenedBeforeThePagesExistIsShownOnThemAndNextWalksOn)
{
    LazyWindow f;
    f.window->show();
    // As `nbapply-gui draft.json` does: before the event loop has painted anything.
    ASSERT_TRUE(f.window->openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = f.window->wizard();
    EXPECT_TRUE(wizard->allPagesBuilt());
    ASSERT_EQ(wizard->currentId(), test::Applicant);
    FieldRow *name = test::rowOf(*f.window, QStringLiteral("applicant.name"));
    ASSERT_NE(name, nullptr);
    auto *edit = name->input()->findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->text(), QStringLiteral("北京南山智能科技有限公司"));

    // A jump to a field of a later page (as a Review link does) and Next from there.
    ASSERT_TRUE(wizard->goToField(QStringLiteral("plan.duration")));
    EXPECT_EQ(wizard->currentId(), test::Plan);
    wizard->next();
    EXPECT_EQ(wizard->currentId(), Documents);
}

TEST(FirstPageFirst, NextOnWelcomeBuildsThePageItGoesTo)
{
    LazyWindow f;
    f.window->show();
    ApplicationWizard *wizard = f.window->wizard();
    ASSERT_FALSE(wizard->allPagesBuilt());
    wizard->next();
    EXPECT_EQ(wizard->currentId(), test::Applicant);
    ASSERT_NE(wizard->sectionPage(test::Applicant), nullptr);
    EXPECT_EQ(f.window->stepText(), QStringLiteral("第 2 步，共 %1 步").arg(wizard->stepCount()));
}

// A recovery kept on a page that is not built yet (Documents, Review, Export) reopens on that page,
// not on the first step: the page is looked up among the planned pages, then built.
TEST(FirstPageFirst, ARecoveryKeptOnALaterPageReopensThereBeforeThatPageIsBuilt)
{
    {
        DraftSession killed(FormDefinition::builtin());
        Autosaver saver(&killed);
        BilingualText error;
        ASSERT_TRUE(killed.open(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json"), &error));
        killed.setText(QStringLiteral("plan.usage"), QStringLiteral("客服问答"));
        saver.setCurrentPage(QStringLiteral("documents"));
        saver.flush();
    }
    MainWindow window(FormDefinition::builtin(), nullptr, MainWindow::PageBuilding::FirstPageFirst);
    window.show();
    ASSERT_FALSE(window.wizard()->allPagesBuilt());
    ASSERT_TRUE(window.recover());
    EXPECT_EQ(window.wizard()->currentId(), Documents);
    window.session()->discardChanges();
    QDir(Autosaver::recoveryFolder()).removeRecursively();
}

} // namespace

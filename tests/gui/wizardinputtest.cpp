// What went wrong when the wizard was tried with a mouse wheel and a keyboard: a wheel that changed a
// combo box it passed over, Alt+M that ticked a model, a stray arrow key that switched the applicant
// kind and lost the identifier type, and "required" errors before anything was typed.
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcutEvent>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

const QString kCompany = QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json");

// A wheel turned by the user over `widget`: spontaneous, as the window system delivers it (Qt passes
// only those on to the parents when the widget ignores them).
void wheelOver(QWidget *widget, int steps)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(widget, &wheel);
}

QLabel *labelOf(FieldRow *row)
{
    for (QLabel *label : row->findChildren<QLabel *>())
        if (label->buddy())
            return label;
    return nullptr;
}

// Alt+letter, as the user presses it.
void pressMnemonic(QLabel *label)
{
    const int at = label->text().indexOf(QLatin1Char('&'));
    ASSERT_GE(at, 0) << qPrintable(label->text());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(label->text().at(at + 1).toUpper().unicode()),
                    Qt::AltModifier);
    // QLabel clicks a button buddy with animateClick(), which releases it 100 ms later.
    QTest::qWait(250);
}

} // namespace

TEST(WizardInput, TheWheelDoesNotChangeAComboBoxWithoutFocusAndScrollsThePage)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    const QString path = QStringLiteral("applicant.enterpriseType");
    FieldRow *row = rowOf(window, path);
    auto *combo = qobject_cast<QComboBox *>(row->input()->focusTarget());
    ASSERT_NE(combo, nullptr);
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.name"), QString()));
    ASSERT_NE(QApplication::focusWidget(), combo);
    const QString before = window.session()->draft().text(path);
    auto *scroll = qobject_cast<QScrollArea *>(combo->parentWidget());
    for (QWidget *w = combo; w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    ASSERT_NE(scroll, nullptr);
    window.resize(window.width(), 420); // a page that scrolls
    QApplication::processEvents();
    const int scrolled = scroll->verticalScrollBar()->value();

    wheelOver(combo, 2);
    EXPECT_EQ(window.session()->draft().text(path), before);
    EXPECT_EQ(combo->currentText(), before);
    EXPECT_NE(QApplication::focusWidget(), combo);
    EXPECT_FALSE(window.session()->isDirty());
    // The wheel went to the page instead.
    EXPECT_GT(scroll->verticalScrollBar()->value(), scrolled);

    // Focused by the user, the wheel works on it as usual.
    ASSERT_TRUE(tabTo(combo));
    wheelOver(combo, 1);
    EXPECT_NE(window.session()->draft().text(path), before);
}

TEST(WizardInput, AMnemonicFocusesAModelWithoutTickingItAndScrollsItIntoView)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    ApplicationWizard *wizard = window.wizard();
    pressEnterForNext();
    pressEnterForNext();
    ASSERT_EQ(wizard->currentId(), Plan);
    window.resize(window.width(), 420);
    QApplication::processEvents();
    const QString path = QStringLiteral("plan.models");
    const QStringList models = window.session()->draft().list(path);
    FieldRow *row = rowOf(window, path);
    auto *first = qobject_cast<QCheckBox *>(row->input()->focusTarget());
    ASSERT_NE(first, nullptr);
    // Scroll the page to its end, so the models are out of view, and focus the last field.
    ASSERT_TRUE(typeInto(window, QStringLiteral("plan.derivativeTraining"), QString()));
    QScrollArea *scroll = nullptr;
    for (QWidget *w = first; w && !scroll; w = w->parentWidget())
        scroll = qobject_cast<QScrollArea *>(w);
    ASSERT_NE(scroll, nullptr);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QApplication::processEvents();
    ASSERT_GT(scroll->verticalScrollBar()->value(), 0) << "the page does not scroll at this size";

    QLabel *label = labelOf(row);
    ASSERT_NE(label, nullptr);
    for (int i = 0; i < 2; ++i) {
        pressMnemonic(label);
        EXPECT_EQ(QApplication::focusWidget(), first);
        EXPECT_EQ(window.session()->draft().list(path), models) << "Alt+letter ticked or unticked a model";
    }
    // In view: the focused box lies within the scroll area's viewport.
    const QRect shown = scroll->viewport()->rect();
    const QRect box(first->mapTo(scroll->viewport(), QPoint(0, 0)), first->size());
    EXPECT_TRUE(shown.contains(box)) << "box at " << box.y() << ", viewport height " << shown.height();
}

TEST(WizardInput, AStrayArrowOnTheApplicantKindIsUndoneByTheNextOneWithNothingLost)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    const Draft opened = window.session()->draft();
    const QString kind = QStringLiteral("applicant.kind");
    FieldRow *row = rowOf(window, kind);
    ASSERT_TRUE(tabTo(row->input()->focusTarget()));
    // One stray arrow: a natural person now, and the page says so.
    pressKey(Qt::Key_Right);
    settle();
    EXPECT_EQ(window.session()->draft().applicantKind(), QStringLiteral("individual"));
    EXPECT_TRUE(row->note().contains(QStringLiteral("自然人"))) << qPrintable(row->note());
    EXPECT_TRUE(row->note().contains(QStringLiteral("法人或其他组织"))) << qPrintable(row->note());
    // A person's identifier types; a credit code type is not one of them.
    EXPECT_TRUE(window.session()->draft().text(QStringLiteral("applicant.idType")).isEmpty());
    // The organisation's own fields are kept (hidden, unchanged).
    EXPECT_EQ(window.session()->draft().text(QStringLiteral("applicant.enterpriseType")),
              opened.text(QStringLiteral("applicant.enterpriseType")));

    // Back with the other arrow: everything as it was, 证件类型 included.
    pressKey(Qt::Key_Left);
    settle();
    EXPECT_EQ(window.session()->draft().applicantKind(), QStringLiteral("organization"));
    for (const QString &path :
         {QStringLiteral("applicant.idType"), QStringLiteral("applicant.idNumber"),
          QStringLiteral("applicant.enterpriseType"), QStringLiteral("applicant.employees")})
        EXPECT_EQ(window.session()->draft().text(path).toStdString(), opened.text(path).toStdString());
    FieldRow *idType = rowOf(window, QStringLiteral("applicant.idType"));
    auto *chosen = qobject_cast<QRadioButton *>(idType->input()->focusTarget());
    ASSERT_NE(chosen, nullptr);
    EXPECT_TRUE(chosen->isChecked());
    EXPECT_EQ(chosen->property("choiceValue").toString(), QStringLiteral("uscc"));
    EXPECT_TRUE(window.wizard()->button(QWizard::NextButton)->isEnabled());
}

TEST(WizardInput, EachApplicantKindKeepsItsOwnIdentifier)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    const QString idNumber = QStringLiteral("applicant.idNumber");
    const QString creditCode = window.session()->draft().text(idNumber);
    ASSERT_EQ(creditCode.size(), 18);
    FieldRow *kind = rowOf(window, QStringLiteral("applicant.kind"));
    ASSERT_TRUE(tabTo(kind->input()->focusTarget()));
    pressKey(Qt::Key_Right); // 法人 → 自然人
    settle();
    ASSERT_EQ(window.session()->draft().applicantKind(), QStringLiteral("individual"));
    // The credit code is not carried into the person's ID field, where it would be an error.
    EXPECT_TRUE(window.session()->draft().text(idNumber).isEmpty());
    FieldRow *id = rowOf(window, idNumber);
    ASSERT_NE(id, nullptr);
    EXPECT_FALSE(shownProblems(id).contains(QStringLiteral("错误"))) << qPrintable(shownProblems(id));
    window.session()->setText(QStringLiteral("applicant.idType"), QStringLiteral("resident-id"));
    window.session()->setText(idNumber, QStringLiteral("11010519491231002X"));
    settle();

    // Back to the organisation: its credit code again; and the person's number when switching back.
    ASSERT_TRUE(tabTo(kind->input()->focusTarget()));
    pressKey(Qt::Key_Left);
    settle();
    EXPECT_EQ(window.session()->draft().text(idNumber), creditCode);
    ASSERT_TRUE(tabTo(kind->input()->focusTarget()));
    pressKey(Qt::Key_Right);
    settle();
    EXPECT_EQ(window.session()->draft().text(idNumber), QStringLiteral("11010519491231002X"));
    EXPECT_EQ(window.session()->draft().text(QStringLiteral("applicant.idType")),
              QStringLiteral("resident-id"));
}

TEST(WizardInput, RequiredShowsOnlyOnceTheUserLeftTheFieldOrPressedNext)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    SectionPage *page = window.wizard()->sectionPage(Applicant);
    FieldRow *name = rowOf(window, QStringLiteral("applicant.name"));
    FieldRow *address = rowOf(window, QStringLiteral("applicant.address"));
    settle();
    // Nothing typed: no field shows an error, but the line under the page says why Next is disabled.
    EXPECT_FALSE(shownProblems(name).contains(QStringLiteral("错误")));
    EXPECT_FALSE(page->blockingReason().isEmpty());

    // Type and erase, still in the field: not an error yet.
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.name"), QStringLiteral("南")));
    pressKey(Qt::Key_Backspace);
    settle();
    EXPECT_FALSE(shownProblems(name).contains(QStringLiteral("错误"))) << qPrintable(shownProblems(name));
    // Leaving it empty: now it is.
    pressKey(Qt::Key_Tab);
    settle();
    EXPECT_TRUE(shownProblems(name).contains(QStringLiteral("错误"))) << qPrintable(shownProblems(name));
    // A field never visited stays quiet until Next is pressed.
    EXPECT_FALSE(shownProblems(address).contains(QStringLiteral("错误")));
    EXPECT_FALSE(page->validatePage());
    EXPECT_TRUE(shownProblems(address).contains(QStringLiteral("错误")))
        << qPrintable(shownProblems(address));
}

TEST(WizardInput, TheNormalisedPhoneUnderTheFieldReadsAsReviewAndThePdfShowIt)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Representative);
    const QString path = QStringLiteral("representative.phone");
    FieldRow *row = rowOf(window, path);
    ASSERT_TRUE(tabTo(row->input()->focusTarget()));
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("0755 8888 1234"));
    settle();
    // Stored in E.164, but shown grouped, as Review and the PDF print it.
    ASSERT_EQ(window.session()->draft().text(path), QStringLiteral("0755 8888 1234"));
    const QString shown = shownProblems(row);
    EXPECT_TRUE(shown.contains(QStringLiteral("+86 755 8888 1234"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("+8675588881234"))) << qPrintable(shown);
}

// Reached with the keyboard, the Plan and Documents pages open at their top: the first label (the
// models' label, the first document's box) is not scrolled out of sight.
TEST(WizardInput, PlanAndDocumentsOpenScrolledToTheTop)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    // Small enough that both pages scroll.
    window.resize(window.width(), 480);
    QApplication::processEvents();
    ApplicationWizard *wizard = window.wizard();
    pressEnterForNext();
    pressEnterForNext();
    ASSERT_EQ(wizard->currentId(), Plan);
    QTest::qWait(50);
    auto *scroll = wizard->currentPage()->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0) << "the page must scroll for this test";
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
    QLabel *models = labelOf(rowOf(window, QStringLiteral("plan.models")));
    ASSERT_NE(models, nullptr);
    EXPECT_FALSE(models->visibleRegion().isEmpty());

    ASSERT_TRUE(tabTo(wizard->button(QWizard::NextButton)));
    pressKey(Qt::Key_Space);
    ASSERT_EQ(wizard->currentId(), Documents);
    QTest::qWait(50);
    scroll = wizard->currentPage()->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0) << "the page must scroll for this test";
    EXPECT_EQ(scroll->verticalScrollBar()->value(), 0);
}

// A new, blank applicant page shows no error anywhere, not even on the line that says why Next is not
// available yet: that line informs until the user has left a field empty or pressed Next.
TEST(WizardInput, TheBlankApplicantPageShowsNoErrorBeforeAnythingIsTyped)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    SectionPage *page = window.wizard()->sectionPage(Applicant);
    settle();
    const QAbstractButton *next = window.wizard()->button(QWizard::NextButton);
    EXPECT_FALSE(next->isEnabled());
    EXPECT_FALSE(page->blockingReason().isEmpty()) << "the line still says what Next waits for";
    QStringList shown;
    for (const QLabel *label : page->findChildren<QLabel *>())
        if (label->isVisible())
            shown << label->text();
    EXPECT_FALSE(shown.join(QLatin1Char('\n')).contains(QStringLiteral("错误")))
        << qPrintable(shown.join(QLatin1Char('\n')));

    // Pressing Next turns it into the error it now is.
    EXPECT_FALSE(page->validatePage());
    EXPECT_TRUE(page->blockingReason().contains(QStringLiteral("错误")))
        << qPrintable(page->blockingReason());
}

// What a screen reader and a keyboard-only user get, read offscreen through the widgets' accessible
// interfaces (the same objects Qt's AT-SPI bridge exposes on Linux): names, roles, descriptions, the
// announcement of a problem, Enter on a blocked page, Alt slips, contrast, and the Export page at 200 %.
#include "accessibility.h"

#include "draftsession.h"
#include "export/exportpage.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTest>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

// Counts what a screen reader hears of the alerts inside `scope`: their "showing" signals, Qt's own as
// a line is shown and a11y::announce's for a line already visible (a11y::setShowingHook). Qt hands
// accessibility events to an update handler only while a platform bridge is active, which it never is
// offscreen, so they are counted through the hook, and name/description changes through the inputs'
// own change counters below.
class AnnouncementCounter
{
  public:
    explicit AnnouncementCounter(QWidget *scope) : m_scope(scope)
    {
        a11y::setShowingHook([this](QWidget *alert) {
            if (m_scope->isAncestorOf(alert))
                m_alerts << alert;
        });
    }
    ~AnnouncementCounter() { a11y::setShowingHook({}); }
    qsizetype count() const { return m_alerts.size(); }
    void reset() { m_alerts.clear(); }

  private:
    QWidget *m_scope;
    QList<QWidget *> m_alerts;
};

QAccessibleInterface *ifaceOf(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object);
}

void switchTo(Language language)
{
    setUiLanguage(language);
    QApplication::processEvents();
    QApplication::processEvents();
    settle();
}

void goToApplicant(MainWindow &window)
{
    window.wizard()->restartAtWelcome();
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    QApplication::processEvents();
}

FieldRow *row(MainWindow &window, const char *path)
{
    return rowOf(window, QString::fromLatin1(path));
}

// Visible text without the mnemonic ("&Open PDF", "打开 PDF(&O)") — what voice control users say.
QString visibleText(const QString &text)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("\\(&[A-Za-z]\\)")));
    t.remove(QLatin1Char('&'));
    // "Choose…" is said "Choose".
    if (t.endsWith(QStringLiteral("…")))
        t.chop(1);
    return t.trimmed();
}

// Every focusable, shown, enabled control of `root`: its accessible name is not empty.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) || !w->isEnabled() || w->isWindow())
            continue;
        if (w->focusProxy())
            continue; // its proxy is the control
        QAccessibleInterface *iface = ifaceOf(w);
        if (!iface)
            continue;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                   w->objectName());
    }
    return unnamed;
}

// The row's problem line: the one alert among its widgets.
QWidget *alertLineOf(FieldRow *row)
{
    for (QWidget *w : row->findChildren<QWidget *>())
        if (ifaceOf(w)->role() == QAccessible::AlertMessage)
            return w;
    return nullptr;
}

} // namespace

TEST(Accessibility, EveryFocusableControlOfEveryPageHasANameInBothLanguages)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        wizard->restartAtWelcome();
        for (int page : {int(Welcome), Applicant, Representative, Plan, int(Documents)}) {
            while (wizard->currentId() < page) {
                const int before = wizard->currentId();
                wizard->next();
                ASSERT_NE(wizard->currentId(), before);
            }
            QApplication::processEvents();
            EXPECT_EQ(unnamedControls(wizard->currentPage()), QStringList()) << "page " << page;
            // The page is named by its title, and the title is a heading.
            QWizardPage *current = wizard->currentPage();
            EXPECT_EQ(ifaceOf(current)->text(QAccessible::Name), current->title());
            if (!current->title().isEmpty()) {
                bool heading = false;
                for (QWidget *w : wizard->findChildren<QWidget *>())
                    if (QAccessibleInterface *i = ifaceOf(w); i && i->role() == QAccessible::Heading &&
                                                              i->text(QAccessible::Name) == current->title())
                        heading = true;
                EXPECT_TRUE(heading) << qPrintable(current->title());
            }
        }
    }
    switchTo(Language::Chinese);
}

TEST(Accessibility, DropDownsAreNamedByTheirLabelAndKeepTheirValueAsValue)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        window.wizard()->restartAtWelcome();
        window.wizard()->next();
        ASSERT_EQ(window.wizard()->currentId(), Applicant);
        for (const char *path : {"applicant.enterpriseType", "applicant.industry", "applicant.country"}) {
            FieldRow *r = row(window, path);
            ASSERT_NE(r, nullptr) << path;
            auto *combo = qobject_cast<QComboBox *>(r->input()->focusTarget());
            ASSERT_NE(combo, nullptr) << path;
            ASSERT_FALSE(combo->currentText().isEmpty()) << path;
            QAccessibleInterface *iface = ifaceOf(combo);
            EXPECT_EQ(iface->role(), QAccessible::ComboBox);
            EXPECT_EQ(iface->text(QAccessible::Name), inUi(r->field().label)) << path;
            EXPECT_EQ(iface->text(QAccessible::Value), combo->currentText()) << path;
            EXPECT_TRUE(iface->state().editable);
            // Its parts: the list and the text field, named too.
            ASSERT_EQ(iface->childCount(), 2);
            EXPECT_FALSE(iface->child(0)->text(QAccessible::Name).isEmpty());
            EXPECT_EQ(iface->child(1)->text(QAccessible::Name), inUi(r->field().label));
            EXPECT_TRUE(iface->actionInterface()->actionNames().contains(
                QAccessibleActionInterface::showMenuAction()));
        }
    }
    switchTo(Language::Chinese);
}

TEST(Accessibility, AProblemIsOnTheFieldAndAnnouncedOnceNotOnEveryKeystroke)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        window.session()->discardChanges(); // the edits of the first round: no "save?" question
        ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
        goToApplicant(window);
        FieldRow *code = row(window, "applicant.idNumber");
        ASSERT_NE(code, nullptr);
        QWidget *edit = code->input()->focusTarget();
        settle();
        ASSERT_TRUE(code->problemText().isEmpty());
        const QString before = ifaceOf(edit)->text(QAccessible::Description);
        AnnouncementCounter announced(code);
        // One character too many: the credit code is wrong now.
        ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.idNumber"), QStringLiteral("1")));
        settle();
        const QString problem = code->problemText();
        ASSERT_FALSE(problem.isEmpty())
            << qPrintable(shownProblems(code)) << " / "
            << qPrintable(window.session()->draft().text(QStringLiteral("applicant.idNumber")));
        // The field carries its problem: its description starts with it.
        const QString description = ifaceOf(edit)->text(QAccessible::Description);
        EXPECT_TRUE(description.startsWith(problem)) << qPrintable(description);
        EXPECT_NE(description, before);
        EXPECT_TRUE(description.startsWith(language == Language::Chinese ? QStringLiteral("错误")
                                                                         : QStringLiteral("Error:")))
            << qPrintable(description);
        // Spoken once, by an alert.
        EXPECT_EQ(announced.count(), 1);
        bool alertShown = false;
        for (QWidget *w : code->findChildren<QWidget *>())
            if (ifaceOf(w)->role() == QAccessible::AlertMessage && w->isVisible())
                alertShown = ifaceOf(w)->text(QAccessible::Name) == problem;
        EXPECT_TRUE(alertShown);
        // More keystrokes with the same problem: nothing spoken again.
        announced.reset();
        pressKey(Qt::Key_Backspace);
        typeText(QStringLiteral("2"));
        settle();
        // (The message quotes the value, so its text changed; the problem did not.)
        const QString still = code->problemText();
        ASSERT_FALSE(still.isEmpty());
        EXPECT_NE(still, problem);
        EXPECT_EQ(announced.count(), 0);
        EXPECT_TRUE(ifaceOf(edit)->text(QAccessible::Description).startsWith(still));
        // Fixed, then wrong again: a new appearance, spoken again.
        pressKey(Qt::Key_Backspace);
        settle();
        ASSERT_TRUE(code->problemText().isEmpty());
        typeText(QStringLiteral("3"));
        settle();
        EXPECT_EQ(announced.count(), 1);
    }
    switchTo(Language::Chinese);
}

TEST(Accessibility, EnterOnABlockedPageTakesTheFocusToTheFirstProblem)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    goToApplicant(window);
    ASSERT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());
    // Somewhere down the page, past the first problem.
    FieldRow *address = row(window, "applicant.address");
    ASSERT_NE(address, nullptr);
    address->focusInput();
    ASSERT_TRUE(address->isAncestorOf(QApplication::focusWidget()));
    pressKey(Qt::Key_Return);
    QApplication::processEvents();
    EXPECT_EQ(window.wizard()->currentId(), Applicant);
    // The focus is in the first row with a problem, and that row shows it.
    FieldRow *first = nullptr;
    for (FieldRow *r : window.wizard()->currentPage()->findChildren<FieldRow *>())
        if (r->isVisibleTo(window.wizard()->currentPage()) && !r->problemText().isEmpty()) {
            first = r;
            break;
        }
    ASSERT_NE(first, nullptr);
    EXPECT_NE(first, address);
    EXPECT_TRUE(first->isAncestorOf(QApplication::focusWidget()))
        << qPrintable(QApplication::focusWidget()->accessibleName());
}

// A screen reader speaks an alert on its "showing" signal, which Qt sends each time the line is shown.
// Announcing a visible line used to hide and show it again: read through AT-SPI, a new problem was
// spoken three times. Now a line is shown once when it appears, and an announcement never hides it.
TEST(Accessibility, AnnouncingAProblemNeverHidesAndShowsItsLineAgain)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    goToApplicant(window);
    FieldRow *code = row(window, "applicant.idNumber");
    ASSERT_NE(code, nullptr);
    settle();
    QWidget *line = alertLineOf(code);
    ASSERT_NE(line, nullptr);
    // Hides of the line itself (QWizard also hides and shows its whole page area when Next is enabled
    // or disabled: those leave the line's own hidden flag alone).
    struct OwnHides : QObject {
        int count = 0;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Hide && static_cast<QWidget *>(watched)->isHidden())
                ++count;
            return false;
        }
    } hides;
    line->installEventFilter(&hides);
    AnnouncementCounter announced(code);
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.idNumber"), QStringLiteral("1")));
    settle();
    ASSERT_TRUE(line->isVisible());
    EXPECT_EQ(announced.count(), 1);
    // Spoken again on demand (Enter on the blocked page with the focus already there).
    code->announceProblems();
    EXPECT_EQ(announced.count(), 2);
    EXPECT_TRUE(line->isVisible());
    EXPECT_EQ(hides.count, 0);
    line->removeEventFilter(&hides);
}

// QWizard hides and shows its page area whenever Next is enabled or disabled, and every visible alert
// in it is heard again. A problem that disables Next is shown after that, and one that goes away is
// hidden before it: the line is shown once when it appears, never while it goes.
TEST(Accessibility, AProblemThatTogglesNextIsShownOnce)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    goToApplicant(window);
    FieldRow *code = row(window, "applicant.idNumber");
    ASSERT_NE(code, nullptr);
    settle();
    QAbstractButton *next = window.wizard()->button(QWizard::NextButton);
    ASSERT_TRUE(next->isEnabled());
    QWidget *line = alertLineOf(code);
    ASSERT_NE(line, nullptr);
    struct Shows : QObject {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::Show ? 1 : 0;
            return false;
        }
    } shows;
    line->installEventFilter(&shows);
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.idNumber"), QStringLiteral("1")));
    settle();
    ASSERT_FALSE(next->isEnabled());
    ASSERT_TRUE(line->isVisible());
    EXPECT_EQ(shows.count, 1);
    shows.count = 0;
    pressKey(Qt::Key_Backspace);
    settle();
    ASSERT_TRUE(next->isEnabled());
    EXPECT_FALSE(line->isVisible());
    EXPECT_EQ(shows.count, 0);
    line->removeEventFilter(&shows);
}

TEST(Accessibility, AnAltLetterThatMatchesNoShortcutNeverReplacesAField)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    goToApplicant(window);
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.idNumber"), QStringLiteral("91350100M000100Y43")));
    auto *code = qobject_cast<QLineEdit *>(row(window, "applicant.idNumber")->input()->focusTarget());
    ASSERT_NE(code, nullptr);
    // Focus by a mnemonic selects the whole field; then a slip: Alt+V (no such shortcut), and Alt+N
    // while Next is disabled.
    code->setFocus(Qt::ShortcutFocusReason);
    code->selectAll();
    for (const auto &[key, text] :
         {std::pair{Qt::Key_V, QStringLiteral("v")}, std::pair{Qt::Key_N, QStringLiteral("n")}})
        QTest::sendKeyEvent(QTest::Click, code, key, text, Qt::AltModifier);
    settle();
    EXPECT_EQ(code->text(), QStringLiteral("91350100M000100Y43"));
    EXPECT_EQ(window.session()->draft().text(QStringLiteral("applicant.idNumber")),
              QStringLiteral("91350100M000100Y43"));
    // Typing on purpose still replaces the selection.
    code->selectAll();
    typeText(QStringLiteral("x"));
    EXPECT_EQ(code->text(), QStringLiteral("x"));
}

TEST(Accessibility, ChoiceGroupsAreNamedGroupsOfNamedOptions)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        goToApplicant(window);
        for (const char *path : {"applicant.kind", "applicant.employees"}) {
            FieldRow *r = row(window, path);
            ASSERT_NE(r, nullptr);
            QAccessibleInterface *group = ifaceOf(r->input());
            EXPECT_EQ(group->role(), QAccessible::Grouping) << path;
            EXPECT_EQ(group->text(QAccessible::Name), inUi(r->field().label));
            for (QWidget *option : r->input()->tabOrder()) {
                QAccessibleInterface *button = ifaceOf(option);
                EXPECT_EQ(button->parent()->object(), r->input());
                EXPECT_EQ(button->text(QAccessible::Name), static_cast<QAbstractButton *>(option)->text());
            }
        }
        window.wizard()->restartAtWelcome();
    }
    switchTo(Language::Chinese);
}

TEST(Accessibility, ButtonNamesContainTheirVisibleText)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ExportPage exportPage(FormDefinition::builtin(), window.session(), nullptr);
    for (const Language language : {Language::Chinese, Language::English}) {
        switchTo(language);
        QList<QWidget *> roots{window.wizard()->page(Applicant), window.wizard()->page(Documents),
                               &exportPage};
        int checked = 0;
        for (QWidget *root : roots)
            for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
                const QString text = visibleText(button->text());
                if (text.isEmpty())
                    continue;
                ++checked;
                // Qt leaves a Chinese label's mnemonic as "(U)" in the name: that is not a mismatch.
                QString name = ifaceOf(button)->text(QAccessible::Name);
                name.remove(QRegularExpression(QStringLiteral("\\([A-Z]\\)")));
                EXPECT_TRUE(name.contains(text))
                    << qPrintable(text) << " / " << qPrintable(ifaceOf(button)->text(QAccessible::Name));
            }
        EXPECT_GT(checked, 20);
    }
    switchTo(Language::Chinese);
}

TEST(Accessibility, StartsOnStartANewApplication)
{
    WindowFixture f;
    QApplication::processEvents();
    QApplication::processEvents();
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    auto *button = qobject_cast<QAbstractButton *>(focus);
    ASSERT_NE(button, nullptr) << focus->metaObject()->className();
    EXPECT_TRUE(button->text().contains(QStringLiteral("新申请"))) << qPrintable(button->text());
}

// A page change is spoken once, with where the page is and its title, through the window's step line
// (an alert named by the whole sentence); a jump across pages is one change, a language change none.
TEST(Accessibility, APageChangeIsAnnouncedOnceWithItsStepAndTitle)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    wizard->restartAtWelcome();
    QApplication::processEvents();
    QStringList spoken;
    struct HookReset {
        ~HookReset() { a11y::setAnnouncementHook({}); }
    } resetHook;
    a11y::setAnnouncementHook([&spoken](QWidget *w) {
        spoken << (w->window()->inherits("nbapply::gui::MainWindow") ? ifaceOf(w)->text(QAccessible::Name)
                                                                     : QStringLiteral("(other)"));
    });
    wizard->next();
    QApplication::processEvents();
    ASSERT_EQ(wizard->currentId(), Applicant);
    EXPECT_EQ(spoken, QStringList{QStringLiteral("第 2 步，共 7 步：一、申请人基本信息")});
    // From a Review link to a field two pages on: one announcement, of the page landed on.
    ASSERT_TRUE(wizard->goToField(QStringLiteral("plan.duration")));
    QApplication::processEvents();
    EXPECT_EQ(spoken, QStringList({QStringLiteral("第 2 步，共 7 步：一、申请人基本信息"),
                                   QStringLiteral("第 4 步，共 7 步：三、申请人商业使用计划")}));
    switchTo(Language::English);
    EXPECT_EQ(spoken.size(), 2);
    QWidget *line = nullptr;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->text() == window.stepText())
            line = label;
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(ifaceOf(line)->role(), QAccessible::AlertMessage);
    EXPECT_EQ(ifaceOf(line)->text(QAccessible::Name), QStringLiteral("Step 4 of 7: 3. Commercial use plan"));
    wizard->back();
    QApplication::processEvents();
    EXPECT_EQ(spoken.value(2), QStringLiteral("Step 3 of 7: 2. Authorised representative of the applicant"));
    EXPECT_EQ(spoken.size(), 3);
    switchTo(Language::Chinese);
}

TEST(Accessibility, HelpPlaceholderAndFocusRingContrast)
{
    const QPalette savedPalette = QApplication::palette();
    const QString savedStyle = QApplication::style()->name();
    a11y::applyAccessibleLook();
    const QPalette palette = QApplication::palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base})
            EXPECT_GE(a11y::contrastRatio(palette.color(group, QPalette::PlaceholderText),
                                          palette.color(group, background)),
                      4.5);
    const QColor ring = a11y::focusRingColor(palette);
    for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base, QPalette::Button})
        EXPECT_GE(a11y::contrastRatio(ring, palette.color(QPalette::Active, background)), 3.0);

    // The ring is drawn on a check box focused by the mouse or a program, before any Tab.
    QWidget window;
    auto *box = new QCheckBox(QStringLiteral("Nanbeige 16B chat model"), &window);
    auto *other = new QCheckBox(QStringLiteral("other"), &window);
    other->move(0, 40);
    window.resize(320, 80);
    window.show();
    QApplication::setActiveWindow(&window);
    box->setFocus(Qt::MouseFocusReason);
    ASSERT_TRUE(box->hasFocus());
    ASSERT_FALSE(window.testAttribute(Qt::WA_KeyboardFocusChange));
    const QImage focused = box->grab().toImage();
    int ringPixels = 0;
    for (int y = 0; y < focused.height(); ++y)
        for (int x = 0; x < focused.width(); ++x)
            ringPixels += focused.pixelColor(x, y) == ring ? 1 : 0;
    EXPECT_GT(ringPixels, 40);
    // A default button that has not the focus looks like any other button.
    auto *plain = new QPushButton(QStringLiteral("Next"), &window);
    auto *byDefault = new QPushButton(QStringLiteral("Next"), &window);
    plain->move(0, 0);
    byDefault->move(0, 0);
    byDefault->setDefault(true);
    plain->resize(100, 30);
    byDefault->resize(100, 30);
    other->setFocus();
    EXPECT_EQ(plain->grab().toImage(), byDefault->grab().toImage());

    QApplication::setStyle(savedStyle);
    QApplication::setPalette(savedPalette);
}

TEST(Accessibility, ExportPageScrollsInsteadOfClipping)
{
    WindowFixture f;
    ExportPage page(FormDefinition::builtin(), f.window->session(), nullptr);
    page.resize(240, 40);
    page.show();
    QApplication::processEvents();
    auto *scroll = page.findChild<QScrollArea *>(QStringLiteral("exportScroll"));
    ASSERT_NE(scroll, nullptr);
    EXPECT_TRUE(scroll->widgetResizable());
    // Too small for its content: it scrolls, and every control can be scrolled into view.
    EXPECT_GT(scroll->verticalScrollBar()->maximum(), 0);
    for (QPushButton *button : page.findChildren<QPushButton *>())
        if (button->isVisibleTo(&page)) {
            scroll->ensureWidgetVisible(button);
            const QRect inViewport(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
            EXPECT_TRUE(scroll->viewport()->rect().intersects(inViewport)) << qPrintable(button->text());
        }
}

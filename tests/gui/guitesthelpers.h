#pragma once

#include "form/formdefinition.h"
#include "wizard/pageids.h"

#include <QString>
#include <QTemporaryDir>

class QWidget;

namespace nbapply::gui
{
class FieldRow;
class MainWindow;
class SectionPage;
} // namespace nbapply::gui

// Keyboard driving for the wizard tests: what a user does, key by key.
namespace nbapply::test
{

// The wizard makes a page per section of the form, in its order: the built-in form's three.
// (WizardForm.EveryFormSectionIsAPage checks these against the form.)
constexpr int Applicant = gui::FirstSection;
constexpr int Representative = gui::FirstSection + 1;
constexpr int Plan = gui::FirstSection + 2;

// Types `text` into the focused widget one character at a time (QTest::keyClicks asserts on CJK).
void typeText(const QString &text);
// Presses Tab (Shift+Tab when `backwards`) until `target` has the focus; false after 80 presses.
bool tabTo(QWidget *target, bool backwards = false);
void pressKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// The row of `path` on the wizard's current page, or nullptr.
gui::FieldRow *rowOf(gui::MainWindow &window, const QString &path);
// Tabs to the field's editor and types `text` into it.
bool typeInto(gui::MainWindow &window, const QString &path, const QString &text);
// Tabs to the check box of `choiceValue`, or to the radio group and arrows to the option, then Space.
bool choose(gui::MainWindow &window, const QString &path, const QString &choiceValue);
// Every visible text of the row's labels: its problems as the user sees them (label and help too).
QString shownProblems(gui::FieldRow *row);
// Waits out the debounced validation.
void settle();
// Presses Enter (the wizard's default button: Next) and settles.
void pressEnterForNext();
// A shown, active main window over a fresh isolated data folder.
struct WindowFixture {
    WindowFixture();
    ~WindowFixture();
    gui::MainWindow *window;
};

} // namespace nbapply::test

#include "guitesthelpers.h"

#include "autosaver.h"
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

namespace nbapply::test
{

void typeText(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *target = QApplication::focusWidget();
        if (!target)
            return;
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void pressKey(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (target)
        QTest::keyClick(target, Qt::Key(key), modifiers);
}

bool tabTo(QWidget *target, bool backwards)
{
    for (int i = 0; i < 80; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus == target || (focus && focus->focusProxy() == target) ||
            (target && target->focusProxy() == focus && focus))
            return true;
        pressKey(backwards ? Qt::Key_Backtab : Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    }
    QWidget *focus = QApplication::focusWidget();
    qWarning("tabTo: focus stuck at %s '%s'", focus ? focus->metaObject()->className() : "none",
             focus ? qPrintable(focus->accessibleName()) : "");
    return false;
}

gui::FieldRow *rowOf(gui::MainWindow &window, const QString &path)
{
    QWidget *page = window.wizard()->currentPage();
    for (gui::FieldRow *row : page->findChildren<gui::FieldRow *>())
        if (row->field().path() == path)
            return row;
    return nullptr;
}

static bool pressMnemonicOf(gui::FieldRow *row);

bool typeInto(gui::MainWindow &window, const QString &path, const QString &text)
{
    gui::FieldRow *row = rowOf(window, path);
    if (!row || (!tabTo(row->input()->focusTarget()) && !pressMnemonicOf(row)))
        return false;
    // Tabbing into a line edit selects its text; End appends instead of replacing, as a user would.
    pressKey(Qt::Key_End);
    typeText(text);
    return true;
}

static bool pressMnemonicOf(gui::FieldRow *row)
{
    for (QLabel *label : row->findChildren<QLabel *>()) {
        const int at = label->text().indexOf(QLatin1Char('&'));
        if (label->buddy()) {
            if (at >= 0 && at + 1 < label->text().size())
                pressKey(QKeySequence(label->text().at(at + 1).toUpper())[0].key(), Qt::AltModifier);
            // Offscreen windows are never active, so Qt does not deliver the mnemonic shortcut: do
            // what it does, focus the label's buddy.
            if (QApplication::focusWidget() != label->buddy())
                label->buddy()->setFocus(Qt::ShortcutFocusReason);
            return QApplication::focusWidget() == label->buddy();
        }
    }
    return false;
}

bool choose(gui::MainWindow &window, const QString &path, const QString &choiceValue)
{
    gui::FieldRow *row = rowOf(window, path);
    if (!row)
        return false;
    for (QWidget *w : row->input()->tabOrder()) {
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!button || button->property("choiceValue").toString() != choiceValue)
            continue;
        if (qobject_cast<QRadioButton *>(button)) {
            // A radio group is one Tab stop (the chosen option, else the first); the arrow keys move
            // within it. The label's mnemonic (Alt+letter) reaches the group too.
            if (!tabTo(row->input()->focusTarget()) && !pressMnemonicOf(row)) {
                qWarning("choose: could not reach the group of %s", qPrintable(path));
                return false;
            }
            for (int i = 0; i < 8 && QApplication::focusWidget() != button; ++i)
                pressKey(Qt::Key_Right);
            if (QApplication::focusWidget() != button) {
                QWidget *at = QApplication::focusWidget();
                qWarning("choose: arrows ended at %s", at ? qPrintable(at->accessibleName()) : "none");
                return false;
            }
        } else if (!tabTo(button)) {
            return false;
        }
        pressKey(Qt::Key_Space);
        // Radio buttons rebuilt by this choice (identifier types) are shown by a queued event.
        QApplication::processEvents();
        return true;
    }
    return false;
}

QString shownProblems(gui::FieldRow *row)
{
    QStringList texts;
    for (QLabel *label : row->findChildren<QLabel *>())
        if (label->isVisible())
            texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

void settle()
{
    QTest::qWait(gui::SectionPage::kValidationDelayMs + 100);
}

void pressEnterForNext()
{
    settle();
    pressKey(Qt::Key_Return);
    QApplication::processEvents();
}

WindowFixture::WindowFixture()
{
    // Every test starts with empty settings and no recovery files.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(gui::Autosaver::recoveryFolder()).removeRecursively(); // not under AppDataLocation any more
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    gui::setUiLanguage(Language::Chinese);
    window = new gui::MainWindow(FormDefinition::builtin());
    window->show();
    window->activateWindow();
    // Offscreen windows may not report activation; focus still works for the tests.
    (void)QTest::qWaitForWindowActive(window, 1000);
}

WindowFixture::~WindowFixture()
{
    window->session()->discardChanges();
    delete window;
}

} // namespace nbapply::test

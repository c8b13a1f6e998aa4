// The calendar of a date field, as a screen reader and a keyboard user get it: Qt reads a day cell as
// a bare number ("29"), so the line under the grid states the selected date in full, follows the arrow
// keys and is announced when the selection moves (counted through a11y::setAnnouncementHook, since Qt
// sends no accessibility events offscreen).
#include "datepicker.h"

#include "accessibility.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"

#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

class Spoken
{
  public:
    Spoken()
    {
        // Only the calendar's: the wizard announces its page changes through the same hook.
        a11y::setAnnouncementHook([this](QWidget *w) {
            if (!qobject_cast<DatePickerDialog *>(w->window()))
                return;
            auto *label = qobject_cast<QLabel *>(w);
            m_texts << (label ? label->text() : QString());
        });
    }
    ~Spoken() { a11y::setAnnouncementHook({}); }
    const QStringList &texts() const { return m_texts; }

  private:
    QStringList m_texts;
};

// The day grid, which has the focus while the dialog is open.
QWidget *grid(DatePickerDialog &dialog)
{
    return dialog.calendar()->findChild<QWidget *>(QStringLiteral("qt_calendar_calendarview"));
}

} // namespace

TEST(DatePicker, ArrowKeysMoveTheSelectionAndTheFullDateIsShownAndAnnounced)
{
    setUiLanguage(Language::English);
    Spoken spoken;
    DatePickerDialog dialog(QDate(2026, 11, 29), QDate(), nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_NE(grid(dialog), nullptr);
    EXPECT_EQ(dialog.dateLine()->text(), QStringLiteral("Sunday, 29 November 2026"));
    EXPECT_TRUE(dialog.dateLine()->isVisible());
    QAccessibleInterface *line = QAccessible::queryAccessibleInterface(dialog.dateLine());
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->role(), QAccessible::AlertMessage);
    EXPECT_EQ(spoken.texts(), QStringList()); // nothing is said before the user moves

    QTest::keyClick(grid(dialog), Qt::Key_Right);
    EXPECT_EQ(dialog.selectedDate(), QDate(2026, 11, 30));
    EXPECT_EQ(dialog.dateLine()->text(), QStringLiteral("Monday, 30 November 2026"));
    EXPECT_EQ(line->text(QAccessible::Name), QStringLiteral("Monday, 30 November 2026"));
    QTest::keyClick(grid(dialog), Qt::Key_Down);
    EXPECT_EQ(dialog.selectedDate(), QDate(2026, 12, 7));
    EXPECT_EQ(dialog.dateLine()->text(), QStringLiteral("Monday, 7 December 2026"));
    EXPECT_EQ(spoken.texts(), QStringList({QStringLiteral("Monday, 30 November 2026"),
                                           QStringLiteral("Monday, 7 December 2026")}));
    setUiLanguage(Language::Chinese);
}

TEST(DatePicker, ChineseDateWithWeekdayAndNothingSaidWhenTheSelectionCannotMove)
{
    setUiLanguage(Language::Chinese);
    Spoken spoken;
    // The latest day allowed is selected: Right cannot go further.
    DatePickerDialog dialog(QDate(2026, 11, 29), QDate(2026, 11, 29), nullptr);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.dateLine()->text(), QStringLiteral("2026年11月29日 星期日"));
    QTest::keyClick(grid(dialog), Qt::Key_Right);
    EXPECT_EQ(dialog.selectedDate(), QDate(2026, 11, 29));
    EXPECT_EQ(spoken.texts(), QStringList());
    QTest::keyClick(grid(dialog), Qt::Key_Left);
    EXPECT_EQ(dialog.dateLine()->text(), QStringLiteral("2026年11月28日 星期六"));
    EXPECT_EQ(spoken.texts(), QStringList{QStringLiteral("2026年11月28日 星期六")});
}

// The field's Calendar… button opens this dialog; the date chosen with the arrow keys and Enter is
// the field's value.
TEST(DatePicker, TheDateFieldsCalendarUsesItAndEnterTakesTheDate)
{
    setUiLanguage(Language::Chinese);
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    window.wizard()->restartAtWelcome();
    window.wizard()->next();
    FieldRow *established = rowOf(window, QStringLiteral("applicant.establishedOn"));
    ASSERT_NE(established, nullptr);
    QToolButton *pick = nullptr; // the row also has a comments button
    for (QToolButton *button : established->findChildren<QToolButton *>())
        if (button->text() == QStringLiteral("日历…"))
            pick = button;
    auto *edit = established->findChild<QLineEdit *>();
    ASSERT_NE(pick, nullptr);
    ASSERT_NE(edit, nullptr);
    ASSERT_EQ(edit->text(), QStringLiteral("2016-03-18"));
    Spoken spoken;
    QString shown;
    bool enterClosed = false;
    // The dialog runs its own event loop: it is driven from a timer, and closed whatever happens.
    QTimer drive;
    drive.setInterval(20);
    int waited = 0;
    QObject::connect(&drive, &QTimer::timeout, [&] {
        DatePickerDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<DatePickerDialog *>(w); d && d->isVisible())
                dialog = d;
        if (!dialog) {
            if (++waited > 250)
                drive.stop(); // never opened: the test fails below
            return;
        }
        drive.stop();
        shown = dialog->dateLine()->text();
        QTest::keyClick(grid(*dialog), Qt::Key_Up); // a week earlier
        QTest::keyClick(grid(*dialog), Qt::Key_Return);
        enterClosed = !dialog->isVisible();
        if (!enterClosed)
            dialog->reject();
    });
    drive.start();
    pick->click();
    EXPECT_TRUE(enterClosed);
    EXPECT_EQ(shown, QStringLiteral("2016年3月18日 星期五"));
    EXPECT_EQ(spoken.texts(), QStringList{QStringLiteral("2016年3月11日 星期五")});
    EXPECT_EQ(edit->text(), QStringLiteral("2016-03-11"));
}

// Hostile input through the real widgets: a 100,000-character paste and CR/LF in a one-line field
// neither crash nor pass silently: the field says what is wrong and Next stays disabled.
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

void pasteInto(MainWindow &window, const QString &path, const QString &text)
{
    FieldRow *row = rowOf(window, path);
    ASSERT_NE(row, nullptr);
    ASSERT_TRUE(tabTo(row->input()->focusTarget()));
    QApplication::clipboard()->setText(text);
    pressKey(Qt::Key_V, Qt::ControlModifier);
    settle();
}

} // namespace

TEST(HostileInput, AHugePasteIsKeptAndReported)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    const QString huge(100000, QChar(u'南'));
    pasteInto(window, QStringLiteral("applicant.name"), huge);
    // Nothing is cut silently: the draft holds what was pasted and the field says it is too long.
    EXPECT_EQ(window.session()->draft().text(QStringLiteral("applicant.name")).size(), 100000);
    FieldRow *row = rowOf(window, QStringLiteral("applicant.name"));
    EXPECT_TRUE(shownProblems(row).contains(QStringLiteral("错误")))
        << qPrintable(shownProblems(row).left(300));
    EXPECT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(
        window.wizard()->sectionPage(Applicant)->blockingReason().contains(QStringLiteral("申请人名称")));
}

TEST(HostileInput, LineBreaksInAOneLineFieldAreReported)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    pasteInto(window, QStringLiteral("applicant.address"), QStringLiteral("北京市\r\n海淀区\u202E"));
    const QString stored = window.session()->draft().text(QStringLiteral("applicant.address"));
    FieldRow *row = rowOf(window, QStringLiteral("applicant.address"));
    // Whatever reached the draft, a control or bidi character in it is named under the field.
    ASSERT_TRUE(stored.contains(QChar(0x202E)) || stored.contains(QLatin1Char('\n')) ||
                stored.contains(QLatin1Char('\r')));
    EXPECT_TRUE(shownProblems(row).contains(QStringLiteral("错误"))) << qPrintable(shownProblems(row));
    EXPECT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());
}

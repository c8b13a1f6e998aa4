// The country box judges what was typed when the user leaves it, not at every keystroke; the industry
// box completes by section letter and by words of the section names.
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "widgets/choicecompleter.h"
#include "wizard/applicationwizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSet>
#include <QTest>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

QList<Choice> industries()
{
    return FormDefinition::builtin().field(QStringLiteral("applicant.industry"))->choices;
}

// A key where Qt delivers it: to an open popup (which forwards what it does not handle), else to the
// focused widget. (Offscreen, a shown popup is not always the "active" one: look for it.)
void pressKeyAsUser(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *popup = QApplication::activePopupWidget();
    for (QWidget *w : QApplication::topLevelWidgets())
        if (!popup && w->isVisible() && w->windowType() == Qt::Popup)
            popup = w;
    if (popup)
        QTest::keyClick(popup, Qt::Key(key), modifiers);
    else
        pressKey(key, modifiers);
}

// Moves the focus from `combo` to another field, as a user's Tab or click does. Offscreen, once the box's
// completion popup has shown, the window is no longer the active one and Tab stays in the box: close the
// popup, re-activate the window and move the focus.
bool leaveTo(MainWindow &window, QComboBox *combo, const QString &nextPath)
{
    if (combo->completer())
        combo->completer()->popup()->hide();
    QWidget *next = rowOf(window, nextPath)->input()->focusTarget();
    QApplication::setActiveWindow(&window);
    next->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    return QApplication::focusWidget() == next;
}

QStringList valuesOf(const QList<Choice> &choices)
{
    QStringList values;
    for (const Choice &c : choices)
        values << c.value;
    return values;
}

} // namespace

TEST(ChoiceBoxes, CountryIsJudgedWhenTheUserLeavesTheBox)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    settle(); // the start-up language change reaches the page before typing starts
    const QString path = QStringLiteral("applicant.country");
    ASSERT_TRUE(typeInto(window, path, QStringLiteral("Hong")));
    settle();
    // Half-way to "Hong Kong": no verdict yet, and nothing half-typed stored.
    FieldRow *row = rowOf(window, path);
    EXPECT_FALSE(shownProblems(row).contains(QStringLiteral("ISO 3166"))) << qPrintable(shownProblems(row));
    EXPECT_TRUE(window.session()->draft().text(path).isEmpty())
        << qPrintable(window.session()->draft().text(path));

    // Leaving the box: "Hong" names exactly one country, which is taken and shown in full.
    auto *combo = qobject_cast<QComboBox *>(row->input()->focusTarget());
    ASSERT_NE(combo, nullptr);
    ASSERT_TRUE(leaveTo(window, combo, QStringLiteral("applicant.address")));
    settle();
    EXPECT_EQ(window.session()->draft().text(path), QStringLiteral("HK"));
    EXPECT_TRUE(combo->currentText().endsWith(QStringLiteral("(HK)"))) << qPrintable(combo->currentText());

    // A text that names no country is kept as typed and judged once the user leaves.
    ASSERT_TRUE(tabTo(combo, true));
    combo->lineEdit()->selectAll();
    typeText(QStringLiteral("Narnia"));
    settle();
    EXPECT_EQ(window.session()->draft().text(path), QStringLiteral("HK")); // not NA on the way
    EXPECT_FALSE(shownProblems(row).contains(QStringLiteral("ISO 3166")));
    ASSERT_TRUE(leaveTo(window, combo, QStringLiteral("applicant.address")));
    settle();
    EXPECT_EQ(window.session()->draft().text(path), QStringLiteral("Narnia"));
    EXPECT_TRUE(shownProblems(row).contains(QStringLiteral("ISO 3166"))) << qPrintable(shownProblems(row));

    // A full name is stored at once, while typing.
    ASSERT_TRUE(tabTo(combo, true));
    combo->lineEdit()->selectAll();
    typeText(QStringLiteral("中国澳门"));
    settle();
    EXPECT_EQ(window.session()->draft().text(path), QStringLiteral("MO"));
}

TEST(ChoiceBoxes, CountryListOffersMainlandHongKongAndMacaoFirstAndChoosesNothing)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    settle();
    const QString path = QStringLiteral("applicant.country");
    FieldRow *row = rowOf(window, path);
    auto *combo = qobject_cast<QComboBox *>(row->input()->focusTarget());
    ASSERT_NE(combo, nullptr);
    EXPECT_TRUE(window.session()->draft().text(path).isEmpty()); // no country chosen for the user
    ASSERT_GT(combo->count(), 200);
    EXPECT_EQ(combo->itemText(0), QStringLiteral("中国 (CN)"));
    EXPECT_EQ(combo->itemData(1).toString(), QStringLiteral("HK"));
    EXPECT_EQ(combo->itemData(2).toString(), QStringLiteral("MO"));
    // Each country once: the completion list never offers 中国 twice.
    QStringList codes;
    for (int i = 0; i < combo->count(); ++i)
        if (!combo->itemData(i).toString().isEmpty())
            codes << combo->itemData(i).toString();
    EXPECT_EQ(codes.count(QStringLiteral("CN")), 1);
    EXPECT_EQ(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    // By keyboard: the first arrow down in the empty box is 中国.
    ASSERT_TRUE(tabTo(combo));
    pressKey(Qt::Key_Down);
    settle();
    EXPECT_EQ(window.session()->draft().text(path), QStringLiteral("CN"));
}

TEST(ChoiceBoxes, IndustryMatchesBySectionLetterAndWords)
{
    const QList<Choice> all = industries();
    ASSERT_EQ(all.size(), 20);
    // "m": section M first; never Agriculture for the m in "animal".
    const QStringList m = valuesOf(matchingChoices(all, QStringLiteral("m")));
    ASSERT_FALSE(m.isEmpty());
    EXPECT_EQ(m.first(), QStringLiteral("M"));
    EXPECT_FALSE(m.contains(QStringLiteral("A")));
    EXPECT_TRUE(m.contains(QStringLiteral("C"))); // Manufacturing: a word starting with m
    EXPECT_EQ(valuesOf(matchingChoices(all, QStringLiteral("I"))).first(), QStringLiteral("I"));
    EXPECT_EQ(valuesOf(matchingChoices(all, QStringLiteral("soft"))), QStringList{QStringLiteral("I")});
    EXPECT_EQ(valuesOf(matchingChoices(all, QStringLiteral("tech serv"))), QStringList{QStringLiteral("M")});
    EXPECT_EQ(valuesOf(matchingChoices(all, QStringLiteral("制造"))), QStringList{QStringLiteral("C")});
    EXPECT_EQ(valuesOf(matchingChoices(all, QStringLiteral("金融"))), QStringList{QStringLiteral("J")});
    EXPECT_TRUE(matchingChoices(all, QStringLiteral("xyz")).isEmpty());
    // "a" is not every label with "and" in it.
    EXPECT_EQ(valuesOf(matchingChoices(all, QStringLiteral("a"))).first(), QStringLiteral("A"));
    EXPECT_FALSE(valuesOf(matchingChoices(all, QStringLiteral("a"))).contains(QStringLiteral("D")));
}

TEST(ChoiceBoxes, IndustryPopupShowsSectionNamesAndChoosingStoresTheSection)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    const QString path = QStringLiteral("applicant.industry");
    ASSERT_TRUE(typeInto(window, path, QStringLiteral("soft")));
    QApplication::processEvents();
    auto *combo = qobject_cast<QComboBox *>(rowOf(window, path)->input()->focusTarget());
    ASSERT_NE(combo, nullptr);
    auto *completer = combo->lineEdit()->findChild<QCompleter *>();
    if (!completer)
        completer = combo->findChild<QCompleter *>();
    ASSERT_NE(completer, nullptr);
    ASSERT_TRUE(completer->popup()->isVisible());
    const QAbstractItemModel *model = completer->popup()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("I 信息传输、软件和信息技术服务业"));
    pressKeyAsUser(Qt::Key_Down);
    pressKeyAsUser(Qt::Key_Return);
    settle();
    EXPECT_EQ(window.session()->draft().text(path), QStringLiteral("I"));
}

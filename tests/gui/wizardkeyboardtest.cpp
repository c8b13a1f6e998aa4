// The wizard driven by keyboard only, as a user without a mouse would: Tab to a field, type (Chinese
// included), Space on radio buttons and check boxes, Enter for Next. The saved draft is then checked
// field by field.
#include "draft/draftfile.h"
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "received/receivedfile.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

void startNewApplication(MainWindow &window)
{
    ApplicationWizard *wizard = window.wizard();
    ASSERT_EQ(wizard->currentId(), Welcome);
    auto *start = wizard->currentPage()->findChild<QAbstractButton *>();
    ASSERT_NE(start, nullptr);
    // The welcome page's buttons: Tab to "Start a new application" and press Space.
    QAbstractButton *startButton = nullptr;
    for (QAbstractButton *b : wizard->currentPage()->findChildren<QAbstractButton *>())
        if (b->text().contains(QStringLiteral("新申请")) ||
            b->text().contains(QStringLiteral("new application")))
            startButton = b;
    ASSERT_NE(startButton, nullptr);
    ASSERT_TRUE(tabTo(startButton));
    pressKey(Qt::Key_Space);
    ASSERT_EQ(wizard->currentId(), Applicant);
}

void pressNextButton(MainWindow &window)
{
    settle();
    QAbstractButton *next = window.wizard()->button(QWizard::NextButton);
    ASSERT_TRUE(next->isEnabled()) << qPrintable(
        window.wizard()->sectionPage(window.wizard()->currentId())
            ? window.wizard()->sectionPage(window.wizard()->currentId())->blockingReason()
            : QString());
    ASSERT_TRUE(tabTo(next));
    pressKey(Qt::Key_Space);
}

QString blockingReasonOf(MainWindow &window)
{
    SectionPage *page = window.wizard()->sectionPage(window.wizard()->currentId());
    return page ? page->blockingReason() : QString();
}

Draft saveAndLoad(MainWindow &window)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typed.nbapply.json"));
    EXPECT_TRUE(window.saveAs(path));
    DraftLoadResult loaded = loadDraftFile(path);
    EXPECT_TRUE(loaded.ok()) << qPrintable(loaded.error.en);
    return loaded.ok() ? *loaded.draft : Draft(FormDefinition::builtin());
}

void fillRepresentativeAndPlan(MainWindow &window, const QStringList &models)
{
    ASSERT_EQ(window.wizard()->currentId(), Representative);
    ASSERT_TRUE(typeInto(window, QStringLiteral("representative.name"), QStringLiteral("张伟")));
    ASSERT_TRUE(choose(window, QStringLiteral("representative.idType"), QStringLiteral("resident-id")));
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("representative.idNumber"), QStringLiteral("110105199003071239")));
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("representative.email"), QStringLiteral("zhang.wei@example.cn")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("representative.phone"), QStringLiteral("138 0013 8000")));
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Plan) << qPrintable(blockingReasonOf(window));

    for (const QString &model : models)
        ASSERT_TRUE(choose(window, QStringLiteral("plan.models"), model));
    ASSERT_TRUE(typeInto(window, QStringLiteral("plan.regions"), QStringLiteral("中国大陆")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("plan.usage"),
                         QStringLiteral("智能客服：私有云部署，用户为企业客户。")));
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起三年。")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("plan.derivativeTraining"), QStringLiteral("无。")));
    // Enter makes a new line in a paragraph field; the keyboard user tabs to Next.
    pressNextButton(window);
    ASSERT_EQ(window.wizard()->currentId(), Documents) << qPrintable(blockingReasonOf(window));
}

void expectRepresentativeAndPlan(const Draft &draft, const QStringList &models)
{
    EXPECT_EQ(draft.text(QStringLiteral("representative.name")), QStringLiteral("张伟"));
    EXPECT_EQ(draft.text(QStringLiteral("representative.idType")), QStringLiteral("resident-id"));
    EXPECT_EQ(draft.text(QStringLiteral("representative.idNumber")), QStringLiteral("110105199003071239"));
    EXPECT_EQ(draft.text(QStringLiteral("representative.email")), QStringLiteral("zhang.wei@example.cn"));
    EXPECT_EQ(draft.text(QStringLiteral("representative.phone")), QStringLiteral("138 0013 8000"));
    EXPECT_EQ(draft.list(QStringLiteral("plan.models")), models);
    EXPECT_EQ(draft.text(QStringLiteral("plan.regions")), QStringLiteral("中国大陆"));
    EXPECT_EQ(draft.text(QStringLiteral("plan.usage")),
              QStringLiteral("智能客服：私有云部署，用户为企业客户。"));
    EXPECT_EQ(draft.text(QStringLiteral("plan.duration")), QStringLiteral("自获得书面授权之日起三年。"));
    EXPECT_EQ(draft.text(QStringLiteral("plan.derivativeTraining")), QStringLiteral("无。"));
}

} // namespace

TEST(WizardKeyboard, CompanyApplicationTypedFromScratch)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    startNewApplication(window);
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("applicant.name"), QStringLiteral("北京南山智能科技有限公司")));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.idType"), QStringLiteral("uscc")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.idNumber"), QStringLiteral("91110108MA01C3QK0B")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.enterpriseType"), QStringLiteral("有限责任公司")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.industry"), QStringLiteral("人工智能软件")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.establishedOn"), QStringLiteral("2016-03-18")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.country"), QStringLiteral("CN")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.location"), QStringLiteral("北京市海淀区")));
    ASSERT_TRUE(
        typeInto(window, QStringLiteral("applicant.address"), QStringLiteral("中关村大街 27 号 1208 室")));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.employees"), QStringLiteral("100-999")));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.users"), QStringLiteral("10w-100w")));
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Representative) << qPrintable(blockingReasonOf(window));
    fillRepresentativeAndPlan(window, {QStringLiteral("16b-chat")});

    const Draft draft = saveAndLoad(window);
    EXPECT_EQ(draft.applicantKind(), QStringLiteral("organization"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.name")), QStringLiteral("北京南山智能科技有限公司"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.idType")), QStringLiteral("uscc"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.idNumber")), QStringLiteral("91110108MA01C3QK0B"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.enterpriseType")), QStringLiteral("有限责任公司"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.industry")), QStringLiteral("人工智能软件"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.establishedOn")), QStringLiteral("2016-03-18"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.country")), QStringLiteral("CN"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.location")), QStringLiteral("北京市海淀区"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.address")), QStringLiteral("中关村大街 27 号 1208 室"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.employees")), QStringLiteral("100-999"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.users")), QStringLiteral("10w-100w"));
    expectRepresentativeAndPlan(draft, {QStringLiteral("16b-chat")});
}

TEST(WizardKeyboard, NaturalPersonApplicationTypedFromScratch)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    startNewApplication(window);
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.kind"), QStringLiteral("individual")));
    // Organisation-only fields are gone, and identifier types are those of a person.
    EXPECT_FALSE(rowOf(window, QStringLiteral("applicant.enterpriseType"))->isVisible());
    EXPECT_FALSE(rowOf(window, QStringLiteral("applicant.employees"))->isVisible());
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.name"), QStringLiteral("王芳")));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.idType"), QStringLiteral("resident-id")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.idNumber"), QStringLiteral("440305198805120023")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.country"), QStringLiteral("中国")));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.address"),
                         QStringLiteral("深圳市南山区深南大道 9988 号")));
    ASSERT_TRUE(choose(window, QStringLiteral("applicant.users"), QStringLiteral("1-999")));
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Representative) << qPrintable(blockingReasonOf(window));
    fillRepresentativeAndPlan(window, {QStringLiteral("16b-base"), QStringLiteral("16b-chat")});

    const Draft draft = saveAndLoad(window);
    EXPECT_EQ(draft.applicantKind(), QStringLiteral("individual"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.name")), QStringLiteral("王芳"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.idType")), QStringLiteral("resident-id"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.idNumber")), QStringLiteral("440305198805120023"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.country")), QStringLiteral("CN"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.address")),
              QStringLiteral("深圳市南山区深南大道 9988 号"));
    EXPECT_EQ(draft.text(QStringLiteral("applicant.users")), QStringLiteral("1-999"));
    EXPECT_TRUE(draft.text(QStringLiteral("applicant.enterpriseType")).isEmpty());
    expectRepresentativeAndPlan(draft, {QStringLiteral("16b-base"), QStringLiteral("16b-chat")});
}

TEST(WizardKeyboard, NextIsDisabledWithTheBlockingFieldNamed)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    startNewApplication(window);
    settle();
    EXPECT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());
    // The first field without a value is the applicant's name: the reason line says so.
    EXPECT_TRUE(blockingReasonOf(window).contains(QStringLiteral("申请人名称")))
        << qPrintable(blockingReasonOf(window));
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.name"), QStringLiteral("示例公司")));
    settle();
    EXPECT_FALSE(blockingReasonOf(window).contains(QStringLiteral("申请人名称")));
    EXPECT_FALSE(blockingReasonOf(window).isEmpty());
    // Enter on a page that blocks stays on the page.
    pressEnterForNext();
    EXPECT_EQ(window.wizard()->currentId(), Applicant);
}

TEST(WizardKeyboard, BackAndNextKeepWhatWasTyped)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    ASSERT_EQ(wizard->currentId(), Applicant);
    ASSERT_TRUE(typeInto(window, QStringLiteral("applicant.location"), QStringLiteral("（中关村）")));
    pressEnterForNext();
    ASSERT_EQ(wizard->currentId(), Representative) << qPrintable(blockingReasonOf(window));
    ASSERT_TRUE(typeInto(window, QStringLiteral("representative.name"), QStringLiteral("先生")));
    // Back (Tab to the button, Space), then forward again with Enter.
    ASSERT_TRUE(tabTo(wizard->button(QWizard::BackButton)));
    pressKey(Qt::Key_Space);
    ASSERT_EQ(wizard->currentId(), Applicant);
    auto *location = qobject_cast<QLineEdit *>(
        rowOf(window, QStringLiteral("applicant.location"))->input()->focusTarget());
    ASSERT_NE(location, nullptr);
    EXPECT_EQ(location->text(), QStringLiteral("北京市海淀区（中关村）"));
    pressEnterForNext();
    ASSERT_EQ(wizard->currentId(), Representative);
    auto *name = qobject_cast<QLineEdit *>(
        rowOf(window, QStringLiteral("representative.name"))->input()->focusTarget());
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("张伟先生"));
    EXPECT_EQ(window.session()->draft().text(QStringLiteral("representative.name")),
              QStringLiteral("张伟先生"));
}

TEST(WizardKeyboard, RadioGroupIsOneTabStopAndArrowsMoveAndChoose)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    startNewApplication(window);
    const QString path = QStringLiteral("applicant.employees");
    FieldRow *row = rowOf(window, path);
    ASSERT_NE(row, nullptr);
    QList<QAbstractButton *> options;
    for (QWidget *w : row->input()->tabOrder())
        options << qobject_cast<QAbstractButton *>(w);
    ASSERT_EQ(options.size(), 4);
    auto value = [&] { return window.session()->draft().text(path); };
    auto valueOf = [](QAbstractButton *b) { return b->property("choiceValue").toString(); };
    // Screen readers hear each option by its own text.
    for (QAbstractButton *b : options)
        EXPECT_EQ(b->accessibleName(), b->text());

    // Nothing chosen yet: Tab enters the group at the first option, without choosing it; Space does.
    ASSERT_TRUE(tabTo(options[0]));
    EXPECT_FALSE(options[0]->isChecked());
    EXPECT_TRUE(value().isEmpty());
    pressKey(Qt::Key_Space);
    EXPECT_TRUE(options[0]->isChecked());
    EXPECT_EQ(value(), valueOf(options[0]));

    // Right and Down move to the next option and choose it; Left and Up go back; the ends wrap.
    pressKey(Qt::Key_Right);
    EXPECT_EQ(QApplication::focusWidget(), options[1]);
    EXPECT_TRUE(options[1]->isChecked());
    EXPECT_FALSE(options[0]->isChecked());
    EXPECT_EQ(value(), valueOf(options[1]));
    pressKey(Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), options[2]);
    EXPECT_EQ(value(), valueOf(options[2]));
    pressKey(Qt::Key_Up);
    EXPECT_EQ(QApplication::focusWidget(), options[1]);
    EXPECT_EQ(value(), valueOf(options[1]));
    pressKey(Qt::Key_Left);
    pressKey(Qt::Key_Left);
    EXPECT_EQ(QApplication::focusWidget(), options[3]);
    EXPECT_EQ(value(), valueOf(options[3]));
    int checked = 0;
    for (QAbstractButton *b : options)
        checked += b->isChecked() ? 1 : 0;
    EXPECT_EQ(checked, 1);

    // The group is one Tab stop: Tab leaves it, Shift+Tab comes back to the chosen option.
    pressKey(Qt::Key_Tab);
    EXPECT_FALSE(options.contains(qobject_cast<QAbstractButton *>(QApplication::focusWidget())));
    pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), options[3]);
    pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_FALSE(options.contains(qobject_cast<QAbstractButton *>(QApplication::focusWidget())));
    pressKey(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), options[3]);
    // The label's mnemonic (Alt+letter) leads to the chosen option too.
    QLabel *label = nullptr;
    for (QLabel *l : row->findChildren<QLabel *>())
        if (l->buddy())
            label = l;
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->buddy(), options[3]);
    // Space on the chosen option keeps it chosen.
    pressKey(Qt::Key_Space);
    EXPECT_TRUE(options[3]->isChecked());
    EXPECT_EQ(value(), valueOf(options[3]));
}

// Opening a draft of the other applicant kind shows that kind's identifier types, with the draft's
// own type chosen, reachable by Tab; opening never changes what the draft holds.
TEST(WizardKeyboard, OpeningADraftShowsTheIdentifierTypesOfItsApplicantKind)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    const QString path = QStringLiteral("applicant.idType");
    const auto shownChoice = [&] {
        QStringList values;
        QString checked;
        for (QWidget *w : rowOf(window, path)->input()->tabOrder()) {
            auto *button = qobject_cast<QAbstractButton *>(w);
            values << button->property("choiceValue").toString();
            if (button->isChecked())
                checked = values.last();
        }
        return std::make_pair(values, checked);
    };
    for (const char *name : {"company", "individual", "hong-kong-company", "individual"}) {
        const QString file =
            QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/%1.nbapply.json").arg(QLatin1String(name));
        ASSERT_TRUE(window.openFile(file)) << name;
        ASSERT_EQ(window.wizard()->currentId(), Applicant);
        settle();
        const Draft &draft = window.session()->draft();
        const QList<Choice> expected =
            FormDefinition::builtin().field(path)->choicesFor(draft.applicantKind());
        QStringList expectedValues;
        for (const Choice &c : expected)
            expectedValues << c.value;
        const auto [values, checked] = shownChoice();
        EXPECT_EQ(values.join(u','), expectedValues.join(u',')) << name;
        EXPECT_EQ(checked.toStdString(), draft.text(path).toStdString()) << name;
        EXPECT_FALSE(checked.isEmpty()) << name;
        EXPECT_FALSE(window.session()->isDirty()) << name;
        auto *chosen = qobject_cast<QWidget *>(rowOf(window, path)->input()->focusTarget());
        EXPECT_TRUE(tabTo(chosen)) << name;
        EXPECT_TRUE(window.wizard()->button(QWizard::NextButton)->isEnabled()) << name;
    }
}

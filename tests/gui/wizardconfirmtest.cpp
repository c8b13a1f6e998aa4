// Confirming a value the checks cannot verify, in the wizard, by keyboard: an early pilot credit code
// fails only its check character; the user vouches for it against the licence, the error becomes the
// warning, Next is enabled and the draft carries the confirmation. Unconfirming or changing the value
// brings the error back.
#include "draft/draftfile.h"
#include "draftsession.h"
#include "export/exportpage.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mail/applicationemail.h"
#include "mainwindow.h"
#include "received/receivedfile.h"
#include "uilanguage.h"
#include "validation/draftvalidator.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

const QString kPilotCode = QStringLiteral("91350100M0001TGQXM");
const QString kIdNumber = QStringLiteral("applicant.idNumber");

bool savedConfirmation(MainWindow &window, const QTemporaryDir &dir, bool *present)
{
    const QString path = dir.filePath(QStringLiteral("confirmed.nbapply.json"));
    if (!window.saveAs(path))
        return false;
    const DraftLoadResult loaded = loadDraftFile(path);
    if (!loaded.ok())
        return false;
    const QJsonObject applicant = loaded.draft->json().value(QStringLiteral("applicant")).toObject();
    *present = applicant.value(QStringLiteral("idNumberConfirmed")).toBool();
    return loaded.draft->text(kIdNumber) == kPilotCode;
}

// Replaces the line edit's text as a user does: Tab into it (which selects it all) and type.
void retype(FieldRow *row, const QString &text)
{
    ASSERT_TRUE(tabTo(row->input()->focusTarget()));
    auto *edit = qobject_cast<QLineEdit *>(row->input()->focusTarget());
    ASSERT_NE(edit, nullptr);
    edit->selectAll();
    typeText(text);
    settle();
}

} // namespace

TEST(WizardConfirm, APilotCreditCodeIsConfirmedByKeyboardSavedAndUnconfirmed)
{
    QTemporaryDir dir;
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    FieldRow *row = rowOf(window, kIdNumber);
    ASSERT_NE(row, nullptr);
    QCheckBox *confirm = row->confirmBox();
    // A valid code: nothing to confirm, no control.
    settle();
    EXPECT_FALSE(confirm->isVisible());

    retype(row, kPilotCode);
    ASSERT_EQ(window.session()->draft().text(kIdNumber), kPilotCode);
    QAbstractButton *next = window.wizard()->button(QWizard::NextButton);
    EXPECT_FALSE(next->isEnabled());
    EXPECT_TRUE(shownProblems(row).contains(QStringLiteral("错误"))) << qPrintable(shownProblems(row));
    // The control, under the problem, in the UI language, named for screen readers.
    ASSERT_TRUE(confirm->isVisible());
    EXPECT_EQ(confirm->text(), QStringLiteral("按原样使用（已与原件核对）"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(confirm);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->text(QAccessible::Name), confirm->text());
    EXPECT_FALSE(accessible->text(QAccessible::Description).isEmpty());
    EXPECT_FALSE(confirm->isChecked());

    // Tab reaches it right after the field; Space confirms.
    ASSERT_TRUE(tabTo(row->input()->focusTarget()));
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), confirm);
    pressKey(Qt::Key_Space);
    settle();
    EXPECT_TRUE(confirm->isChecked());
    EXPECT_TRUE(window.session()->draft().isConfirmed(kIdNumber));
    EXPECT_TRUE(next->isEnabled()) << qPrintable(window.wizard()->sectionPage(Applicant)->blockingReason());
    QString shown = shownProblems(row);
    EXPECT_TRUE(shown.contains(QStringLiteral("警告"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("错误："))) << qPrintable(shown);

    // The saved draft carries the confirmation, through the draft's API.
    bool marker = false;
    ASSERT_TRUE(savedConfirmation(window, dir, &marker));
    EXPECT_TRUE(marker);

    // Unconfirming brings the error back.
    ASSERT_EQ(QApplication::focusWidget(), confirm);
    pressKey(Qt::Key_Space);
    settle();
    EXPECT_FALSE(window.session()->draft().isConfirmed(kIdNumber));
    EXPECT_FALSE(next->isEnabled());
    EXPECT_TRUE(shownProblems(row).contains(QStringLiteral("错误")));

    // Confirmed again, then the value changes: the confirmation was for the old value.
    pressKey(Qt::Key_Space);
    settle();
    ASSERT_TRUE(next->isEnabled());
    QString other;
    for (const QChar c : QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
        const QString candidate = kPilotCode.left(17) + c;
        Draft probe = window.session()->draft();
        probe.setText(kIdNumber, candidate);
        if (candidate != kPilotCode &&
            isConfirmable(FormDefinition::builtin(), probe, kIdNumber, QDate::currentDate()))
            other = candidate;
    }
    ASSERT_FALSE(other.isEmpty());
    retype(row, other);
    EXPECT_FALSE(window.session()->draft().isConfirmed(kIdNumber));
    EXPECT_FALSE(confirm->isChecked());
    EXPECT_TRUE(confirm->isVisible());
    EXPECT_FALSE(next->isEnabled());
    EXPECT_TRUE(shownProblems(row).contains(QStringLiteral("错误")));
}

TEST(WizardConfirm, TheControlSpeaksTheUiLanguageAndIsOnlyOfferedWhereTheCoreAllowsIt)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    FieldRow *row = rowOf(window, kIdNumber);
    ASSERT_NE(row, nullptr);
    // A code with a wrong length is not confirmable: no control.
    retype(row, kPilotCode.left(17));
    EXPECT_FALSE(row->confirmBox()->isVisible());
    retype(row, kPilotCode);
    EXPECT_TRUE(row->confirmBox()->isVisible());
    setUiLanguage(Language::English);
    QApplication::processEvents();
    EXPECT_EQ(row->confirmBox()->text(), QStringLiteral("Use as entered — checked against the original"));
    EXPECT_EQ(row->confirmBox()->accessibleName(), row->confirmBox()->text());
    setUiLanguage(Language::Chinese);
    QApplication::processEvents();
    // A confirmation made through the session (not by this box) shows in the box too.
    window.session()->setConfirmed(kIdNumber, true);
    EXPECT_TRUE(window.session()->draft().isConfirmed(kIdNumber));
    EXPECT_TRUE(window.session()->isDirty());
    settle();
    EXPECT_TRUE(row->confirmBox()->isChecked());
}

TEST(WizardConfirm, ANewMobileRangeIsConfirmedTheSameWay)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    pressEnterForNext();
    ASSERT_EQ(window.wizard()->currentId(), Representative);
    const QString phone = QStringLiteral("representative.phone");
    FieldRow *row = rowOf(window, phone);
    ASSERT_NE(row, nullptr);
    // China Broadnet's 1610 block: well formed, unknown to the phone data.
    retype(row, QStringLiteral("161 0123 4567"));
    ASSERT_TRUE(row->confirmBox()->isVisible());
    // Worded for a number, not for a document held against its original.
    EXPECT_EQ(row->confirmBox()->text(), QStringLiteral("按原样使用（已核实号码无误）"));
    EXPECT_EQ(row->confirmBox()->accessibleName(), row->confirmBox()->text());
    EXPECT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());
    ASSERT_TRUE(tabTo(row->confirmBox()));
    pressKey(Qt::Key_Space);
    settle();
    EXPECT_TRUE(window.session()->draft().isConfirmed(phone));
    EXPECT_TRUE(window.wizard()->button(QWizard::NextButton)->isEnabled());
    // The applicant's identifier was never confirmed by this.
    EXPECT_FALSE(window.session()->draft().isConfirmed(kIdNumber));
}

// The whole way: confirmed by keyboard in the wizard, the value reaches the exported PDF and the
// e-mail letter marked as unverified (未经校验 / unverified), not as a checked value.
TEST(WizardConfirm, AConfirmedCodeIsMarkedUnverifiedInTheExportedPdfAndLetter)
{
    QTemporaryDir out;
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    FieldRow *row = rowOf(window, kIdNumber);
    ASSERT_NE(row, nullptr);
    retype(row, kPilotCode);
    ASSERT_TRUE(tabTo(row->input()->focusTarget()));
    pressKey(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), row->confirmBox());
    pressKey(Qt::Key_Space);
    settle();
    ASSERT_TRUE(window.session()->draft().isConfirmed(kIdNumber));

    ApplicationWizard *wizard = window.wizard();
    while (wizard->currentId() != Export) {
        const int before = wizard->currentId();
        wizard->next();
        settle();
        ASSERT_NE(wizard->currentId(), before) << "stuck on page " << before;
    }
    auto *page = qobject_cast<ExportPage *>(wizard->page(Export));
    ASSERT_NE(page, nullptr);
    page->setOutputFolder(out.path());
    QSignalSpy finished(page, &ExportPage::exportFinished);
    ASSERT_TRUE(page->startExport(false));
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(page->lastResult() && page->lastResult()->ok) << qPrintable(page->lastResult()->error.en);

    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(page->lastResult()->pdfPath), QPdfDocument::Error::None);
    QString text;
    for (int i = 0; i < pdf.pageCount(); ++i)
        text += pdf.getAllText(i).text().normalized(QString::NormalizationForm_KC);
    text.remove(QLatin1Char('\n'));
    EXPECT_TRUE(text.contains(kPilotCode)) << qPrintable(text.left(400));
    EXPECT_TRUE(text.contains(QStringLiteral("未经校验"))) << qPrintable(text.left(400));

    const QString letter = applicationEmailText(window.session()->checked());
    const qsizetype at = letter.indexOf(kPilotCode);
    ASSERT_GE(at, 0);
    EXPECT_TRUE(letter.mid(at, 80).contains(QStringLiteral("未经校验"))) << qPrintable(letter.mid(at, 80));
}

// What the wizard pages check as the user types, beyond the shapes of the values: characters the PDF
// font cannot draw (the same check as the Review page and the export), and a draft's confirmation of an
// unverifiable identifier, which must not outlive the value it confirmed.
#include "draft/draftfile.h"
#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "pdf/pdfexporter.h"
#include "received/receivedfile.h"
#include "uilanguage.h"
#include "validation/identifiers.h"
#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

// Sends `text` as one key press (an emoji is one keystroke, two UTF-16 units).
void typeAsOneKey(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr);
    QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, text, Qt::NoModifier);
}

// A letter that is not a control character and lies in the BMP (so the validator's default would
// accept it) but that the PDF font has no glyph for.
std::optional<char32_t> letterMissingFromTheFont()
{
    const auto printable = printableCharacters();
    for (const char32_t c : {U'\u13A0' /* Cherokee */, U'\u2D30' /* Tifinagh */, U'\uA500' /* Vai */,
                             U'\u1200' /* Ethiopic */, U'\u0F40' /* Tibetan */})
        if (!printable(c))
            return c;
    return std::nullopt;
}

QJsonObject exampleJson()
{
    QFile file(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// An early pilot credit code: well-formed, failing only the check digit (docs/validation-codes.md).
const QString kPilotCode = QStringLiteral("91350100M0001TGQXM");

// The company example with the pilot code confirmed, a confirmed phone and a key nbapply does not
// know, written where `dir` says.
QString confirmedDraft(const QTemporaryDir &dir)
{
    QJsonObject root = exampleJson();
    QJsonObject applicant = root.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("idNumber"), kPilotCode);
    applicant.insert(QStringLiteral("idNumberConfirmed"), true);
    applicant.insert(QStringLiteral("x-note"), QStringLiteral("kept"));
    root.insert(QStringLiteral("applicant"), applicant);
    QJsonObject representative = root.value(QStringLiteral("representative")).toObject();
    representative.insert(QStringLiteral("phoneConfirmed"), true);
    root.insert(QStringLiteral("representative"), representative);
    const QString path = dir.filePath(QStringLiteral("confirmed.nbapply.json"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    return path;
}

QJsonObject sectionOf(const DraftSession &session, const QString &section)
{
    return session.draft().json().value(section).toObject();
}

} // namespace

TEST(WizardValidation, ACharacterThePdfFontLacksIsAnErrorUnderTheFieldAsItIsTyped)
{
    const std::optional<char32_t> missing = letterMissingFromTheFont();
    ASSERT_TRUE(missing.has_value()) << "the PDF font draws every candidate: is the font built?";
    const QString letter = QString::fromUcs4(&*missing, 1);
    WindowFixture f;
    MainWindow &window = *f.window;
    window.wizard()->next();
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    const QString path = QStringLiteral("applicant.name");
    ASSERT_TRUE(typeInto(window, path, QStringLiteral("示例公司")));
    typeText(letter);
    settle();
    ASSERT_EQ(window.session()->draft().text(path), QStringLiteral("示例公司") + letter);

    // Under the field, on this page (not only on Review), in the UI language; Next names it.
    FieldRow *row = rowOf(window, path);
    QString shown = shownProblems(row);
    EXPECT_TRUE(shown.contains(QStringLiteral("错误"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("导出的 PDF 无法显示字符"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(letter)) << qPrintable(shown);
    EXPECT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(
        window.wizard()->sectionPage(Applicant)->blockingReason().contains(QStringLiteral("申请人名称")));

    setUiLanguage(Language::English);
    QApplication::processEvents();
    shown = shownProblems(row);
    EXPECT_TRUE(shown.contains(QStringLiteral("Error:"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("the exported PDF cannot show"))) << qPrintable(shown);
    setUiLanguage(Language::Chinese);
    QApplication::processEvents();

    // Deleting it clears the error; an emoji (beyond the BMP) is named the same way.
    pressKey(Qt::Key_Backspace);
    settle();
    EXPECT_FALSE(shownProblems(row).contains(QStringLiteral("无法显示"))) << qPrintable(shownProblems(row));
    typeAsOneKey(QString::fromUcs4(U"\U0001F600", 1));
    settle();
    EXPECT_EQ(window.session()->draft().text(path), QStringLiteral("示例公司\U0001F600"));
    shown = shownProblems(row);
    EXPECT_TRUE(shown.contains(QStringLiteral("导出的 PDF 无法显示字符"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("U+1F600"))) << qPrintable(shown);
    EXPECT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());
}

TEST(WizardValidation, EditingAConfirmedIdentifierDropsTheConfirmation)
{
    QTemporaryDir dir;
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(confirmedDraft(dir)));
    ASSERT_EQ(window.wizard()->currentId(), Applicant);
    settle();
    const QString path = QStringLiteral("applicant.idNumber");
    FieldRow *row = rowOf(window, path);
    // Confirmed: the failing check digit is only a warning.
    QString shown = shownProblems(row);
    EXPECT_TRUE(shown.contains(QStringLiteral("警告"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("错误"))) << qPrintable(shown);

    // The user corrects the last character to another code that also fails the check digit: the
    // confirmation was for the old code and must not silence the check of the new one.
    QString edited;
    for (const QChar c : QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
        const QString candidate = kPilotCode.left(17) + c;
        if (candidate != kPilotCode &&
            validation::checkUscc(candidate).failsOnly(QStringLiteral("uscc.check-digit"))) {
            edited = candidate;
            break;
        }
    }
    ASSERT_FALSE(edited.isEmpty());
    ASSERT_TRUE(tabTo(row->input()->focusTarget()));
    pressKey(Qt::Key_End);
    pressKey(Qt::Key_Backspace);
    typeText(edited.right(1));
    settle();
    ASSERT_EQ(window.session()->draft().text(path), edited);
    EXPECT_FALSE(sectionOf(*window.session(), QStringLiteral("applicant"))
                     .contains(QStringLiteral("idNumberConfirmed")));
    shown = shownProblems(row);
    EXPECT_TRUE(shown.contains(QStringLiteral("错误"))) << qPrintable(shown);
    EXPECT_FALSE(window.wizard()->button(QWizard::NextButton)->isEnabled());

    // Other confirmations and keys nbapply does not know are kept, also in the saved file.
    const QString saved = dir.filePath(QStringLiteral("saved.nbapply.json"));
    ASSERT_TRUE(window.saveAs(saved));
    const DraftLoadResult loaded = loadDraftFile(saved);
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.error.en);
    const QJsonObject applicant = loaded.draft->json().value(QStringLiteral("applicant")).toObject();
    EXPECT_FALSE(applicant.contains(QStringLiteral("idNumberConfirmed")));
    EXPECT_EQ(applicant.value(QStringLiteral("x-note")).toString(), QStringLiteral("kept"));
    EXPECT_EQ(applicant.value(QStringLiteral("idNumber")).toString(), edited);
    EXPECT_TRUE(loaded.draft->json()
                    .value(QStringLiteral("representative"))
                    .toObject()
                    .value(QStringLiteral("phoneConfirmed"))
                    .toBool());
}

TEST(WizardValidation, AConfirmationStaysUntilItsValueOrIdentifierTypeChanges)
{
    DraftSession session(FormDefinition::builtin());
    QTemporaryDir dir;
    BilingualText error;
    ASSERT_TRUE(session.open(confirmedDraft(dir), &error)) << qPrintable(error.en);
    const QString confirmed = QStringLiteral("idNumberConfirmed");
    // Writing the same value, or another field, keeps it.
    session.setText(QStringLiteral("applicant.idNumber"), kPilotCode);
    session.setText(QStringLiteral("applicant.name"), QStringLiteral("另一家公司"));
    EXPECT_TRUE(sectionOf(session, QStringLiteral("applicant")).value(confirmed).toBool());
    // The representative's phone: its own marker only.
    session.setText(QStringLiteral("representative.phone"), QStringLiteral("+8613900139000"));
    EXPECT_FALSE(
        sectionOf(session, QStringLiteral("representative")).contains(QStringLiteral("phoneConfirmed")));
    EXPECT_TRUE(sectionOf(session, QStringLiteral("applicant")).value(confirmed).toBool());
    // Another identifier type makes the same characters a different identifier.
    session.setText(QStringLiteral("applicant.idType"), QStringLiteral("foreign-registration"));
    EXPECT_FALSE(sectionOf(session, QStringLiteral("applicant")).contains(confirmed));
    EXPECT_EQ(session.draft().text(QStringLiteral("applicant.idNumber")), kPilotCode);
    EXPECT_EQ(sectionOf(session, QStringLiteral("applicant")).value(QStringLiteral("x-note")).toString(),
              QStringLiteral("kept"));
    EXPECT_TRUE(session.isDirty());
}

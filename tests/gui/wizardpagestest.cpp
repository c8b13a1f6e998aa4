// The wizard's pages as the form makes them, and what was wrong with them when tried: pages per
// section, the Documents page (its title, its kinds, its verdicts, a Review link to one kind), the
// step line, the licence dialog, the unsaved-changes and recovery prompts, and a draft from a PDF.
#include "autosaver.h"
#include "documentkindbox.h"
#include "draft/draft.h"
#include "draftsession.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "pdf/pdfexporter.h"
#include "uilanguage.h"
#include "validation/draftvalidator.h"
#include "wizard/applicationwizard.h"
#include "wizard/documentspage.h"
#include "wizard/licencedialog.h"
#include "wizard/sectionpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::test;

namespace
{

const QString kCompany = QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json");

DocumentsPage *documentsPage(MainWindow &window)
{
    return static_cast<DocumentsPage *>(window.wizard()->page(Documents));
}

DocumentKindBox *boxOf(MainWindow &window, const QString &kind)
{
    for (DocumentKindBox *box : documentsPage(window)->boxes())
        if (box->kind().value == kind)
            return box;
    return nullptr;
}

// Runs `inspect` on the message box that `open` shows, then answers it with the button whose
// keyboard shortcut is `answer` (its mnemonic, Alt+letter), focused and pressed with Space. (Offscreen,
// a dialog is not made the active window, so Qt would not route Alt+letter to it.)
void answerMessageBox(const std::function<void()> &open, const std::function<void(QMessageBox *)> &inspect,
                      QKeyCombination answer)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen = true;
        inspect(box);
        QAbstractButton *button = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->shortcut() == QKeySequence(answer))
                button = b;
        EXPECT_NE(button, nullptr) << "no button answers " << qPrintable(QKeySequence(answer).toString());
        if (button) {
            button->setFocus(Qt::ShortcutFocusReason);
            QTest::keyClick(button, Qt::Key_Space);
        }
        if (box->isVisible()) // never leave the test waiting in exec()
            box->reject();
    });
    open();
    EXPECT_TRUE(seen);
}

} // namespace

TEST(WizardForm, EveryFormSectionIsAPageTitledAndIntroducedByTheForm)
{
    WindowFixture f;
    ApplicationWizard *wizard = f.window->wizard();
    const FormDefinition &form = FormDefinition::builtin();
    EXPECT_EQ(wizard->sectionPageId(QStringLiteral("applicant")), Applicant);
    EXPECT_EQ(wizard->sectionPageId(QStringLiteral("representative")), Representative);
    EXPECT_EQ(wizard->sectionPageId(QStringLiteral("plan")), Plan);
    for (const Language language : {Language::Chinese, Language::English}) {
        setUiLanguage(language);
        QApplication::processEvents();
        QList<int> expected{Welcome};
        for (qsizetype i = 0; i < form.sections.size(); ++i) {
            SectionPage *page = wizard->sectionPage(FirstSection + int(i));
            ASSERT_NE(page, nullptr);
            EXPECT_EQ(page->sectionId(), form.sections[i].id);
            EXPECT_EQ(page->title(), inUi(form.sections[i].label));
            EXPECT_FALSE(form.sections[i].intro.isEmpty());
            EXPECT_EQ(page->subTitle(), inUi(form.sections[i].intro));
            expected << FirstSection + int(i);
        }
        expected << Documents << Review << Export;
        EXPECT_EQ(wizard->pageIds(), expected);
    }
    setUiLanguage(Language::Chinese);
}

TEST(WizardForm, EveryPageSaysWhichStepOfHowManyItIs)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    EXPECT_EQ(window.stepText(), QStringLiteral("第 1 步，共 7 步"));
    ASSERT_TRUE(window.openFile(kCompany));
    EXPECT_EQ(window.stepText(), QStringLiteral("第 2 步，共 7 步"));
    pressEnterForNext();
    EXPECT_EQ(window.stepText(), QStringLiteral("第 3 步，共 7 步"));
    setUiLanguage(Language::English);
    QApplication::processEvents();
    EXPECT_EQ(window.stepText(), QStringLiteral("Step 3 of 7"));
    setUiLanguage(Language::Chinese);
}

TEST(WizardForm, TheDocumentsPageIsTitledAndOffersOnlyTheApplicantsKinds)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    ASSERT_TRUE(window.wizard()->goToField(QStringLiteral("documents")));
    DocumentsPage *page = documentsPage(window);
    EXPECT_EQ(page->title(), QStringLiteral("申请材料"));
    // An organisation: its four, plus "other"; not the natural person's ID copy.
    EXPECT_FALSE(page->offers(QStringLiteral("applicant-id-copy")));
    for (const char *kind : {"business-licence", "legal-representative-id-copy", "authorization-letter",
                             "representative-id-copy", "other"})
        EXPECT_TRUE(page->offers(QLatin1String(kind))) << kind;
    // Switching to a natural person offers theirs and drops the organisation's (it has no files).
    window.session()->setText(QStringLiteral("applicant.kind"), QStringLiteral("individual"));
    EXPECT_TRUE(page->offers(QStringLiteral("applicant-id-copy")));
    // A kind the draft holds files for stays, so the files can be seen and removed.
    EXPECT_TRUE(page->offers(QStringLiteral("business-licence")));
    window.session()->setDocuments({});
    EXPECT_FALSE(page->offers(QStringLiteral("business-licence")));
}

TEST(WizardForm, AReviewLinkToADocumentKindFocusesThatKind)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    for (const char *kind : {"authorization-letter", "representative-id-copy", "business-licence"}) {
        ASSERT_TRUE(window.wizard()->goToField(QStringLiteral("documents.") + QLatin1String(kind))) << kind;
        ASSERT_EQ(window.wizard()->currentId(), Documents);
        DocumentKindBox *box = boxOf(window, QLatin1String(kind));
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(QApplication::focusWidget(), box->addButton()) << kind;
    }
}

TEST(WizardForm, ADocumentBoxShowsTheCoresVerdictNotItsOwn)
{
    QTemporaryDir dir;
    QFile::copy(kCompany, dir.filePath(QStringLiteral("company.nbapply.json")));
    WindowFixture f;
    MainWindow &window = *f.window;
    // The draft's documents are relative to its folder, where none of them is: each is not found.
    ASSERT_TRUE(window.openFile(dir.filePath(QStringLiteral("company.nbapply.json"))));
    ASSERT_TRUE(window.wizard()->goToField(QStringLiteral("documents.business-licence")));
    const Problems core = validateField(FormDefinition::builtin(), window.session()->draft(),
                                        QStringLiteral("documents"), window.session()->validationContext());
    DocumentKindBox *box = boxOf(window, QStringLiteral("business-licence"));
    ASSERT_NE(box, nullptr);
    const QString shown = box->statusText();
    bool found = false;
    for (const Problem &p : core) {
        EXPECT_FALSE(p.code.startsWith(QLatin1String("gui."))) << qPrintable(p.code);
        if (p.code == QLatin1String("document.not-found") &&
            p.message.zh.contains(QStringLiteral("企业营业执照"))) {
            found = true;
            // The same severity and words as Review and `nbapply validate`.
            EXPECT_TRUE(shown.contains(QStringLiteral("错误"))) << qPrintable(shown);
            EXPECT_TRUE(shown.contains(p.message.zh)) << qPrintable(shown);
        }
    }
    EXPECT_TRUE(found);
    // A missing required kind: the core's document.missing warning, in its words.
    window.session()->setDocuments({});
    Problems missing;
    for (const Problem &p : validateField(FormDefinition::builtin(), window.session()->draft(),
                                          QStringLiteral("documents"), window.session()->validationContext()))
        if (p.code == QLatin1String("document.missing") &&
            p.message.zh.contains(QStringLiteral("企业营业执照")))
            missing << p;
    ASSERT_EQ(missing.size(), 1);
    EXPECT_TRUE(box->statusText().contains(missing.first().message.zh)) << qPrintable(box->statusText());
    EXPECT_TRUE(box->statusText().contains(QStringLiteral("警告")));
    // "Other documents" is never missing.
    EXPECT_TRUE(boxOf(window, QStringLiteral("other"))->statusText().isEmpty());
}

TEST(WizardForm, TheLicenceReadsInParagraphs)
{
    QFile file(QStringLiteral(":/licence/nanbeige-licence-v1.0.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList paragraphs = licenceParagraphs(text);
    ASSERT_GT(paragraphs.size(), 50);
    // 1.1 is one paragraph, from its number to its full stop, with no line break inside.
    QString definition;
    for (const QString &p : paragraphs)
        if (p.startsWith(QStringLiteral("1.1 ")))
            definition = p;
    EXPECT_TRUE(definition.endsWith(QStringLiteral("权益。"))) << qPrintable(definition);
    EXPECT_TRUE(definition.contains(QStringLiteral("第三方实施"))) << qPrintable(definition);

    LicenceDialog dialog;
    const QTextDocument *document = dialog.text()->document();
    EXPECT_EQ(document->blockCount(), paragraphs.size());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        EXPECT_FALSE(block.text().trimmed().isEmpty()) << "an empty line between paragraphs";
    EXPECT_FALSE(dialog.text()->toPlainText().contains(QStringLiteral("第\n三方")));
}

TEST(WizardForm, TheUnsavedChangesDialogHasAKeyForEachChoice)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    window.session()->setText(QStringLiteral("applicant.name"), QStringLiteral("南山"));
    QStringList keys;
    answerMessageBox([&] { EXPECT_TRUE(window.maybeSave()); },
                     [&](QMessageBox *box) {
                         for (QAbstractButton *b : box->buttons())
                             keys << QKeySequence::mnemonic(b->text()).toString();
                     },
                     QKeyCombination(Qt::AltModifier, Qt::Key_D));
    keys.sort();
    EXPECT_EQ(keys, QStringList({QStringLiteral("Alt+C"), QStringLiteral("Alt+D"), QStringLiteral("Alt+S")}));
    // Alt+D discarded.
    EXPECT_FALSE(window.session()->isDirty());
}

TEST(WizardForm, TheRecoveryPromptSaysWhichApplicationFromWhen)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    {
        DraftSession killed(FormDefinition::builtin());
        Autosaver saver(&killed);
        killed.setText(QStringLiteral("applicant.name"), QStringLiteral("恢复测试有限公司"));
        saver.flush();
    }
    const QString question = window.recoveryQuestion();
    EXPECT_TRUE(question.contains(QStringLiteral("恢复测试有限公司"))) << qPrintable(question);
    EXPECT_TRUE(question.contains(QString::number(QDate::currentDate().year()))) << qPrintable(question);
    QString shown;
    answerMessageBox([&] { window.offerRecovery(); }, [&](QMessageBox *box) { shown = box->text(); },
                     QKeyCombination(Qt::AltModifier, Qt::Key_L));
    EXPECT_EQ(shown, question);
}

TEST(WizardForm, ADraftOpenedFromAPdfIsTitledWithThePdf)
{
    QTemporaryDir dir;
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    const QString pdf = dir.filePath(QStringLiteral("南山申请.pdf"));
    const PdfExportResult written =
        writeApplicationPdf(FormDefinition::builtin(), window.session()->draft(), pdf);
    ASSERT_TRUE(written.ok) << qPrintable(written.error.en);
    ASSERT_TRUE(window.newDraft());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("新申请")));
    ASSERT_TRUE(window.openFile(pdf));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("南山申请.pdf")))
        << qPrintable(window.windowTitle());
    EXPECT_FALSE(window.windowTitle().contains(QStringLiteral("新申请"))) << qPrintable(window.windowTitle());
    // Saved as a draft, it is named after the draft.
    ASSERT_TRUE(window.saveAs(dir.filePath(QStringLiteral("saved.nbapply.json"))));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("saved.nbapply.json")));
}

// Not a check: with NBAPPLY_SHOT_DIR set (docs/images), grabs the licence dialog for the
// documentation. Run under xvfb-run with QT_QPA_PLATFORM=xcb.
TEST(WizardForm, ScreenshotOfTheLicence)
{
    const QString dir = qEnvironmentVariable("NBAPPLY_SHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set NBAPPLY_SHOT_DIR to write the screenshot";
    setUiLanguage(Language::Chinese);
    LicenceDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    EXPECT_TRUE(dialog.grab().save(dir + QStringLiteral("/licence-zh_CN.png"), "PNG"));
}

TEST(WizardForm, ADocumentOfAnUnknownKindIsReportedOnTheDocumentsPage)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    ASSERT_TRUE(window.wizard()->goToField(QStringLiteral("documents")));
    EXPECT_TRUE(documentsPage(window)->otherProblemsText().isEmpty());
    QList<DocumentRef> documents = window.session()->draft().documents();
    documents << DocumentRef{QStringLiteral("x-invoice"), QStringLiteral("documents/授权委托书.pdf")};
    window.session()->setDocuments(documents);
    QString expected;
    for (const Problem &p : validateField(FormDefinition::builtin(), window.session()->draft(),
                                          QStringLiteral("documents"), window.session()->validationContext()))
        if (p.code == QLatin1String("document.kind"))
            expected = p.message.zh;
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_TRUE(documentsPage(window)->otherProblemsText().contains(expected))
        << qPrintable(documentsPage(window)->otherProblemsText());
}

// An error the Documents page shows (here a file that is not there) disables Next, as an error does
// on the other pages; a document that is only missing (a warning) does not.
TEST(WizardForm, AnErrorOnTheDocumentsPageDisablesNext)
{
    WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(window.openFile(kCompany));
    ASSERT_TRUE(window.wizard()->goToField(QStringLiteral("documents")));
    ASSERT_EQ(window.wizard()->currentId(), Documents);
    QAbstractButton *next = window.wizard()->button(QWizard::NextButton);
    const QList<DocumentRef> original = window.session()->draft().documents();
    EXPECT_TRUE(next->isEnabled());

    QList<DocumentRef> documents = original;
    documents << DocumentRef{QStringLiteral("business-licence"),
                             QStringLiteral("documents/不存在的执照.pdf")};
    window.session()->setDocuments(documents);
    QApplication::processEvents();
    DocumentKindBox *box = boxOf(window, QStringLiteral("business-licence"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->statusText().contains(QStringLiteral("不存在的执照.pdf")))
        << qPrintable(box->statusText());
    EXPECT_FALSE(next->isEnabled());

    // Without any business licence it is only missing: a warning, and Next is enabled again.
    documents.clear();
    for (const DocumentRef &document : original)
        if (document.kind != QLatin1String("business-licence"))
            documents << document;
    window.session()->setDocuments(documents);
    QApplication::processEvents();
    EXPECT_TRUE(next->isEnabled());
}

// The Review and Export pages as a user meets them: the review's content and links (checked through
// JavaScript in the real QtWebEngine page), the lazy creation of the web view, printing, and an export
// that writes a PDF and an e-mail draft which the page then previews and hands on.
#include "draftsession.h"
#include "export/exportpage.h"
#include "form/formdefinition.h"
#include "review/reviewpage.h"
#include "reviewexporthelpers.h"
#include "testpaths.h"
#include "uilanguage.h"
#include "widgets/problemlabel.h"
#include "wizard/applicationwizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

const QString kCompanyName = QStringLiteral("北京南山智能科技有限公司");

int applicableLinkCount(const Draft &draft)
{
    int count = 0;
    for (const SectionDefinition &section : form().sections)
        for (const FieldDefinition &field : section.fields)
            count += field.appliesToDraft(draft) ? 1 : 0; // "which document" only for an other document
    for (const DocumentKind &kind : form().documentKinds)
        count += kind.isRequiredFor(draft.applicantKind()) ? 1 : 0;
    return count;
}

TEST(ReviewPage, WebViewIsCreatedOnlyWhenTheReviewPageFirstOpens)
{
    OpenedSession s(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(s.opened) << qPrintable(s.message);
    ApplicationWizard wizard(form(), &s.session);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    EXPECT_EQ(wizard.findChild<QWidget *>(QStringLiteral("reviewView")), nullptr);
    auto *review = qobject_cast<ReviewPage *>(wizard.page(Review));
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(review->view(), nullptr);

    // Walking through the pages does not create it either, until Review itself opens.
    while (wizard.currentId() < Documents) {
        const int before = wizard.currentId();
        wizard.next();
        ASSERT_NE(wizard.currentId(), before) << "blocked on page " << before;
    }
    EXPECT_EQ(wizard.findChild<QWidget *>(QStringLiteral("reviewView")), nullptr);
    QSignalSpy loaded(review, &ReviewPage::reviewLoaded);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), Review);
    ASSERT_NE(wizard.findChild<QWidget *>(QStringLiteral("reviewView")), nullptr);
    EXPECT_EQ(wizard.findChild<QWidget *>(QStringLiteral("reviewView")), review->view());
    ASSERT_TRUE(loaded.wait(30000));
    s.session.discardChanges();
}

TEST(ReviewPage, ShowsTheWholeApplicationWithALinkForEveryField)
{
    OpenedSession s(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(s.opened) << qPrintable(s.message);
    ReviewPage page(form(), &s.session);
    page.resize(900, 700);
    page.show();
    ASSERT_TRUE(openReview(page));

    EXPECT_EQ(
        runJs(page.view(), QStringLiteral("document.querySelectorAll('section a.field-link[href^=\"nbapply-"
                                          "edit:\"]').length"))
            .toInt(),
        applicableLinkCount(s.session.draft()));
    EXPECT_TRUE(runJs(page.view(), QStringLiteral("document.querySelector('#field-applicant\\\\.name "
                                                  "td').innerText"))
                    .toString()
                    .contains(kCompanyName));
    const QString text = runJs(page.view(), QStringLiteral("document.body.innerText")).toString();
    for (const QString &expected :
         {QStringLiteral("一、申请人基本信息"), QStringLiteral("Authorised representative"),
          QStringLiteral("张伟"), QStringLiteral("营业执照（加盖公章）.pdf"), QStringLiteral("特别提示"),
          QStringLiteral("须加盖公章")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected);
    // The example is complete: nothing blocks, no problem marker.
    EXPECT_TRUE(page.isComplete()) << qPrintable(page.blockingReason());
    EXPECT_EQ(
        runJs(page.view(), QStringLiteral("document.querySelectorAll('.problem.error').length")).toInt(), 0);
    EXPECT_EQ(
        runJs(page.view(), QStringLiteral("document.querySelectorAll('section.summary.ok').length")).toInt(),
        1);
}

TEST(ReviewPage, AnErrorIsMarkedBesideItsFieldAndBlocksNext)
{
    OpenedSession s(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(s.opened) << qPrintable(s.message);
    ReviewPage page(form(), &s.session);
    page.show();
    ASSERT_TRUE(openReview(page));
    ASSERT_TRUE(page.isComplete());

    QSignalSpy complete(&page, &ReviewPage::completeChanged);
    QSignalSpy loaded(&page, &ReviewPage::reviewLoaded);
    s.session.setText(QStringLiteral("applicant.address"), QString());
    EXPECT_FALSE(page.isComplete());
    EXPECT_EQ(complete.count(), 1);
    // The visible page follows the change by itself (debounced).
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_EQ(
        runJs(page.view(), QStringLiteral("document.querySelectorAll('#field-applicant\\\\.address.has-error "
                                          ".problem.error').length"))
            .toInt(),
        1);
    EXPECT_EQ(
        runJs(page.view(), QStringLiteral("document.querySelectorAll('section.summary.blocked').length"))
            .toInt(),
        1);
    const QString reason = page.blockingReason();
    EXPECT_TRUE(reason.contains(QStringLiteral("经营地址")) ||
                reason.contains(QStringLiteral("Business address")))
        << qPrintable(reason);
    s.session.discardChanges();
}

TEST(ReviewPage, ClickingAFieldAsksToEditIt)
{
    OpenedSession s(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(s.opened) << qPrintable(s.message);
    ReviewPage page(form(), &s.session);
    page.resize(900, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(openReview(page));
    QSignalSpy edit(&page, &ReviewPage::editFieldRequested);

    // Where the link to the representative's e-mail is, scrolled into view, in view coordinates.
    const QVariantList rect =
        runJs(page.view(), QStringLiteral("(function(){var a=document.querySelector('a[href=\"nbapply-edit:"
                                          "representative.email\"]');a.scrollIntoView({block:'center'});"
                                          "var r=a.getBoundingClientRect();return [r.left+r.width/2,"
                                          "r.top+r.height/2];})()"))
            .toList();
    ASSERT_EQ(rect.size(), 2);
    QTest::qWait(100); // let the scroll reach the compositor
    const QPoint point(int(rect.at(0).toDouble()), int(rect.at(1).toDouble()));
    QWidget *target = page.view()->focusProxy() ? page.view()->focusProxy() : page.view();
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, point);
    if (edit.isEmpty())
        edit.wait(5000);
    ASSERT_EQ(edit.count(), 1);
    EXPECT_EQ(edit.at(0).at(0).toString(), QStringLiteral("representative.email"));
    // The page did not navigate away.
    EXPECT_TRUE(
        runJs(page.view(), QStringLiteral("document.body.innerText")).toString().contains(kCompanyName));
}

TEST(ReviewPage, PrintsTheReviewToAPdfFile)
{
    OpenedSession s(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(s.opened) << qPrintable(s.message);
    ReviewPage page(form(), &s.session);
    page.show();
    ASSERT_TRUE(openReview(page));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.pdf"));
    QSignalSpy printed(&page, &ReviewPage::pdfPrinted);
    page.printToPdf(path);
    ASSERT_TRUE(printed.wait(30000));
    ASSERT_TRUE(printed.at(0).at(1).toBool());
    // It shows every ID number and phone of the application: owner-only, like the exports.
    struct stat status {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(path), QPdfDocument::Error::None);
    EXPECT_GE(pdf.pageCount(), 2);
    EXPECT_TRUE(pdf.getAllText(0).text().normalized(QString::NormalizationForm_KC).contains(kCompanyName));
}

TEST(ReviewPage, FollowsTheUiLanguage)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::Chinese);
    OpenedSession s(example(QStringLiteral("individual.nbapply.json")));
    ASSERT_TRUE(s.opened) << qPrintable(s.message);
    ReviewPage page(form(), &s.session);
    page.show();
    ASSERT_TRUE(openReview(page));
    EXPECT_TRUE(runJs(page.view(), QStringLiteral("document.querySelector('#summary').innerText"))
                    .toString()
                    .contains(QStringLiteral("可以导出")));
    // A natural person: no company fields on the page.
    EXPECT_EQ(
        runJs(page.view(), QStringLiteral("document.querySelectorAll('#field-applicant\\\\.enterpriseType')."
                                          "length"))
            .toInt(),
        0);
    EXPECT_EQ(runJs(page.view(), QStringLiteral("document.querySelectorAll('section a.field-link').length"))
                  .toInt(),
              applicableLinkCount(s.session.draft()));

    QSignalSpy loaded(&page, &ReviewPage::reviewLoaded);
    setUiLanguage(Language::English);
    ASSERT_TRUE(loaded.wait(30000));
    EXPECT_TRUE(runJs(page.view(), QStringLiteral("document.querySelector('#summary').innerText"))
                    .toString()
                    .contains(QStringLiteral("No errors")));
    EXPECT_EQ(page.title(), QStringLiteral("Review"));
    setUiLanguage(before);
}

// --- Export -------------------------------------------------------------------------------------

QPushButton *buttonNamed(QWidget *page, const QString &english)
{
    for (QPushButton *button : page->findChildren<QPushButton *>())
        if (button->text().remove(QLatin1Char('&')) == english)
            return button;
    return nullptr;
}

TEST(ExportPage, WritesThePdfAndTheEmailDraftAndPreviewsThePdf)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    ASSERT_TRUE(f.exportNow());
    const ApplicationExportResult &result = *f.page.lastResult();
    EXPECT_TRUE(QFileInfo(result.pdfPath).isFile());
    EXPECT_TRUE(QFileInfo(result.emailPath).isFile());
    EXPECT_EQ(QFileInfo(result.pdfPath).absolutePath(), QFileInfo(f.out.path()).absoluteFilePath());
    EXPECT_TRUE(QFileInfo(result.pdfPath).fileName().startsWith(kCompanyName));
    EXPECT_EQ(QDir(f.out.path()).entryList(QDir::Files).size(), 2); // no temporary left behind

    // The preview shows the exported PDF.
    QPdfDocument *pdf = f.page.pdfDocument();
    ASSERT_EQ(pdf->status(), QPdfDocument::Status::Ready);
    EXPECT_EQ(pdf->pageCount(), result.pageCount);
    EXPECT_GE(pdf->pageCount(), 1);
    EXPECT_TRUE(pdf->getAllText(0).text().normalized(QString::NormalizationForm_KC).contains(kCompanyName));

    // What the e-mail attaches: the PDF and the four documents, with a total that matches the files.
    ASSERT_EQ(f.page.enclosures().size(), 5);
    qint64 total = 0;
    for (const Enclosure &file : f.page.enclosures()) {
        EXPECT_GT(file.size, 0) << qPrintable(file.path);
        total += file.size;
    }
    EXPECT_LT(total, QFileInfo(result.emailPath).size()); // base64 makes the message bigger
    const QString note = f.page.mailtoNote();
    EXPECT_TRUE(note.contains(QStringLiteral("without attachments")));
    for (const Enclosure &file : f.page.enclosures())
        EXPECT_TRUE(note.contains(QDir::toNativeSeparators(file.path))) << qPrintable(file.path);

    // Every action: its button is enabled, keyboard-reachable (mnemonic), named for screen readers.
    const struct {
        QString text;
        QString scheme;
    } actions[] = {{QStringLiteral("Open PDF"), QStringLiteral("file")},
                   {QStringLiteral("Open e-mail draft"), QStringLiteral("file")},
                   {QStringLiteral("Compose without attachments (mailto:)"), QStringLiteral("mailto")},
                   {QStringLiteral("Show folder"), QStringLiteral("file")}};
    for (const auto &action : actions) {
        QPushButton *button = buttonNamed(&f.page, action.text);
        ASSERT_NE(button, nullptr) << qPrintable(action.text);
        EXPECT_TRUE(button->isEnabled());
        EXPECT_TRUE(button->text().contains(QLatin1Char('&')));
        // Named by its visible text (what a screen reader reads), and described in full.
        EXPECT_EQ(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name),
                  QString(action.text).remove(QLatin1Char('&')));
        EXPECT_FALSE(button->accessibleDescription().isEmpty());
        EXPECT_EQ(button->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        button->click();
        ASSERT_FALSE(f.opened.isEmpty());
        EXPECT_EQ(f.opened.constLast().scheme(), action.scheme) << qPrintable(action.text);
    }
    EXPECT_EQ(f.opened.at(0), QUrl::fromLocalFile(result.pdfPath));
    EXPECT_EQ(f.opened.at(1), QUrl::fromLocalFile(result.emailPath));
    EXPECT_EQ(f.opened.at(2).path(), form().recipient);

    QPushButton *copy = buttonNamed(&f.page, QStringLiteral("Copy e-mail text"));
    ASSERT_NE(copy, nullptr);
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(kCompanyName));
    EXPECT_TRUE(copied.contains(QFileInfo(result.pdfPath).fileName()));
    setUiLanguage(before);
}

// What the page says after an export counts pages and files in the grammar of the UI language.
// Without a PDF viewer "Open PDF" still tells the user something: which file, and where it is.
TEST(ExportPage, OpeningWithoutAViewerSaysWhereTheFileIs)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.exportNow());
    f.page.setUrlOpener([](const QUrl &) { return false; });
    buttonNamed(&f.page, QStringLiteral("Open PDF"))->click();
    const QString pdfPath = QDir::toNativeSeparators(f.page.lastResult()->pdfPath);
    EXPECT_TRUE(labelTexts(&f.page).contains(QStringLiteral("no application is set up for it")));
    EXPECT_TRUE(labelTexts(&f.page).contains(pdfPath)) << qPrintable(labelTexts(&f.page));
    setUiLanguage(before);
}

TEST(ExportPage, CountsAreWordedForTheUiLanguage)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::English);
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    ASSERT_TRUE(f.exportNow());
    const int pages = f.page.lastResult()->pageCount;
    ASSERT_GE(pages, 1);
    auto shown = [&f] {
        QStringList texts;
        for (QLabel *label : f.page.findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    };
    const QString pageWords =
        pages == 1 ? QStringLiteral("(1 page)") : QStringLiteral("(%1 pages)").arg(pages);
    EXPECT_TRUE(shown().contains(pageWords)) << qPrintable(shown());
    EXPECT_TRUE(shown().contains(QStringLiteral("The e-mail attaches 5 files,"))) << qPrintable(shown());
    EXPECT_FALSE(shown().contains(QStringLiteral("(s)"))) << qPrintable(shown());
    setUiLanguage(Language::Chinese);
    QCoreApplication::processEvents();
    EXPECT_TRUE(shown().contains(QStringLiteral("PDF（%1 页）").arg(pages))) << qPrintable(shown());
    EXPECT_TRUE(shown().contains(QStringLiteral("邮件附带 5 个文件"))) << qPrintable(shown());
    setUiLanguage(before);
    QCoreApplication::processEvents();
}

// Not a check: with NBAPPLY_SHOT_DIR set (docs/images), grabs the Export page after an export, in
// both languages, for the documentation. Run under xvfb-run with QT_QPA_PLATFORM=xcb.
TEST(ExportPage, ScreenshotAfterExport)
{
    const QString dir = qEnvironmentVariable("NBAPPLY_SHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set NBAPPLY_SHOT_DIR to write the screenshots";
    const Language before = uiLanguage();
    for (const Language language : {Language::Chinese, Language::English}) {
        setUiLanguage(language);
        ExportFixture f(QStringLiteral("company.nbapply.json"));
        ASSERT_TRUE(f.exportNow());
        f.page.setTitle(f.page.title()); // keep the page's own header
        f.page.resize(1100, 680);
        f.page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&f.page));
        QTest::qWait(800);
        const QString name = language == Language::Chinese ? QStringLiteral("export-done-zh_CN.png")
                                                           : QStringLiteral("export-done-en.png");
        EXPECT_TRUE(f.page.grab().save(QDir(dir).filePath(name)));
    }
    setUiLanguage(before);
}

TEST(ExportPage, RefusesADraftWithErrorsAndWritesNothing)
{
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened);
    f.s.session.setText(QStringLiteral("representative.email"), QStringLiteral("not an address\r\n"));
    EXPECT_FALSE(f.exportNow());
    ASSERT_TRUE(f.page.lastResult().has_value());
    EXPECT_TRUE(f.page.lastResult()->refused);
    EXPECT_TRUE(QDir(f.out.path()).isEmpty());
    auto *problems = f.page.findChild<ProblemLabel *>();
    ASSERT_NE(problems, nullptr);
    EXPECT_TRUE(problems->isVisibleTo(&f.page));
    EXPECT_FALSE(problems->text().isEmpty());
    EXPECT_FALSE(buttonNamed(&f.page, QStringLiteral("Open PDF")) &&
                 buttonNamed(&f.page, QStringLiteral("Open PDF"))->isEnabled());
    f.s.session.discardChanges();
}

// The Export page asks before replacing what stands at an output name, with the same test as
// `nbapply export`: a link that leads nowhere counts (QFileInfo::exists says no, and the export would
// then stop at the link instead of asking).
TEST(ExportPage, AsksBeforeReplacingALinkThatLeadsNowhere)
{
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened);
    const QString pdf = f.out.filePath(f.s.session.checked().pdfFileName());
    ASSERT_TRUE(QFile::link(f.out.filePath(QStringLiteral("nowhere")), pdf));
    QString asked;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    poll.start(10);
    EXPECT_FALSE(f.page.startExport(true));
    poll.stop();
    EXPECT_TRUE(asked.contains(QDir::toNativeSeparators(pdf))) << qPrintable(asked);
    EXPECT_FALSE(f.page.isExporting());
    EXPECT_TRUE(QFileInfo(pdf).isSymLink());
}

TEST(ExportPage, AnUnwritableFolderFailsWithABilingualMessage)
{
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened);
    // A file where the folder should be: the folder cannot be created.
    const QString blocker = f.out.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    f.page.setOutputFolder(blocker + QStringLiteral("/out"));
    EXPECT_FALSE(f.exportNow());
    EXPECT_FALSE(f.page.lastResult()->ok);
    EXPECT_FALSE(f.page.lastResult()->refused);
    EXPECT_EQ(QDir(f.out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);
    const QString shown = f.page.findChild<ProblemLabel *>()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("无法创建文件夹"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("Could not create the folder"))) << qPrintable(shown);
}

TEST(ExportPage, NaturalPersonExportNamesTheirDocuments)
{
    ExportFixture f(QStringLiteral("individual.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << qPrintable(f.s.message);
    ASSERT_TRUE(f.exportNow());
    EXPECT_EQ(f.page.enclosures().size(), 1 + f.s.session.draft().documents().size());
    EXPECT_EQ(f.page.pdfDocument()->pageCount(), f.page.lastResult()->pageCount);
}

} // namespace

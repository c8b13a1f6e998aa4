// The paper half in the GUI: File › Print and the Export page's Print (through QPrinter's PDF output
// instead of the dialog), the letter created beside the export, and the Documents page's guidance,
// letter offer and scan checks.
#include "application/checkedapplication.h"
#include "export/exportpage.h"
#include "mainwindow.h"
#include "print/paperactions.h"
#include "print/printdialog.h"
#include "reviewexporthelpers.h"
#include "uilanguage.h"
#include "widgets/documentkindbox.h"
#include "wizard/applicationwizard.h"
#include "wizard/documentspage.h"
#include "wizard/pageids.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPdfDocument>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>

#include <gtest/gtest.h>

using namespace nbapply;
using namespace nbapply::gui;
using namespace nbapply::gui::pagetest;

namespace
{

// The print dialog replaced by "print to this PDF file"; counts how often it was shown.
struct PrintToFile {
    explicit PrintToFile(const QString &path)
    {
        setPrintDialogRunner([this, path](QPrinter *printer, QWidget *) {
            ++shown;
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path);
            printer->setResolution(150);
            return true;
        });
    }
    ~PrintToFile()
    {
        setPrintDialogRunner([](QPrinter *, QWidget *) { return false; });
    }
    int shown = 0;
};

int pageCount(const QString &path)
{
    QPdfDocument document;
    return document.load(path) == QPdfDocument::Error::None ? document.pageCount() : -1;
}

QString pdfText(const QString &path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return QString();
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
}

DocumentKindBox *boxOf(DocumentsPage &page, const QString &kind)
{
    for (DocumentKindBox *box : page.boxes())
        if (box->kind().value == kind)
            return box;
    return nullptr;
}

} // namespace

TEST(Paper, PrintWithoutAnExportSaysWhatToDoFirst)
{
    QTemporaryDir out;
    PrintToFile printer(out.filePath(QStringLiteral("never.pdf")));
    MainWindow window(form());
    ASSERT_NE(window.printAction(), nullptr);
    EXPECT_EQ(window.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    const QString message = window.printExported();
    EXPECT_EQ(message, nothingToPrintText());
    EXPECT_TRUE(message.contains(QStringLiteral("Export the application first")));
    EXPECT_EQ(printer.shown, 0);
    EXPECT_FALSE(QFile::exists(out.filePath(QStringLiteral("never.pdf"))));
}

TEST(Paper, TheExportPagePrintsTheApplicationAndTheLetterItCreatesBesideIt)
{
    ExportFixture f(QStringLiteral("company.nbapply.json"));
    ASSERT_TRUE(f.s.opened) << f.s.message.toStdString();
    PaperActions *paper = f.page.paper();
    // Before an export: the same explanation, nothing printed.
    QTemporaryDir printed;
    PrintToFile printer(printed.filePath(QStringLiteral("printed.pdf")));
    EXPECT_EQ(paper->print(), nothingToPrintText());
    ASSERT_TRUE(f.exportNow());

    EXPECT_EQ(paper->print(), QString());
    EXPECT_EQ(printer.shown, 1);
    const int applicationPages = f.page.lastResult()->pageCount;
    EXPECT_EQ(pageCount(printed.filePath(QStringLiteral("printed.pdf"))), applicationPages);

    // The letter with a last day, written beside the application, then printed after it.
    paper->limitBox()->setChecked(true);
    paper->untilEdit()->setDate(QDate(2027, 11, 25));
    const QString letter = paper->createLetter();
    ASSERT_FALSE(letter.isEmpty()) << paper->statusText().toStdString();
    EXPECT_EQ(QFileInfo(letter).absolutePath(), QFileInfo(f.page.lastResult()->pdfPath).absolutePath());
    // Named in the user interface's language.
    EXPECT_TRUE(letter.endsWith(uiLanguage() == Language::Chinese
                                    ? QStringLiteral("-授权委托书.pdf")
                                    : QStringLiteral("-letter-of-authorisation.pdf")))
        << letter.toStdString();
    EXPECT_TRUE(pdfText(letter).contains(QStringLiteral("至2027-11-25止")));
    EXPECT_TRUE(paper->statusText().contains(QFileInfo(letter).fileName()));
    EXPECT_EQ(paper->print(), QString());
    EXPECT_EQ(pageCount(printed.filePath(QStringLiteral("printed.pdf"))), applicationPages + 1);
}

TEST(Paper, FilePrintPrintsTheExportPagesFiles)
{
    QTemporaryDir printed;
    PrintToFile printer(printed.filePath(QStringLiteral("printed.pdf")));
    MainWindow window(form());
    window.show(); // the wizard starts its pages when shown
    ASSERT_TRUE(window.openFile(example(QStringLiteral("company.nbapply.json"))));
    auto *page = qobject_cast<ExportPage *>(window.wizard()->page(Export));
    ASSERT_NE(page, nullptr);
    QTemporaryDir out;
    page->initializePage();
    page->setOutputFolder(out.path());
    QSignalSpy finished(page, &ExportPage::exportFinished);
    ASSERT_TRUE(page->startExport(false));
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(window.printExported(), QString());
    EXPECT_EQ(printer.shown, 1);
    EXPECT_EQ(pageCount(printed.filePath(QStringLiteral("printed.pdf"))), page->lastResult()->pageCount);
}

TEST(Paper, TheDocumentsPageSaysHowToPrepareSealedCopiesAndOffersTheLetter)
{
    OpenedSession company(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(company.opened);
    const Language before = uiLanguage();
    auto restore = qScopeGuard([before] { setUiLanguage(before); });
    setUiLanguage(Language::English);
    DocumentsPage page(form(), &company.session);
    for (const QString &kind :
         {QStringLiteral("business-licence"), QStringLiteral("legal-representative-id-copy"),
          QStringLiteral("authorization-letter"), QStringLiteral("representative-id-copy")}) {
        DocumentKindBox *box = boxOf(page, kind);
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->guidanceText().contains(QStringLiteral("official seal"))) << kind.toStdString();
        EXPECT_TRUE(box->guidanceText().contains(QStringLiteral("JPEG/PNG"))) << kind.toStdString();
    }
    EXPECT_TRUE(boxOf(page, QStringLiteral("other"))->guidanceText().isEmpty());
    DocumentKindBox *letterBox = boxOf(page, QStringLiteral("authorization-letter"));
    auto *offer = letterBox->findChild<PaperActions *>();
    ASSERT_NE(offer, nullptr);
    EXPECT_FALSE(offer->printButton()->isVisibleTo(offer));
    bool said = false;
    for (QLabel *label : offer->findChildren<QLabel *>())
        said = said ||
               label->text() ==
                   QStringLiteral("Create the letter, print it, stamp and sign it, then attach the scan.");
    EXPECT_TRUE(said);
    EXPECT_EQ(boxOf(page, QStringLiteral("business-licence"))->findChild<PaperActions *>(), nullptr);
    setUiLanguage(Language::Chinese);
    QCoreApplication::processEvents(); // the LanguageChange events
    EXPECT_TRUE(letterBox->guidanceText().contains(QStringLiteral("加盖公章")));

    // Create and print: the letter lands in the draft's folder and goes straight to the printer.
    QTemporaryDir printed;
    PrintToFile printer(printed.filePath(QStringLiteral("letter-printed.pdf")));
    QTemporaryDir draftFolder;
    BilingualText error;
    ASSERT_TRUE(company.session.saveAs(draftFolder.filePath(QStringLiteral("company.nbapply.json")), &error))
        << error.en.toStdString();
    offer->letterButton()->click();
    ASSERT_FALSE(offer->letterPath().isEmpty()) << offer->statusText().toStdString();
    EXPECT_EQ(QFileInfo(offer->letterPath()).absolutePath(),
              QFileInfo(draftFolder.path()).absoluteFilePath());
    EXPECT_EQ(printer.shown, 1);
    EXPECT_EQ(pageCount(printed.filePath(QStringLiteral("letter-printed.pdf"))), 1);
}

TEST(Paper, ANaturalPersonIsNotToldToSealTheRepresentativesIdCopy)
{
    OpenedSession person(example(QStringLiteral("individual.nbapply.json")));
    ASSERT_TRUE(person.opened);
    DocumentsPage page(form(), &person.session);
    EXPECT_TRUE(boxOf(page, QStringLiteral("representative-id-copy"))->guidanceText().isEmpty());
    EXPECT_FALSE(boxOf(page, QStringLiteral("applicant-id-copy"))->guidanceText().isEmpty());
}

// A company registered in Hong Kong is asked for its certificate of incorporation: the box says how to
// prepare that document, in either language, and follows the identifier type when it changes.
TEST(Paper, AnEquivalentDocumentsGuidanceFitsTheDocumentAskedFor)
{
    OpenedSession company(example(QStringLiteral("hong-kong-company.nbapply.json")));
    ASSERT_TRUE(company.opened) << qPrintable(company.message);
    const Language before = uiLanguage();
    auto restore = qScopeGuard([before] { setUiLanguage(before); });
    setUiLanguage(Language::English);
    DocumentsPage page(form(), &company.session);
    DocumentKindBox *licence = boxOf(page, QStringLiteral("business-licence"));
    ASSERT_NE(licence, nullptr);
    EXPECT_TRUE(licence->guidanceText().contains(QStringLiteral("certificate of incorporation")))
        << qPrintable(licence->guidanceText());
    EXPECT_FALSE(licence->guidanceText().contains(QStringLiteral("business licence")));
    EXPECT_TRUE(licence->guidanceText().contains(QStringLiteral("official seal")));
    DocumentKindBox *legal = boxOf(page, QStringLiteral("legal-representative-id-copy"));
    ASSERT_NE(legal, nullptr);
    EXPECT_TRUE(legal->guidanceText().contains(QStringLiteral("director or authorised signatory")));
    EXPECT_FALSE(legal->guidanceText().contains(QStringLiteral("legal representative")));

    setUiLanguage(Language::Chinese);
    QCoreApplication::processEvents(); // the LanguageChange events
    EXPECT_TRUE(licence->guidanceText().contains(QStringLiteral("公司注册证书或商业登记证")))
        << qPrintable(licence->guidanceText());
    EXPECT_FALSE(licence->guidanceText().contains(QStringLiteral("营业执照")));

    // A credit code after all: the annex's own business licence, and its guidance.
    company.session.setText(QStringLiteral("applicant.idType"), QStringLiteral("uscc"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(licence->guidanceText().contains(QStringLiteral("复印营业执照")))
        << qPrintable(licence->guidanceText());
}

TEST(Paper, AttachedScansAreCheckedOnTheDocumentsPage)
{
    OpenedSession company(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(company.opened);
    // A copy in a folder of its own: files added to a saved draft are copied into its documents folder,
    // which must not be the source tree's examples/.
    QTemporaryDir draftFolder;
    ASSERT_TRUE(
        company.session.saveAs(draftFolder.filePath(QStringLiteral("company.nbapply.json")), nullptr));
    const Language before = uiLanguage();
    auto restore = qScopeGuard([before] { setUiLanguage(before); });
    setUiLanguage(Language::English);
    DocumentsPage page(form(), &company.session);
    QTemporaryDir folder;
    const QString small = folder.filePath(QStringLiteral("licence-photo.png"));
    QImage photo(500, 700, QImage::Format_RGB32);
    photo.fill(Qt::white);
    ASSERT_TRUE(photo.save(small));
    const QString broken = folder.filePath(QStringLiteral("broken.jpg"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xFF\xD8\xFF\xE0 not the rest of a JPEG");
    file.close();
    boxOf(page, QStringLiteral("business-licence"))->addFiles({small});
    boxOf(page, QStringLiteral("legal-representative-id-copy"))->addFiles({broken});
    EXPECT_TRUE(boxOf(page, QStringLiteral("business-licence"))
                    ->statusText()
                    .contains(QStringLiteral("about 59 dpi"))) // 700 px over A4's 11.69 in, rounded down
        << boxOf(page, QStringLiteral("business-licence"))->statusText().toStdString();
    EXPECT_TRUE(boxOf(page, QStringLiteral("legal-representative-id-copy"))
                    ->statusText()
                    .contains(QStringLiteral("“broken.jpg”")));
}

TEST(Paper, ReviewsPrintToPdfSaysItIsAReviewAidNotTheApplication)
{
    OpenedSession s(example(QStringLiteral("company.nbapply.json")));
    ASSERT_TRUE(s.opened);
    const Language before = uiLanguage();
    auto restore = qScopeGuard([before] { setUiLanguage(before); });
    setUiLanguage(Language::English);
    ReviewPage page(form(), &s.session);
    page.show();
    ASSERT_TRUE(openReview(page));
    QTemporaryDir dir;
    QSignalSpy printed(&page, &ReviewPage::pdfPrinted);
    page.printToPdf(dir.filePath(QStringLiteral("review.pdf")));
    ASSERT_TRUE(printed.wait(30000));
    bool said = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        said = said || (label->text().contains(QStringLiteral("review aid, not the application")) &&
                        label->text().contains(QStringLiteral("File › Print")));
    EXPECT_TRUE(said);
}

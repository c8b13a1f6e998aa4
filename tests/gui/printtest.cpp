// Printing at actual size: the letter and the application printed through QPrinter to a PDF file
// (Qt's PDF output stands in for a printer) keep the A4 page and the size of every drawn box.
#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "letter/lettercontent.h"
#include "letter/letterpdf.h"
#include "pdf/pdfexporter.h"
#include "print/pdfprinting.h"
#include "received/receivedfile.h"
#include "testpaths.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace nbapply;

namespace
{

constexpr double kRenderDpi = 200;

CheckedApplication companyApplication()
{
    const DraftLoadResult loaded =
        loadDraftFile(test::sourcePath(QStringLiteral("examples/company.nbapply.json")));
    EXPECT_TRUE(loaded.ok());
    ValidationContext context;
    context.today = QDate(2026, 11, 26);
    return CheckedApplication::check(FormDefinition::builtin(), *loaded.draft, context);
}

QImage renderPage(const QString &path, int page)
{
    QPdfDocument document;
    EXPECT_EQ(document.load(path), QPdfDocument::Error::None) << path.toStdString();
    const QSizeF points = document.pagePointSize(page);
    const QSize pixels(qRound(points.width() * kRenderDpi / 72), qRound(points.height() * kRenderDpi / 72));
    // QtPdf leaves the paper transparent: put it on white, as paper is.
    QImage paper(pixels, QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, document.render(page, pixels));
    painter.end();
    return paper.convertToFormat(QImage::Format_Grayscale8);
}

bool dark(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y).value() < 160;
}

// The boxes' top edges: horizontal dark runs between 40 and 70 mm long whose left end starts a
// vertical line longer than 40 mm (not a bottom edge, not a line to write on), as (x, y, mm).
struct LineRun {
    int x = 0;
    int y = 0;
    double mm = 0;
};

double sideHeight(const QImage &image, const LineRun &top);

QList<LineRun> boxTops(const QImage &image)
{
    const double pxPerMm = kRenderDpi / 25.4;
    QList<LineRun> runs;
    for (int y = 0; y < image.height(); ++y) {
        int start = -1;
        for (int x = 0; x <= image.width(); ++x) {
            const bool on = x < image.width() && dark(image, x, y);
            if (on && start < 0)
                start = x;
            if (!on && start >= 0) {
                const double mm = (x - start) / pxPerMm;
                // The row above must not be a run too: only the first row of a line counts.
                const LineRun run{start, y, mm};
                if (mm > 40 && mm < 70 && (y == 0 || !dark(image, start + (x - start) / 2, y - 1)) &&
                    sideHeight(image, run) > 40)
                    runs << run;
                start = -1;
            }
        }
    }
    return runs;
}

// The height in mm of the vertical line going down from (x, y) (its left edge), within a pixel.
double sideHeight(const QImage &image, const LineRun &top)
{
    int y = top.y;
    const int x = top.x + 1;
    while (y < image.height() && (dark(image, x, y) || dark(image, x - 1, y) || dark(image, x + 1, y)))
        ++y;
    return (y - top.y) / (kRenderDpi / 25.4);
}

class Printing : public ::testing::Test
{
  protected:
    void SetUp() override { ASSERT_TRUE(folder.isValid()); }

    QString printToPdf(const QStringList &paths, int resolution)
    {
        const QString out = folder.filePath(QStringLiteral("printed-%1.pdf").arg(resolution));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        printer.setResolution(resolution);
        // A user's last paper size must not win: printing always sets A4.
        printer.setPageSize(QPageSize(QPageSize::Letter));
        QString error;
        EXPECT_TRUE(gui::printPdfFiles(&printer, paths, &error)) << error.toStdString();
        return out;
    }

    QTemporaryDir folder;
};

TEST_F(Printing, TheLetterPrintsOnA4WithItsBoxesAtTheirDrawnSize)
{
    const CheckedApplication checked = companyApplication();
    const QString letter = folder.filePath(QStringLiteral("letter.pdf"));
    LetterPdfOptions options;
    options.exportTime = QDateTime(QDate(2026, 11, 26), QTime(8, 30), QTimeZone::utc());
    ASSERT_TRUE(writeLetterPdf(checked, letter, options).ok);

    for (int resolution : {300, 1200}) {
        const QString printed = printToPdf({letter}, resolution);
        QPdfDocument source;
        QPdfDocument output;
        ASSERT_EQ(source.load(letter), QPdfDocument::Error::None);
        ASSERT_EQ(output.load(printed), QPdfDocument::Error::None);
        ASSERT_EQ(output.pageCount(), 1);
        // A4 as the source page (595.276 x 841.89 pt); Qt's PDF writer rounds A4 to 595 x 842 pt, a
        // difference of 0.1 mm at most, and the page is drawn from the top-left corner unscaled.
        EXPECT_NEAR(output.pagePointSize(0).width(), source.pagePointSize(0).width(), 0.3) << resolution;
        EXPECT_NEAR(output.pagePointSize(0).height(), source.pagePointSize(0).height(), 0.3) << resolution;

        const QList<LineRun> sourceBoxes = boxTops(renderPage(letter, 0));
        const QImage printedImage = renderPage(printed, 0);
        const QList<LineRun> printedBoxes = boxTops(printedImage);
        // Seal, signature and date: three boxes, each 55 mm x 52 mm on paper as on the page.
        ASSERT_EQ(sourceBoxes.size(), 3);
        ASSERT_EQ(printedBoxes.size(), 3) << resolution;
        for (int i = 0; i < 3; ++i) {
            EXPECT_NEAR(printedBoxes.at(i).mm, letter::kBoxWidthMm, 0.4) << resolution;
            EXPECT_NEAR(printedBoxes.at(i).mm, sourceBoxes.at(i).mm, 0.3) << resolution;
            EXPECT_NEAR(printedBoxes.at(i).x, sourceBoxes.at(i).x, 2) << "not at the same place";
            EXPECT_NEAR(printedBoxes.at(i).y, sourceBoxes.at(i).y, 2) << "not at the same place";
            EXPECT_NEAR(sideHeight(printedImage, printedBoxes.at(i)), letter::kBoxHeightMm, 0.4)
                << resolution;
        }
    }
}

TEST_F(Printing, TheApplicationAndTheLetterPrintOneAfterTheOther)
{
    const CheckedApplication checked = companyApplication();
    const QString letter = folder.filePath(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(writeLetterPdf(checked, letter).ok);
    const QString application = folder.filePath(QStringLiteral("application.pdf"));
    const PdfExportResult exported =
        writeApplicationPdf(FormDefinition::builtin(), checked.draft(), application);
    ASSERT_TRUE(exported.ok);
    ASSERT_GE(exported.pageCount, 2);
    QPdfDocument printed;
    ASSERT_EQ(printed.load(printToPdf({application, letter}, 100)), QPdfDocument::Error::None);
    EXPECT_EQ(printed.pageCount(), exported.pageCount + 1);
    for (int page = 0; page < printed.pageCount(); ++page)
        EXPECT_NEAR(printed.pagePointSize(page).height(), 841.89, 0.3);
}

TEST_F(Printing, AFileThatIsNotAPdfPrintsNothingAndSaysWhich)
{
    const QString broken = folder.filePath(QStringLiteral("broken.pdf"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7\nnot really");
    file.close();
    const QString out = folder.filePath(QStringLiteral("never.pdf"));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out);
    QString error;
    EXPECT_FALSE(gui::printPdfFiles(&printer, {broken}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("broken.pdf")));
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(gui::printPdfFiles(&printer, {}, &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace

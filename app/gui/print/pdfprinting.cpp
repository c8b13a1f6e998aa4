#include "pdfprinting.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

#include <algorithm>
#include <cmath>

namespace nbapply::gui
{

namespace
{

// The finest rendering: an A4 page at 600 dpi is a 139 MB bitmap, at 1200 dpi it would be 557 MB.
// Rendering in bands is not an option: QtPdf 6.4 scales a clipped render by (n - 1) / n (it takes
// QRect::right() as the width), which moved a band's lines by up to 0.5 mm in our print tests.
// Above 600 dpi the page is drawn scaled to its size in device pixels, which is still actual size.
constexpr double kMaxRenderDpi = 600;

} // namespace

void setUpForA4(QPrinter *printer)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                       QPageLayout::Point));
}

bool printPdfFiles(QPrinter *printer, const QStringList &paths, QString *error)
{
    // Everything is opened before the printer starts, so a bad file prints nothing at all.
    QList<QPdfDocument *> documents;
    auto cleanup = qScopeGuard([&documents] { qDeleteAll(documents); });
    for (const QString &path : paths) {
        auto *document = new QPdfDocument;
        documents << document;
        if (document->load(path) != QPdfDocument::Error::None || document->pageCount() < 1) {
            *error = QCoreApplication::translate("nbapply::gui::PdfPrinting",
                                                 "Could not read %1 to print it. Export again, then print.")
                         .arg(QFileInfo(path).fileName());
            return false;
        }
    }
    if (documents.isEmpty()) {
        *error = QCoreApplication::translate("nbapply::gui::PdfPrinting", "There is nothing to print.");
        return false;
    }

    setUpForA4(printer);
    QPainter painter;
    if (!painter.begin(printer)) {
        *error = QCoreApplication::translate(
            "nbapply::gui::PdfPrinting",
            "The printer could not be started. Check it in the system's printer settings.");
        return false;
    }
    const double dotsPerPoint = printer->resolution() / 72.0;
    const double renderPerPoint = std::min<double>(printer->resolution(), kMaxRenderDpi) / 72.0;
    bool first = true;
    for (QPdfDocument *document : documents) {
        for (int page = 0; page < document->pageCount(); ++page) {
            if (!first)
                printer->newPage();
            first = false;
            // The page at its own size in device pixels from the sheet's corner: actual size, whatever
            // the printer's resolution.
            const QSizeF points = document->pagePointSize(page);
            const QRectF target(0, 0, points.width() * dotsPerPoint, points.height() * dotsPerPoint);
            const QSize pixels(qRound(points.width() * renderPerPoint),
                               qRound(points.height() * renderPerPoint));
            const QImage image = document->render(page, pixels);
            if (image.isNull()) {
                painter.end();
                *error = QCoreApplication::translate("nbapply::gui::PdfPrinting",
                                                     "Could not render page %1 to print it.")
                             .arg(page + 1);
                return false;
            }
            painter.drawImage(target, image);
        }
    }
    return painter.end();
}

} // namespace nbapply::gui

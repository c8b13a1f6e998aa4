#pragma once

#include <QString>
#include <QStringList>

class QPrinter;

namespace nbapply::gui
{

// Prepares `printer` for nbapply's documents: A4 portrait, the whole sheet addressable (full-page
// mode, no margins of Qt's own), one copy per document set. The print dialog may still change it.
void setUpForA4(QPrinter *printer);

// Prints the PDF files `paths`, one after the other, on `printer` at actual size: every page is
// rendered (QPdfDocument::render) at the printer's resolution (at most 600 dpi) and drawn at its size
// in points from the sheet's top-left corner, never scaled to fit, so a 55 mm box on the page is
// 55 mm on paper.
// Returns false, with `error` (translated) saying which file, when a file cannot be read or the
// printer cannot be started.
bool printPdfFiles(QPrinter *printer, const QStringList &paths, QString *error);

} // namespace nbapply::gui

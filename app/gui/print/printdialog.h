#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QPrinter;
class QWidget;

namespace nbapply::gui
{

// Shows the system's print dialog for `printer` and returns whether the user chose to print. Tests
// replace it (setPrintDialogRunner) to print to a PDF file without a dialog.
using PrintDialogRunner = std::function<bool(QPrinter *printer, QWidget *parent)>;
void setPrintDialogRunner(PrintDialogRunner runner);

// What Print says when nothing has been exported yet: what to do first.
QString nothingToPrintText();

// Prints the exported PDFs `paths` (the application, then the letter) on A4 at actual size after the
// print dialog. Returns what to tell the user: empty when printed or cancelled; nothingToPrintText()
// when `paths` is empty or a file is gone; the reason when printing failed.
QString printExportedFiles(QWidget *parent, const QStringList &paths);

} // namespace nbapply::gui

#include "printdialog.h"

#include "pdfprinting.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>

namespace nbapply::gui
{

namespace
{

PrintDialogRunner &dialogRunner()
{
    static PrintDialogRunner runner = [](QPrinter *printer, QWidget *parent) {
        QPrintDialog dialog(printer, parent);
        dialog.setWindowTitle(QCoreApplication::translate("nbapply::gui::PrintDialog", "Print"));
        // Page ranges would print part of a document the licensor expects whole.
        dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
        return dialog.exec() == QDialog::Accepted;
    };
    return runner;
}

} // namespace

void setPrintDialogRunner(PrintDialogRunner runner)
{
    dialogRunner() = std::move(runner);
}

QString nothingToPrintText()
{
    return QCoreApplication::translate(
        "nbapply::gui::PrintDialog",
        "There is nothing to print yet. Export the application first (the Export page, “Export”), then "
        "print it from there or with File › Print. To print the letter of authorisation, create it on the "
        "Export page or the Documents page.");
}

QString printExportedFiles(QWidget *parent, const QStringList &paths)
{
    for (const QString &path : paths)
        if (!QFileInfo(path).isFile())
            return nothingToPrintText();
    if (paths.isEmpty())
        return nothingToPrintText();
    QPrinter printer(QPrinter::HighResolution);
    setUpForA4(&printer);
    printer.setDocName(QFileInfo(paths.first()).completeBaseName());
    if (!dialogRunner()(&printer, parent))
        return QString();
    QString error;
    if (!printPdfFiles(&printer, paths, &error))
        return error;
    return QString();
}

} // namespace nbapply::gui

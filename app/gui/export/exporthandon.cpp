// The Export page hands the exported files on: to the PDF viewer, the mail client (the .eml, or a
// mailto: message), the clipboard and the file manager.
#include "exportpage.h"
#include "mail/applicationemail.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUrl>

namespace nbapply::gui
{

void ExportPage::open(const QUrl &url, const QString &what)
{
    // Without a viewer or mail program the user still learns where the file is.
    m_actionMessage = m_openUrl(url) ? QString()
                                     : tr("Could not open %1: no application is set up for it. The file is "
                                          "%2; use “Show folder” and open it from there.")
                                           .arg(what, QDir::toNativeSeparators(url.toLocalFile()));
    renderStatus();
}

void ExportPage::openPdf()
{
    open(QUrl::fromLocalFile(m_result->pdfPath), tr("the PDF"));
}

void ExportPage::openEmailDraft()
{
    open(QUrl::fromLocalFile(m_result->emailPath), tr("the e-mail draft"));
}

void ExportPage::composeMailto()
{
    open(applicationMailtoUrl(*m_exported), tr("a new message in the mail client"));
}

void ExportPage::copyEmailText()
{
    QGuiApplication::clipboard()->setText(applicationEmailText(*m_exported));
    m_actionMessage = tr("The e-mail text is on the clipboard.");
    renderStatus();
}

void ExportPage::showFolder()
{
    open(QUrl::fromLocalFile(QFileInfo(m_result->pdfPath).absolutePath()), tr("the folder"));
}

} // namespace nbapply::gui

// The Export page runs an export: the folder, the confirmation before replacing files, the job on its
// worker thread and taking its result in.
#include "certificates/certificateprompt.h"
#include "common/exportclock.h"
#include "draftsession.h"
#include "export/exportfilename.h"
#include "exportjob.h"
#include "exportpage.h"
#include "print/paperactions.h"
#include "uilanguage.h"
#include "widgets/accessibility.h"
#include "widgets/problemlabel.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QProgressBar>
#include <QPushButton>

namespace nbapply::gui
{

void ExportPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder for the PDF and the e-mail draft"), outputFolder());
    if (!folder.isEmpty())
        setOutputFolder(folder);
}

bool ExportPage::exportSigned()
{
    if (m_job)
        return false;
    CertificatePrompt prompt(this, tr("Sign the application PDF"));
    if (m_chooseCertificate)
        prompt.setFileChooser(m_chooseCertificate);
    std::optional<signing::SigningIdentity> signer = prompt.ask();
    return signer && startExport(true, std::move(signer));
}

bool ExportPage::startExport(bool confirmReplace, std::optional<signing::SigningIdentity> signer)
{
    if (m_job)
        return false;
    const QString folder = outputFolder();
    if (folder.isEmpty()) {
        m_problems->setProblems(
            {{Severity::Error,
              QStringLiteral("export.no-folder"),
              QString(),
              {QStringLiteral("请先选择保存 PDF 和邮件草稿的文件夹。"),
               QStringLiteral("Choose the folder for the PDF and the e-mail draft first.")}}});
        a11y::announce(m_problems);
        m_folderEdit->setFocus();
        return false;
    }
    ApplicationExportOptions options;
    options.exportTime = exportClock();
    options.signer = std::move(signer);
    // Checked afresh on the export day, against the document files as they are now: the same check
    // the Review page and the "ready" line show.
    ValidationContext context = m_session->validationContext();
    context.today = options.exportTime.date();
    const CheckedApplication checked = CheckedApplication::check(m_form, m_session->draft(), context);
    // The names `nbapply export` plans and refuses, with the same test of what is taken.
    QStringList existing = plannedOutputs(checked, folder, options.writeEmail, false, uiLanguage()).existing;
    for (QString &name : existing)
        name = QDir::toNativeSeparators(name);
    if (confirmReplace && !existing.isEmpty() &&
        QMessageBox::question(
            this, tr("Replace the files?"),
            tr("These files already exist and will be replaced:\n%1").arg(existing.join('\n')),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;

    m_pdf->close(); // the preview must not hold the file that is about to be replaced
    m_result.reset();
    m_files.clear();
    m_actionMessage.clear();
    m_stale = false;
    // Documents in nbapply's own folders (a draft never saved, a received package) are copied beside the
    // PDF after the export, so that the files to attach by hand are where the user can pick them.
    QSet<QString> privatePaths;
    for (const Enclosure &file : checked.enclosures())
        if (!file.isApplicationPdf && m_session->isPrivateFile(file.path))
            privatePaths.insert(file.path);
    m_job = new ExportJob(checked, folder, options, privatePaths, this);
    connect(m_job, &QThread::finished, this, &ExportPage::onJobFinished);
    m_job->start();
    m_busy->show();
    m_resultArea->hide();
    m_problems->setProblems({});
    renderStatus();
    updateButtons();
    emit completeChanged();
    return true;
}

void ExportPage::onJobFinished()
{
    ExportJob *job = m_job;
    m_job = nullptr;
    m_result = job->result();
    m_exported = job->checked();
    m_signedBy.clear();
    if (m_result->ok && m_result->signedPdf && job->options().signer) {
        const signing::CertificateInfo signer = job->options().signer->certificate();
        m_signedBy = signer.organisation.isEmpty()
                         ? signer.commonName
                         : QStringLiteral("%1 (%2)").arg(signer.commonName, signer.organisation);
    }
    m_paper->reset();
    if (m_result->ok) {
        m_files = job->attachments().enclosures; // the PDF as written, private documents as copied
        m_copiedAttachments = job->attachments().copied;
        if (!job->attachments().error.isEmpty())
            m_actionMessage = inUi(job->attachments().error);
        m_pdf->load(m_result->pdfPath);
    }
    job->deleteLater();
    m_busy->hide();
    m_resultArea->setVisible(!m_result->pdfPath.isEmpty());
    renderStatus();
    updateButtons();
    a11y::announce(m_result->ok ? static_cast<QWidget *>(m_status) : m_problems);
    if (m_result->ok)
        m_openPdfButton->setFocus();
    emit completeChanged();
    emit exportFinished(m_result->ok);
}

void ExportPage::updateButtons()
{
    const bool idle = !m_job;
    m_folderEdit->setEnabled(idle);
    m_chooseButton->setEnabled(idle);
    m_exportButton->setEnabled(idle);
    m_signButton->setEnabled(idle);
    const bool havePdf = idle && m_result && !m_result->pdfPath.isEmpty();
    m_openPdfButton->setEnabled(havePdf);
    m_showFolderButton->setEnabled(havePdf);
    m_openEmailButton->setEnabled(havePdf && !m_result->emailPath.isEmpty());
    m_mailProgramButton->setEnabled(havePdf && m_result->ok);
    m_composeButton->setEnabled(havePdf && m_result->ok);
    m_copyButton->setEnabled(havePdf && m_result->ok);
}

} // namespace nbapply::gui

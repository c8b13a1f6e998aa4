#pragma once

#include "application/checkedapplication.h"
#include "export/applicationexport.h"

#include <QUrl>
#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;
class QWidget;

namespace nbapply
{
class FormDefinition;
}

namespace nbapply::gui
{

class DraftSession;
class ExportJob;
class PaperActions;
class ProblemLabel;

// Page 7: pick a folder, write the application PDF and the e-mail draft (exportApplication, on a
// worker thread with a busy indicator), preview the PDF, and hand the result on: open the PDF, open a
// compose window of the desktop's mail program with recipient, subject, text and every attachment
// (xdg-email; when it is missing or fails, the folder with the .eml is shown instead), open the e-mail
// draft (.eml) in the mail client, compose via mailto: (the attachments then go in by hand, so the page
// lists them with their paths), copy the e-mail text, show the folder.
class ExportPage : public QWizardPage
{
    Q_OBJECT
  public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    ExportPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);
    ~ExportPage() override;

    void initializePage() override;
    void cleanupPage() override {} // going Back keeps the folder and the result
    bool isComplete() const override;

    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
    // Starts the export into outputFolder() (asks before replacing files of the same name when
    // `confirmReplace`). Returns false when it did not start (already running, cancelled).
    // With `signer` the PDF is signed (PAdES, a visible block on the last page) before anything is written.
    bool startExport(bool confirmReplace = true,
                     std::optional<signing::SigningIdentity> signer = std::nullopt);
    // "Export and sign…": asks for the certificate file and its password (CertificatePrompt), then exports.
    bool exportSigned();
    // Tests replace the certificate file dialog.
    void setCertificateFileChooser(std::function<QString(const QString &)> chooser)
    {
        m_chooseCertificate = std::move(chooser);
    }
    bool isExporting() const { return m_job != nullptr; }
    // The last export's outcome; nullopt before the first one finished.
    const std::optional<ApplicationExportResult> &lastResult() const { return m_result; }
    QPdfDocument *pdfDocument() const { return m_pdf; }
    // What the e-mail attaches (the PDF first, with its path and size) as of the last successful
    // export: the exported checked application's enclosures, the very list the letter names.
    const QList<Enclosure> &enclosures() const { return m_files; }
    // The mailto: note with the files to attach by hand.
    QString mailtoNote() const;
    // How URLs and files are opened (QDesktopServices::openUrl); tests replace it.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // "Open in my mail program": runs `xdg-email --utf8 --subject S --body B --attach F… RECIPIENT` (found
    // on PATH, an argument list, no shell) for the last export. False when it could not be started (not
    // installed): then, as when it exits with an error, the folder with the .eml is shown and the status
    // line says what to do. mailProgramFinished() reports the outcome.
    bool openInMailProgram();
    // Print (the application and the letter) and create the letter, for the last export.
    PaperActions *paper() const { return m_paper; }

  signals:
    void exportFinished(bool ok);
    // xdg-email ended (`handedOver` when it exited with 0), or could not be started.
    void mailProgramFinished(bool handedOver);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void chooseFolder();
    void onJobFinished();
    void showResult();
    void openPdf();
    void openEmailDraft();
    void mailProgramFailed(const QString &why);
    void composeMailto();
    void copyEmailText();
    void showFolder();
    void open(const QUrl &url, const QString &what);
    void updateButtons();
    void retranslateUi();
    void renderStatus();

    const FormDefinition &m_form;
    DraftSession *m_session;
    UrlOpener m_openUrl;
    ExportJob *m_job = nullptr;
    std::optional<ApplicationExportResult> m_result;
    std::optional<CheckedApplication> m_exported;
    QList<Enclosure> m_files;
    int m_copiedAttachments = 0; // documents copied beside the PDF (attachmentcopies.h)
    bool m_stale = false;
    QString m_actionMessage; // the outcome of the last button (copied, could not open …)
    QString m_signedBy;      // the signer of the last exported PDF ("CN (O)"), empty when unsigned
    std::function<QString(const QString &)> m_chooseCertificate;

    QLabel *m_folderLabel;
    QLineEdit *m_folderEdit;
    QPushButton *m_chooseButton;
    QPushButton *m_exportButton;
    QPushButton *m_signButton;
    QProgressBar *m_busy;
    QLabel *m_status;
    ProblemLabel *m_problems;
    QWidget *m_resultArea;
    QPdfDocument *m_pdf;
    QPdfView *m_pdfView;
    QLabel *m_filesLabel;
    ProblemLabel *m_mailWarnings;
    QPushButton *m_openPdfButton;
    QPushButton *m_mailProgramButton;
    QPushButton *m_openEmailButton;
    QPushButton *m_composeButton;
    QPushButton *m_copyButton;
    QPushButton *m_showFolderButton;
    QLabel *m_mailtoNote;
    PaperActions *m_paper;
};

} // namespace nbapply::gui

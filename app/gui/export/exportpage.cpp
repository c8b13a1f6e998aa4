#include "exportpage.h"

#include "comments/approvalline.h"
#include "common/exportclock.h"
#include "draftsession.h"
#include "exportjob.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"
#include "print/paperactions.h"
#include "uilanguage.h"
#include "widgets/accessibility.h"
#include "widgets/problemlabel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? ExportPage::tr("unreadable") : QLocale().formattedDataSize(bytes);
}

// An error message in the UI language first, then in the other one: the user may forward it.
BilingualText bothLanguages(const BilingualText &text)
{
    if (text.zh == text.en)
        return text;
    return {text.zh + QLatin1Char('\n') + text.en, text.en + QLatin1Char('\n') + text.zh};
}

QPushButton *makeButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setAutoDefault(false); // Enter stays with the wizard's Next/Finish
    return button;
}

} // namespace

ExportPage::ExportPage(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : QWizardPage(parent), m_form(form), m_session(session),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_folderLabel(new QLabel(this)), m_folderEdit(new QLineEdit(this)), m_chooseButton(makeButton(this)),
      m_exportButton(makeButton(this)), m_busy(new QProgressBar(this)), m_status(new QLabel(this)),
      m_problems(new ProblemLabel(this)), m_resultArea(new QWidget(this)), m_pdf(new QPdfDocument(this)),
      m_pdfView(new QPdfView(m_resultArea)), m_filesLabel(new QLabel(m_resultArea)),
      m_mailWarnings(new ProblemLabel(m_resultArea)), m_openPdfButton(makeButton(m_resultArea)),
      m_openEmailButton(makeButton(m_resultArea)), m_composeButton(makeButton(m_resultArea)),
      m_copyButton(makeButton(m_resultArea)), m_showFolderButton(makeButton(m_resultArea)),
      m_mailtoNote(new QLabel(m_resultArea)),
      m_paper(new PaperActions(
          PaperActions::Mode::Export,
          [this] {
              if (!m_result || !m_result->ok || !m_exported)
                  return PaperActions::Source{};
              return PaperActions::Source{m_exported, QFileInfo(m_result->pdfPath).absolutePath(),
                                          m_result->pdfPath};
          },
          m_resultArea))
{
    m_folderLabel->setBuddy(m_folderEdit);
    m_busy->setRange(0, 0); // indeterminate: exportApplication reports no progress
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    for (QLabel *label : {m_status, m_filesLabel, m_mailtoNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_chooseButton);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportButton);
    exportRow->addWidget(m_busy);
    exportRow->addWidget(m_status, 1);

    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setFocusPolicy(Qt::StrongFocus); // scroll the preview with the keyboard
    m_pdfView->setMinimumSize(260, 220);
    auto *side = new QVBoxLayout;
    side->addWidget(m_filesLabel);
    side->addWidget(m_mailWarnings);
    for (QPushButton *button :
         {m_openPdfButton, m_openEmailButton, m_composeButton, m_copyButton, m_showFolderButton})
        side->addWidget(button);
    side->addWidget(m_mailtoNote);
    side->addWidget(m_paper);
    side->addStretch(1);
    auto *resultLayout = new QHBoxLayout(m_resultArea);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_pdfView, 3);
    resultLayout->addLayout(side, 2);
    m_resultArea->hide();

    // Everything in a scroll area: at 200 % or in a small window the page scrolls instead of cutting
    // the enclosures note and the buttons off.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(folderRow);
    layout->addLayout(exportRow);
    layout->addWidget(new ApprovalLine(m_session, this)); // the review state: informs, never blocks
    layout->addWidget(m_problems);
    // Before the first export the controls stay at the top; afterwards the preview takes the room.
    layout->addWidget(m_resultArea, 100);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("exportScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    // The outcome of an export is spoken when it arrives, not left for the user to find.
    a11y::markAlert(m_status);
    a11y::markAlert(m_problems);

    setTabOrder(m_folderEdit, m_chooseButton);
    setTabOrder(m_chooseButton, m_exportButton);
    setTabOrder(m_exportButton, m_pdfView);
    setTabOrder(m_pdfView, m_openPdfButton);
    setTabOrder(m_openPdfButton, m_openEmailButton);
    setTabOrder(m_openEmailButton, m_composeButton);
    setTabOrder(m_composeButton, m_copyButton);
    setTabOrder(m_copyButton, m_showFolderButton);
    setTabOrder(m_showFolderButton, m_paper->limitBox());
    setTabOrder(m_paper->limitBox(), m_paper->untilEdit());
    setTabOrder(m_paper->untilEdit(), m_paper->letterButton());
    setTabOrder(m_paper->letterButton(), m_paper->printButton());

    connect(m_chooseButton, &QPushButton::clicked, this, &ExportPage::chooseFolder);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_openPdfButton, &QPushButton::clicked, this, &ExportPage::openPdf);
    connect(m_openEmailButton, &QPushButton::clicked, this, &ExportPage::openEmailDraft);
    connect(m_composeButton, &QPushButton::clicked, this, &ExportPage::composeMailto);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportPage::copyEmailText);
    connect(m_showFolderButton, &QPushButton::clicked, this, &ExportPage::showFolder);
    // Files written before an edit no longer match the draft: say so (they are not deleted).
    connect(m_session, &DraftSession::changed, this, [this] {
        if (m_result && m_result->ok && !m_stale) {
            m_stale = true;
            renderStatus();
        } else if (!m_result && !m_job && isVisible()) {
            renderStatus(); // the "ready" line follows the draft
        }
    });

    retranslateUi();
    updateButtons();
}

ExportPage::~ExportPage()
{
    delete m_job; // waits for a running export: its files are written atomically either way
}

void ExportPage::initializePage()
{
    m_session->recheck(); // the "ready" line reads the document files as they are now
    renderStatus();
    if (m_folderEdit->text().trimmed().isEmpty()) {
        QString folder = m_session->draftFolder();
        if (folder.isEmpty())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty())
            folder = QDir::homePath();
        setOutputFolder(folder);
    }
    m_exportButton->setFocus();
}

bool ExportPage::isComplete() const
{
    return !isExporting();
}

QString ExportPage::outputFolder() const
{
    return QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
}

void ExportPage::setOutputFolder(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

void ExportPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder for the PDF and the e-mail draft"), outputFolder());
    if (!folder.isEmpty())
        setOutputFolder(folder);
}

bool ExportPage::startExport(bool confirmReplace)
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
    // Checked afresh on the export day, against the document files as they are now: the same check
    // the Review page and the "ready" line show.
    ValidationContext context = m_session->validationContext();
    context.today = options.exportTime.date();
    const CheckedApplication checked = CheckedApplication::check(m_form, m_session->draft(), context);
    const QString base = QDir(folder).filePath(checked.exportBaseName());
    const QStringList existing = [&] {
        QStringList names;
        for (const QString &suffix : {QStringLiteral(".pdf"), QStringLiteral(".eml")})
            if (QFileInfo::exists(base + suffix))
                names << QDir::toNativeSeparators(base + suffix);
        return names;
    }();
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
    m_job = new ExportJob(checked, folder, options, this);
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
    m_paper->reset();
    if (m_result->ok) {
        m_files = m_exported->enclosures();
        m_files.first().path = m_result->pdfPath; // the PDF exists now
        m_files.first().size = m_result->pdfBytes;
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
    const bool havePdf = idle && m_result && !m_result->pdfPath.isEmpty();
    m_openPdfButton->setEnabled(havePdf);
    m_showFolderButton->setEnabled(havePdf);
    m_openEmailButton->setEnabled(havePdf && !m_result->emailPath.isEmpty());
    m_composeButton->setEnabled(havePdf && m_result->ok);
    m_copyButton->setEnabled(havePdf && m_result->ok);
}

QString ExportPage::mailtoNote() const
{
    QStringList lines;
    lines << tr("“Compose” opens a new message to %1 with the subject and text filled in, but without "
                "attachments: a mailto: link cannot carry files. Attach these files by hand:")
                 .arg(m_form.recipient);
    for (const Enclosure &file : m_files)
        lines << QStringLiteral("• %1 — %2 (%3)")
                     .arg(inUi(file.label), QDir::toNativeSeparators(file.path), sizeText(file.size));
    return lines.join(QLatin1Char('\n'));
}

void ExportPage::renderStatus()
{
    QString status;
    if (m_job) {
        status = tr("Exporting…");
    } else if (!m_result) {
        status = tr("Writes the application PDF and an e-mail draft (.eml) with every document attached into "
                    "this folder.");
        // The same verdict as Review: the session's checked application.
        const CheckedApplication &checked = m_session->checked();
        status += QLatin1Char(' ');
        status += checked.readyToExport()
                      ? tr("Ready to export: the e-mail will carry %n file(s).", nullptr,
                           int(checked.enclosures().size()))
                      : tr("Not ready: the application has %n error(s). Go back to fix them (the Review page "
                           "lists them all).",
                           nullptr, int(checked.errorCount()));
    } else if (m_result->ok) {
        status = tr("Exported: the PDF (%n page(s)) and the e-mail draft are in the folder.", nullptr,
                    m_result->pageCount);
        if (m_stale)
            status += QLatin1Char(' ') + tr("The application has changed since: export again to include the "
                                            "changes.");
    } else if (m_result->refused) {
        status = tr("Not exported: the application has errors. Go back to fix them (the Review page lists "
                    "them all).");
    } else {
        status = tr("Not exported: nothing was written.");
    }
    if (!m_actionMessage.isEmpty())
        status += QLatin1Char('\n') + m_actionMessage;
    m_status->setText(status);

    if (m_result && m_result->refused) {
        Problems errors;
        for (const Problem &problem : m_result->problems)
            if (problem.isError())
                errors << problem;
        m_problems->setProblems(errors);
    } else if (m_result && !m_result->ok) {
        m_problems->setProblems(
            {{Severity::Error, QStringLiteral("export.failed"), QString(), bothLanguages(m_result->error)}});
    } else {
        m_problems->setProblems({});
    }

    if (m_result && m_result->ok) {
        QStringList lines;
        lines << tr("PDF: %1 (%2)")
                     .arg(QDir::toNativeSeparators(m_result->pdfPath),
                          sizeText(QFileInfo(m_result->pdfPath).size()));
        if (!m_result->emailPath.isEmpty())
            lines << tr("E-mail draft: %1 (%2)")
                         .arg(QDir::toNativeSeparators(m_result->emailPath),
                              sizeText(QFileInfo(m_result->emailPath).size()));
        qint64 total = 0;
        for (const Enclosure &file : std::as_const(m_files))
            total += qMax<qint64>(file.size, 0);
        lines << tr("The e-mail attaches %n file(s), %1 in total.", nullptr, int(m_files.size()))
                     .arg(sizeText(total));
        m_filesLabel->setText(lines.join(QLatin1Char('\n')));
        m_mailWarnings->setProblems(m_result->emailWarnings);
        m_mailtoNote->setText(mailtoNote());
    }
}

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

void ExportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ExportPage::retranslateUi()
{
    setTitle(tr("Export"));
    setSubTitle(tr("Write the application PDF and the e-mail draft to %1, check the PDF, then send it.")
                    .arg(m_form.recipient));
    m_folderLabel->setText(tr("Export &to folder:"));
    m_folderEdit->setAccessibleName(tr("Export folder"));
    m_folderEdit->setAccessibleDescription(tr("The folder that receives the PDF and the e-mail draft."));
    m_chooseButton->setText(tr("C&hoose…"));
    m_chooseButton->setAccessibleName(tr("Choose the export folder"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setAccessibleName(tr("Export the PDF and the e-mail draft"));
    m_busy->setAccessibleName(tr("Exporting"));
    m_pdfView->setAccessibleName(tr("Preview of the exported PDF"));
    // These buttons are named by their visible text (voice control says what it sees); what they do
    // in full is their description.
    m_openPdfButton->setText(tr("&Open PDF"));
    m_openPdfButton->setAccessibleDescription(tr("Open the PDF in the PDF viewer"));
    m_openEmailButton->setText(tr("Open e-&mail draft"));
    m_openEmailButton->setAccessibleDescription(
        tr("Open the e-mail draft, with its attachments, in the mail client"));
    m_composeButton->setText(tr("Com&pose without attachments (mailto:)"));
    m_composeButton->setAccessibleDescription(
        tr("Compose a new message in the mail client; attach the files by hand"));
    m_copyButton->setText(tr("Cop&y e-mail text"));
    m_copyButton->setAccessibleDescription(tr("Copy the text of the e-mail to the clipboard"));
    m_showFolderButton->setText(tr("Show fol&der"));
    m_showFolderButton->setAccessibleDescription(tr("Show the export folder in the file manager"));
    m_actionMessage.clear();
    renderStatus();
}

} // namespace nbapply::gui

// The Export page's widgets: construction, layout, tab order, names and translation. What the page
// does is in exportrun.cpp (running an export), exportstatus.cpp (what it says about it) and
// exporthandon.cpp (handing the files on).
#include "exportpage.h"

#include "comments/approvalline.h"
#include "draftsession.h"
#include "exportjob.h"
#include "form/formdefinition.h"
#include "print/paperactions.h"
#include "widgets/accessibility.h"
#include "widgets/problemlabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{

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
      m_exportButton(makeButton(this)), m_signButton(makeButton(this)), m_busy(new QProgressBar(this)),
      m_status(new QLabel(this)), m_problems(new ProblemLabel(this)), m_resultArea(new QWidget(this)),
      m_pdf(new QPdfDocument(this)), m_pdfView(new QPdfView(m_resultArea)),
      m_filesLabel(new QLabel(m_resultArea)), m_mailWarnings(new ProblemLabel(m_resultArea)),
      m_openPdfButton(makeButton(m_resultArea)), m_mailProgramButton(makeButton(m_resultArea)),
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
    exportRow->addWidget(m_signButton);
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
    for (QPushButton *button : {m_openPdfButton, m_mailProgramButton, m_openEmailButton, m_composeButton,
                                m_copyButton, m_showFolderButton})
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
    setTabOrder(m_exportButton, m_signButton);
    setTabOrder(m_signButton, m_pdfView);
    setTabOrder(m_pdfView, m_openPdfButton);
    setTabOrder(m_openPdfButton, m_mailProgramButton);
    setTabOrder(m_mailProgramButton, m_openEmailButton);
    setTabOrder(m_openEmailButton, m_composeButton);
    setTabOrder(m_composeButton, m_copyButton);
    setTabOrder(m_copyButton, m_showFolderButton);
    setTabOrder(m_showFolderButton, m_paper->limitBox());
    setTabOrder(m_paper->limitBox(), m_paper->untilEdit());
    setTabOrder(m_paper->untilEdit(), m_paper->letterButton());
    setTabOrder(m_paper->letterButton(), m_paper->printButton());

    connect(m_chooseButton, &QPushButton::clicked, this, &ExportPage::chooseFolder);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_signButton, &QPushButton::clicked, this, &ExportPage::exportSigned);
    connect(m_openPdfButton, &QPushButton::clicked, this, &ExportPage::openPdf);
    connect(m_mailProgramButton, &QPushButton::clicked, this, &ExportPage::openInMailProgram);
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
        // Never the private folder a received file was extracted to: it goes when the session drops it.
        setOutputFolder(m_session->defaultExportFolder());
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
    m_chooseButton->setText(tr("Choo&se…"));
    m_chooseButton->setAccessibleName(tr("Choose the export folder"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setAccessibleName(tr("Export the PDF and the e-mail draft"));
    m_signButton->setText(tr("Export and si&gn…"));
    m_signButton->setAccessibleDescription(
        tr("Sign the application PDF with your certificate (a PKCS#12 file) while exporting it; the password "
           "is asked each time and never kept"));
    m_busy->setAccessibleName(tr("Exporting"));
    m_pdfView->setAccessibleName(tr("Preview of the exported PDF"));
    // These buttons are named by their visible text (voice control says what it sees); what they do
    // in full is their description.
    m_openPdfButton->setText(tr("&Open PDF"));
    m_openPdfButton->setAccessibleDescription(tr("Open the PDF in the PDF viewer"));
    m_mailProgramButton->setText(tr("Open in my m&ail program"));
    m_mailProgramButton->setAccessibleDescription(
        tr("Open a new message in your mail program with the recipient, subject, text and every attachment "
           "filled in"));
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

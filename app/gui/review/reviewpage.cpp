#include "reviewpage.h"

#include "certificates/sessionsignatures.h"
#include "certificates/trustsettings.h"
#include "comments/commentreply.h"
#include "comments/reviewername.h"
#include "common/atomicwrite.h"
#include "draft/draftfile.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "review/commentshtml.h"
#include "review/comparehtml.h"
#include "review/reviewhtml.h"
#include "reviewreportaction.h"
#include "reviewviewloader.h"
#include "signing/approvalsignature.h"
#include "signing/truststore.h"
#include "uilanguage.h"
#include "widgets/problemlabel.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <malloc.h>

namespace nbapply::gui
{

namespace
{

// setHtml() passes the page as a data: URL, which Chromium limits to 2 MB; bigger pages (a draft
// with hundreds of documents) go through an owner-only temporary file instead.
constexpr qsizetype kSetHtmlLimit = 1536 * 1024;

// Rendering again after every keystroke elsewhere is wasted work; the page is only re-rendered while
// it is visible, at most this often.
constexpr int kRerenderDelayMs = 300;

// Leaving the page frees the web view and its renderer process; coming straight back (a page turned
// by mistake) within this time keeps them.
constexpr int kReleaseDelayMs = 2000;
constexpr int kTrimDelayMs = 500;

} // namespace

ReviewPage::ReviewPage(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : QWizardPage(parent), m_form(form), m_session(session), m_layout(new QVBoxLayout(this)),
      m_printButton(new QPushButton(this)), m_reportButton(new QPushButton(this)),
      m_closeCompare(new QPushButton(this)), m_printStatus(new QLabel(this)), m_reason(new ProblemLabel(this))
{
    // The web view is inserted at index 0 by ensureView(); until then the page holds only the controls.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printButton);
    // Beside Print to PDF, and needing no web view: the report is drawn by nbapply itself.
    buttons->addWidget(m_reportButton);
    m_reportButton->setObjectName(QStringLiteral("reviewReportButton"));
    m_printButton->setObjectName(QStringLiteral("printToPdfButton"));
    connect(m_reportButton, &QPushButton::clicked, this, &ReviewPage::chooseReviewReportFile);
    buttons->addWidget(m_closeCompare);
    m_closeCompare->setObjectName(QStringLiteral("closeCompareButton"));
    m_closeCompare->hide();
    connect(m_closeCompare, &QPushButton::clicked, this, &ReviewPage::clearComparison);
    buttons->addWidget(m_printStatus, 1);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_reason);
    m_printStatus->setWordWrap(true);
    m_printStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_printButton->setEnabled(false);
    connect(m_printButton, &QPushButton::clicked, this, &ReviewPage::choosePdfFile);

    m_rerenderTimer.setSingleShot(true);
    m_rerenderTimer.setInterval(kRerenderDelayMs);
    connect(&m_rerenderTimer, &QTimer::timeout, this, &ReviewPage::render);
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(kReleaseDelayMs);
    connect(&m_releaseTimer, &QTimer::timeout, this, &ReviewPage::releaseView);
    // Nothing is checked before the page first opens: start-up stays free of the font scan and the
    // web engine. Afterwards the problems follow every change (they decide isComplete()).
    connect(m_session, &DraftSession::changed, this, [this] {
        if (!m_checked)
            return;
        revalidate();
        if (isVisible())
            m_rerenderTimer.start();
    });
    connect(m_session, &DraftSession::fileChanged, this, [this] {
        if (m_checked)
            revalidate();
    });
    retranslateUi();
}

ReviewPage::~ReviewPage() = default;

QWidget *ReviewPage::view() const
{
    return m_web ? m_web->widget() : nullptr;
}

void ReviewPage::ensureView()
{
    if (m_web || m_unavailable)
        return;
    ReviewViewEvents events;
    const QPointer<ReviewPage> self(this);
    events.acceptNavigation = [self](const QUrl &url, bool linkClicked) {
        return self && self->acceptNavigation(url, linkClicked);
    };
    events.loadFinished = [self](bool ok) {
        if (self)
            self->onLoaded(ok);
    };
    m_web = createReviewView(this, std::move(events));
    if (!m_web) {
        // Without QtWebEngine's module the checks still decide Next; the page says what is missing.
        m_unavailable = new QLabel(reviewModuleError(), this);
        m_unavailable->setObjectName(QStringLiteral("reviewUnavailable"));
        m_unavailable->setWordWrap(true);
        m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_layout->insertWidget(0, m_unavailable, 1);
        return;
    }
    QWidget *view = m_web->widget();
    view->setObjectName(QStringLiteral("reviewView"));
    view->setFocusPolicy(Qt::StrongFocus);
    view->setMinimumHeight(240);
    m_layout->insertWidget(0, view, 1);
    setFocusProxy(view);
    m_printButton->setEnabled(true);
    arrangeTabOrder();
    retranslateUi();
}

void ReviewPage::arrangeTabOrder()
{
    // The web page's links first (the view is at the top), then the buttons under it. The engine's
    // widget that takes the focus for the view (its focus proxy) is made when a page loads and joins
    // the window's focus chain at its end: Tab out of the last link went on from there, past Print to
    // PDF…, and in the compare view never reached Print to PDF… and Back to the review at all. Qt
    // inserts the buttons after the view's last focus child, wherever it is.
    if (QWidget *web = view()) {
        setTabOrder(web, m_printButton);
        setTabOrder(m_printButton, m_reportButton);
        setTabOrder(m_reportButton, m_closeCompare);
    }
}

void ReviewPage::releaseView()
{
    // Not while a PDF is being printed: onPdfPrinted releases it once the file is written.
    if (!m_web || isVisible() || m_printing)
        return;
    setFocusProxy(nullptr);
    m_printButton->setEnabled(false);
    m_rerenderTimer.stop();
    m_web.reset();
    // The engine frees the page's memory over the next moments; then the heap's free pages go back to
    // the system (glibc keeps them otherwise, and the process would stay at its Review size).
    QTimer::singleShot(kTrimDelayMs, [] { malloc_trim(0); });
}

bool ReviewPage::acceptNavigation(const QUrl &url, bool linkClicked)
{
    if (url.scheme() == reviewEditScheme()) {
        emit editFieldRequested(url.path());
        return false;
    }
    if (url.scheme() == commentActionScheme()) {
        // Queued: a reply opens a dialog, which must not run inside the engine's navigation callback.
        const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        const QString action = url.path();
        if (!id.isEmpty())
            QTimer::singleShot(0, this, [this, action, id] { onCommentAction(action, id); });
        return false;
    }
    // The page has no external links; a hostile value cannot open one.
    return !linkClicked;
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    m_releaseTimer.stop();
    // Back from the Export page: the wizard does not initialise the page again, the view comes back.
    if (!m_web && m_checked) {
        ensureView();
        render();
    }
}

void ReviewPage::hideEvent(QHideEvent *event)
{
    QWizardPage::hideEvent(event);
    // A minimised window hides its pages too ("spontaneous"): that is not leaving the page.
    if (!event->spontaneous() && m_web)
        m_releaseTimer.start();
}

void ReviewPage::initializePage()
{
    m_checked = true;
    ensureView();
    m_focusLink.clear();  // a fresh visit starts at the top
    m_session->recheck(); // document files may have gone since the last look
    revalidate();
    render();
}

bool ReviewPage::isComplete() const
{
    return m_ready;
}

QString ReviewPage::blockingReason() const
{
    return isComplete() ? QString() : m_reason->text();
}

void ReviewPage::revalidate()
{
    const bool wasComplete = isComplete();
    // The session's checked application: the same verdict as the Export page and the export itself.
    const CheckedApplication &checked = m_session->checked();
    m_problems = checked.problems();
    m_ready = checked.readyToExport();
    updateReason();
    if (wasComplete != isComplete())
        emit completeChanged();
}

void ReviewPage::render()
{
    if (!m_web)
        return;
    m_rerenderTimer.stop();
    QString html;
    if (m_compareWith) {
        DraftLoadResult current;
        current.draft = m_session->draft();
        current.documentFolder = m_session->draftFolder();
        QString currentName = m_session->displayName();
        if (currentName.isEmpty())
            currentName = QFileInfo(m_session->sourceFile()).fileName();
        if (currentName.isEmpty())
            currentName = tr("this application (not saved)");
        html = renderCompareHtml(m_form, *m_compareWith, m_compareName, current, currentName, uiLanguage());
    } else {
        // The approval is verified against the CAs the user trusts (system + company CAs), read now.
        const signing::TrustStore trust =
            signing::hasApproval(m_session->draft()) ? currentTrustStore() : signing::TrustStore();
        html =
            renderReviewHtml(m_session->checked(), uiLanguage(), &trust, receivedPdfSignatures(*m_session));
        // The comments follow the application, before the footer: a list with links to the fields.
        // A hidden mark names this rendering, so the focus goes to a link of the document on screen and
        // never to its twin in the page being replaced (focusActedOnLink).
        const QString comments = renderCommentsHtml(m_form, m_session->draft(), uiLanguage()) +
                                 QStringLiteral("<i hidden data-rendering=\"%1\"></i>").arg(++m_rendering);
        qsizetype at = html.lastIndexOf(QStringLiteral("<footer>"));
        if (at < 0)
            at = html.lastIndexOf(QStringLiteral("</body>"));
        if (at >= 0)
            html.insert(at, comments);
    }
    const QByteArray bytes = html.toUtf8();
    if (bytes.size() <= kSetHtmlLimit) {
        m_largePage.reset();
        m_web->setHtml(html);
        focusActedOnLink(kFocusAttempts);
        return;
    }
    auto file =
        std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/nbapply-review-XXXXXX.html"));
    if (!file->open() || file->write(bytes) != bytes.size() || !file->flush()) {
        // Without the file there is nothing to show; say so instead of a blank view.
        m_web->setHtml(QStringLiteral("<p>%1</p>")
                           .arg(tr("The review page could not be prepared: the temporary folder is not "
                                   "writable.")
                                    .toHtmlEscaped()));
        return;
    }
    m_web->load(QUrl::fromLocalFile(file->fileName()));
    m_largePage = std::move(file);
    focusActedOnLink(kFocusAttempts);
}

void ReviewPage::focusActedOnLink(int attemptsLeft)
{
    if (m_focusLink.isEmpty() || m_compareWith || !m_web)
        return;
    // Not on loadFinished: after a refused link click the engine may report only that navigation's
    // failure and never the new page's success. So ask the page until the new rendering is there.
    // The href is built by commentActionLink: percent-encoded, no quote can end the selector.
    const QString script =
        QStringLiteral("(function(){if(!document.querySelector('i[data-rendering=\"%1\"]'))return false;"
                       "var a=document.querySelector('a[href=\"%2\"]');if(a)a.focus();return true;})()")
            .arg(m_rendering)
            .arg(m_focusLink);
    const QPointer<ReviewPage> self(this);
    const quint64 rendering = m_rendering;
    m_web->runJavaScript(script, [self, rendering, attemptsLeft](const QVariant &shown) {
        if (!self || self->m_rendering != rendering || !self->m_web)
            return; // a newer rendering asks for itself
        if (shown.toBool())
            self->m_web->widget()->setFocus(Qt::OtherFocusReason);
        else if (attemptsLeft > 0)
            QTimer::singleShot(kFocusRetryMs, self,
                               [self, attemptsLeft] { self->focusActedOnLink(attemptsLeft - 1); });
    });
}

void ReviewPage::setComparison(const DraftLoadResult &other, const QString &otherName)
{
    m_compareWith = std::make_unique<DraftLoadResult>(other);
    m_compareName = otherName;
    m_closeCompare->show();
    retranslateUi();
}

void ReviewPage::clearComparison()
{
    m_compareWith.reset(); // also lets go of the other file's extracted documents
    m_compareName.clear();
    m_closeCompare->hide();
    retranslateUi();
}

void ReviewPage::updateReason()
{
    if (!m_checked) {
        m_reason->setProblems({}); // not checked yet
        return;
    }
    for (const Problem &problem : std::as_const(m_problems)) {
        if (!problem.isError())
            continue;
        const FieldDefinition *field = m_form.field(problem.field);
        m_reason->setProblems({problem}, field ? inUi(field->label) : QString());
        return;
    }
    // No error, yet not ready: a received application's documents did not travel with it.
    if (!m_ready) {
        for (const Problem &problem : std::as_const(m_problems))
            if (problem.code == u"document.not-enclosed") {
                m_reason->setProblems({problem}, tr("Documents"));
                return;
            }
    }
    const bool warnings = !m_problems.isEmpty();
    m_reason->setInformation(warnings
                                 ? tr("Ready to export. Please check the warnings above; they do not block "
                                      "the export.")
                                 : tr("Ready to export: no problems found."));
}

void ReviewPage::choosePdfFile()
{
    QString folder = m_session->draftFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("application-review") + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Print the review to a PDF file"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        printToPdf(path);
}

void ReviewPage::chooseReviewReportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print review report"), suggestedReviewReportPath(*m_session), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        writeReviewReport(path);
}

QString ReviewPage::writeReviewReport(const QString &path)
{
    const QString status = writeSessionReviewReport(*m_session, path, m_compareWith.get(), m_compareName);
    m_printStatus->setText(status);
    return status;
}

void ReviewPage::runJavaScript(const QString &script, std::function<void(const QVariant &)> result)
{
    if (m_web)
        m_web->runJavaScript(script, std::move(result));
}

void ReviewPage::printToPdf(const QString &path)
{
    if (!m_web)
        return;
    m_printing = true;
    m_printButton->setEnabled(false);
    m_lastPdfPath = path;
    m_printStatus->setText(tr("Printing…"));
    const QPointer<ReviewPage> self(this);
    m_web->printToPdf(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter),
                      [self, path](const QByteArray &pdf) {
                          if (self)
                              self->onPdfPrinted(path, pdf);
                      });
}

void ReviewPage::onPdfPrinted(const QString &path, const QByteArray &pdf)
{
    // The review shows every value of the application: written like the exports, owner-only.
    const BilingualText writeError = pdf.isEmpty() ? BilingualText{} : writeOwnerOnlyFile(path, pdf);
    const bool ok = !pdf.isEmpty() && writeError.isEmpty();
    m_printing = false;
    m_printButton->setEnabled(true);
    if (ok)
        m_printStatus->setText(tr("Saved to %1. It is a review aid, not the application: send the PDF the "
                                  "Export page writes, and print that one (File › Print).")
                                   .arg(QDir::toNativeSeparators(path)));
    else if (pdf.isEmpty())
        m_printStatus->setText(tr("The review could not be printed to a PDF. Try again."));
    else
        m_printStatus->setText(inUi(writeError));
    emit pdfPrinted(path, ok);
    if (!isVisible())
        m_releaseTimer.start();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ReviewPage::retranslateUi()
{
    if (m_compareWith) {
        setTitle(tr("Comparison"));
        setSubTitle(tr("What changed from %1 to this application: deleted text struck through, inserted "
                       "text underlined, comments alongside.")
                        .arg(m_compareName));
    } else {
        setTitle(tr("Review"));
        setSubTitle(
            tr("The whole application as the licensor will read it, in Chinese and English. Click any item "
               "to go back and change it."));
    }
    m_closeCompare->setText(tr("Back to the re&view"));
    m_printButton->setText(tr("&Print to PDF…"));
    m_reportButton->setText(tr("Print revie&w report…"));
    // The name is the visible words (speech input finds the button by them); the longer wording is
    // the description.
    m_reportButton->setAccessibleDescription(
        tr("An internal PDF with the verdict, every comment thread and the documents' SHA-256"));
    m_reportButton->setToolTip(
        tr("Write the internal review report (内部 / INTERNAL on every page): the "
           "approval, who commented, replied, resolved and reopened what and when, the "
           "documents with their SHA-256 and, while comparing, the changes."));
    m_printButton->setAccessibleDescription(tr("Print the review to a PDF file"));
    m_printButton->setToolTip(
        tr("Save this review page as a PDF file, for example to print it or to show it to "
           "a colleague. This is not the application PDF: that is written on the next page."));
    if (QWidget *web = view()) {
        web->setAccessibleName(tr("Application review"));
        web->setAccessibleDescription(tr("The application with its problems; each item is a link to its "
                                         "editor."));
    }
    if (!m_lastPdfPath.isEmpty() && m_printButton->isEnabled())
        m_printStatus->clear();
    updateReason();
    // Texts of the rendered page that are not part of the annex follow the UI language.
    if (m_web)
        render();
}

void ReviewPage::onCommentAction(const QString &action, const QString &commentId)
{
    if (action == QStringLiteral("reply")) {
        askReplyToComment(m_session, commentId, this);
        m_focusLink = commentActionLink(CommentAction::Reply, commentId);
    } else if (action == QStringLiteral("resolve") || action == QStringLiteral("reopen")) {
        const bool resolve = action == QStringLiteral("resolve");
        // Recorded with the reviewer's name; nothing changes when the user cancels the name.
        const QString by = reviewerName(this);
        if (by.isEmpty())
            return;
        m_session->setCommentResolved(commentId, resolve, by);
        // The same place in the list: the link that undoes what was just done.
        m_focusLink = commentActionLink(resolve ? CommentAction::Reopen : CommentAction::Resolve, commentId);
    } else {
        return;
    }
    render(); // at once: the user is looking at the list
}

void ReviewPage::onLoaded(bool ok)
{
    arrangeTabOrder(); // the engine's focus widget may be a new one
    emit reviewLoaded(ok);
}

} // namespace nbapply::gui

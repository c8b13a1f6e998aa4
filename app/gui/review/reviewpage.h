#pragma once

#include "common/problem.h"

#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTemporaryFile;
class QUrl;
class QVBoxLayout;

namespace nbapply
{
class FormDefinition;
struct DraftLoadResult;
} // namespace nbapply

namespace nbapply::gui
{

class DraftSession;
class ProblemLabel;
class ReviewView;

// Page 6: the whole application as a bilingual page (renderReviewHtml) in a QWebEngineView, problems
// highlighted, every item a link back to where it is edited, printable to a PDF file.
// QtWebEngine costs ~0.15 s and >50 MB when it is mapped, and its renderer process more: the view comes
// from a module loaded the first time the page is shown (reviewview.h), never at start-up, and is
// deleted again when the page is left, which ends the renderer process.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
  public:
    ReviewPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    // True exactly when the export will go ahead (CheckedApplication::readyToExport); otherwise the
    // first error is named at the bottom of the page.
    bool isComplete() const override;
    // Going Back never clears anything.
    void cleanupPage() override {}
    // The line at the bottom naming the first error (empty when Next is enabled).
    QString blockingReason() const;

    // The web view (a QWebEngineView), or nullptr while the page is not shown (or QtWebEngine's module
    // is missing: the page then says so instead).
    QWidget *view() const;
    // The problems shown: the session's checked application's.
    const Problems &problems() const { return m_problems; }
    // File › Compare with…: shows a redline from `other` (an older version; `otherName` is its file
    // name, never a path) to the session's draft instead of the review, with the comments alongside,
    // until clearComparison() ("Back to the review" on the page). Printable like the review.
    void setComparison(const DraftLoadResult &other, const QString &otherName);
    void clearComparison();
    bool isComparing() const { return m_compareWith != nullptr; }
    // The review page lists the reviewers' comments after the application, with links to the fields
    // and, for each comment, Reply and Resolve (or Reopen): acted on here, through the session. After
    // the page is rendered again, the keyboard focus returns to the comment that was acted on.

    // Runs `script` in the view's own world (not the page's, whose Content-Security-Policy allows no
    // script) and hands its result to `result`; nothing happens without the view.
    void runJavaScript(const QString &script, std::function<void(const QVariant &)> result);
    // Prints the rendered page to `path` (A4); the result arrives as pdfPrinted(). Needs the view.
    void printToPdf(const QString &path);
    // Review › Print review report: writes the internal review report (reviewreport.h) to `path`, with the
    // redline against the compared version while comparing; shows and returns the status line.
    QString writeReviewReport(const QString &path);

  signals:
    // A link "nbapply-edit:<field path>" was followed: the wizard goes to that field's editor.
    void editFieldRequested(const QString &fieldPath);
    // The page finished loading a rendering of the draft (after initializePage, a change, a language
    // switch). `ok` is false when QtWebEngine could not show it.
    void reviewLoaded(bool ok);
    void pdfPrinted(const QString &path, bool ok);

  protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

  private:
    void ensureView();
    void releaseView();
    // Tab runs through the web page's links, then Print to PDF…, the report and Back to the review.
    void arrangeTabOrder();
    bool acceptNavigation(const QUrl &url, bool linkClicked);
    void revalidate();
    void render();
    void retranslateUi();
    void updateReason();
    void choosePdfFile();
    void chooseReviewReportFile();
    void onPdfPrinted(const QString &path, const QByteArray &pdf);
    void onCommentAction(const QString &action, const QString &commentId);
    void onLoaded(bool ok);
    // Moves the focus to m_focusLink in the current rendering once the engine shows it, asking again
    // every kFocusRetryMs up to `attemptsLeft` times.
    void focusActedOnLink(int attemptsLeft);

    const FormDefinition &m_form;
    DraftSession *m_session;
    Problems m_problems;
    bool m_ready = true;    // nothing checked before the page first opens
    bool m_checked = false; // from the first opening on, the problems follow every change
    bool m_printing = false;
    QVBoxLayout *m_layout;
    std::unique_ptr<ReviewView> m_web;
    QLabel *m_unavailable = nullptr; // instead of the view when the module cannot be loaded
    QTimer m_releaseTimer;
    QPushButton *m_printButton;
    QPushButton *m_reportButton;
    QPushButton *m_closeCompare;
    std::unique_ptr<DraftLoadResult> m_compareWith;
    QString m_compareName;
    QLabel *m_printStatus;
    ProblemLabel *m_reason;
    QTimer m_rerenderTimer;
    std::unique_ptr<QTemporaryFile> m_largePage;
    QString m_lastPdfPath;
    // The href of the comment action link last acted on: every rendering focuses it, so the user stays at
    // the same place in the list while the page is drawn again. Cleared when the page is entered anew.
    QString m_focusLink;
    quint64 m_rendering = 0; // counts the renderings; the newest one is marked in the page
    static constexpr int kFocusAttempts = 100;
    static constexpr int kFocusRetryMs = 50;
};

} // namespace nbapply::gui

#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace nbapply::gui
{

class ApplicationWizard;
class CommentIndicators;
class DraftSession;

// The window's Review menu: comment on the field that has the focus, record an approval ("approved for
// sending" / "changes requested" with an optional note, signed with the reviewer's certificate and bound
// to the fingerprint), set the name comments are recorded with, and choose the company CAs trusted.
class ReviewMenu : public QObject
{
    Q_OBJECT
  public:
    ReviewMenu(QMainWindow *window, DraftSession *session, ApplicationWizard *wizard);

    CommentIndicators *indicators() const { return m_indicators; }
    QAction *commentAction() const { return m_comment; }
    // Asks for the verdict, (approving over open comments) whether to go on, an optional note, then the
    // certificate and its password, and signs; false when cancelled or the signature was not made.
    bool recordApprovalWithDialog();
    // Tests replace the certificate's file dialog (CertificatePrompt::setFileChooser).
    void setCertificateFileChooser(std::function<QString(const QString &lastPath)> chooser)
    {
        m_chooseCertificate = std::move(chooser);
    }
    // Review › Trusted company CA certificates…: TrustedCasDialog; once accepted, every approval shown is
    // judged again against the new store.
    void editTrustedCas();
    QAction *trustedCasAction() const { return m_trustedCas; }
    // File › Compare with…: opens `path` (a draft, package, PDF or e-mail) and shows the redline from it
    // to the current application on the Review page. False (after saying why) when it cannot be read.
    bool compareWith(const QString &path);
    bool compareWithDialog();
    void retranslateUi();

  private:
    void changeName();
    // Asks before approving while comments are open ("N comments are still open. Approve anyway?");
    // true at once when none is.
    bool confirmApprovalWithOpenComments();

    QMainWindow *m_window;
    ApplicationWizard *m_wizard;
    DraftSession *m_session;
    CommentIndicators *m_indicators;
    QMenu *m_menu;
    QAction *m_comment;
    QAction *m_approve;
    QAction *m_name;
    QAction *m_trustedCas;
    std::function<QString(const QString &)> m_chooseCertificate;
};

} // namespace nbapply::gui

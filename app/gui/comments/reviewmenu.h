#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace nbapply::gui
{

class ApplicationWizard;
class CommentIndicators;
class DraftSession;

// The window's Review menu: comment on the field that has the focus, record an approval ("approved for
// sending" / "changes requested", signed and bound to the fingerprint), and set the name comments and
// approvals are signed with.
class ReviewMenu : public QObject
{
    Q_OBJECT
  public:
    ReviewMenu(QMainWindow *window, DraftSession *session, ApplicationWizard *wizard);

    CommentIndicators *indicators() const { return m_indicators; }
    QAction *commentAction() const { return m_comment; }
    // Asks which state to record; false when cancelled or no name was given.
    bool recordApprovalWithDialog();
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
};

} // namespace nbapply::gui

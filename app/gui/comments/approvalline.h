#pragma once

#include <QLabel>

namespace nbapply::gui
{

class DraftSession;

// One line on the Export page: the review state of the application (approvalSummary(): "approved by …
// on …", "changes requested", "not reviewed", "approval out of date") and the number of open comments.
// It informs; the export is never blocked by it. Follows every change of the draft and the language.
class ApprovalLine : public QLabel
{
    Q_OBJECT
  public:
    ApprovalLine(DraftSession *session, QWidget *parent);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void update();

    DraftSession *m_session;
};

} // namespace nbapply::gui

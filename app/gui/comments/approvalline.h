#pragma once

#include <QLabel>

namespace nbapply::gui
{

class DraftSession;

// One line on the Export page: the review state of the application — the signed approval as verified
// (signing::approvalSummary(): "signed by … (approval for sending): valid", "covers an older version",
// "changed after signing", "unsigned: not evidence of approval", "not reviewed") — and the number of
// open comments.
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

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace nbapply::gui
{

class DraftSession;

// Shown above the wizard while the application is a received one (DraftSession::isReadOnly()): which
// file it came from, whose application it is, the file's date and the fingerprint its PDF prints, and
// "Edit a copy", which makes it editable. Hidden otherwise.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT
  public:
    ReadOnlyBanner(DraftSession *session, QWidget *parent);

    QString text() const;
    QPushButton *editCopyButton() const { return m_editCopy; }

  signals:
    void editCopyRequested();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void update();

    DraftSession *m_session;
    QLabel *m_text;
    QPushButton *m_editCopy;
};

} // namespace nbapply::gui

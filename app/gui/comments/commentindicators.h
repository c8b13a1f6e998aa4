#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QWidget;

namespace nbapply::gui
{

class DraftSession;

// Puts the reviewers' comments next to the fields of the wizard: each FieldRow's comment button shows
// how many comments its field has ("2 comments, 1 open") and opens them (CommentsDialog). The button is
// shown on a field with comments and, while a received application is reviewed (read-only), on every
// field, so a reviewer can start one anywhere; the Review menu's "Comment on this field" works always.
class CommentIndicators : public QObject
{
    Q_OBJECT
  public:
    CommentIndicators(DraftSession *session, QWidget *wizard);

    // The field or document the keyboard focus is in ("plan.duration", "documents.other"), or empty.
    QString fieldOfFocus() const;
    // Opens the comments of `field` (modal); the parent is the wizard's window.
    void openComments(const QString &field);
    void update();
    // Takes in the comment buttons of pages built after this (the wizard builds its pages lazily).
    void connectRows();

  private:
    DraftSession *m_session;
    QWidget *m_wizard;
    QSet<QObject *> m_connected;
};

} // namespace nbapply::gui

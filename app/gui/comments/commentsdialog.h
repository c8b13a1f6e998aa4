#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace nbapply::gui
{

class DraftSession;

// A comment is a note, not a document: longer text is cut (the draft stays small and readable).
constexpr int kMaxCommentChars = 4000;

// The comments on one field or document ("plan.duration", "documents.business-licence"): each with
// its author, time, state and replies; a text box to add a comment or reply to the selected one, and
// Resolve / Reopen. Every action is signed with reviewerName() and goes through the session, so the
// indicators, Review and the autosaver see it.
class CommentsDialog : public QDialog
{
    Q_OBJECT
  public:
    CommentsDialog(DraftSession *session, const QString &field, QWidget *parent);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *replyButton() const { return m_reply; }
    QPushButton *resolveButton() const { return m_resolve; }

  private:
    void refresh();
    void updateButtons();
    QString selectedId() const;
    void addComment();
    void reply();
    void toggleResolved();

    DraftSession *m_session;
    QString m_field;
    QLabel *m_title;
    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_resolve;
};

// A field's label for dialogs and lists, in the UI language: "Model use duration" or the document
// kind's name; the path itself when the form does not know it.
QString commentFieldLabel(const DraftSession &session, const QString &field);

} // namespace nbapply::gui

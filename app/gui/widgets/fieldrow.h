#pragma once

#include "common/problem.h"
#include "form/formdefinition.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QToolButton;

namespace nbapply::gui
{

class DraftSession;
class FieldInput;
class ProblemLabel;

// One field of a page, top to bottom: its label (buddy of the input, with a mnemonic), the input,
// the form's help text, the field's problems (icon + text) and, when the validator would store a
// different form of the value, that normalised value. Under a problem the user may vouch for (an
// early pilot credit code, a phone number in a range the phone data does not know yet) it offers a
// check box "Use as entered — checked against the original" that confirms the value in the draft.
class FieldRow : public QWidget
{
    Q_OBJECT
  public:
    FieldRow(const FieldDefinition &field, DraftSession *session, QWidget *parent);

    const FieldDefinition &field() const { return m_field; }
    // The label and help as the checked application words the field now (an identifier's follow the
    // type chosen: "Passport number"); the form's own until the page sets them.
    void setWording(const BilingualText &label, const BilingualText &help);
    const BilingualText &label() const { return m_shownLabel; }
    FieldInput *input() const { return m_input; }
    // A letter for the label's mnemonic (Alt+letter focuses the input); 0 for none.
    void setMnemonic(QChar letter);
    // Shows `problems` of this field, or nothing when `show` is false: the page hides the problems
    // of empty fields the user has not visited yet, so a new form does not open covered in errors.
    // The input's accessible description starts with them. With `announce`, a problem that was not
    // shown before is spoken by a screen reader (once: the same problem again is not repeated).
    void setProblems(const Problems &problems, bool show, bool announce = false);
    // Speaks the shown problems now (Enter on a blocked page, when the focus is already here).
    void announceProblems();
    // The problem text shown under the field (empty when none).
    QString problemText() const;
    // The value as the validator normalises it; shown when it differs from what was typed.
    void setNormalized(const QString &normalized);
    // Shows the confirm check box when `confirmable` (core isConfirmable()), ticked when `confirmed`.
    // Hidden while the problems are hidden: it belongs to the problem it answers.
    void setConfirmable(bool confirmable, bool confirmed);
    QCheckBox *confirmBox() const { return m_confirm; }
    // Reviewers' comments on this field: a small button under the label, hidden until
    // app/gui/comments/ (CommentIndicators) labels, shows and connects it. Last in tabOrder().
    QToolButton *commentButton() const { return m_comments; }
    // The input's widgets and then the confirm check box, in tab order.
    QList<QWidget *> tabOrder() const;
    void focusInput(Qt::FocusReason reason = Qt::OtherFocusReason);
    // An informational line under the field (empty hides it), e.g. what switching the applicant
    // kind kept.
    void setNote(const QString &note);
    QString note() const;
    // The label's buddy follows the input's focus target (radio buttons are rebuilt on a kind change).
    void updateBuddy();
    void retranslateUi();

  protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void updateAccessibleTexts();
    // Reads the reviewers' comments on this field from the draft (a screen reader hears them with the
    // field, not only on the separate comments button).
    void updateComments();

    const FieldDefinition &m_field;
    BilingualText m_shownLabel;
    BilingualText m_shownHelp;
    FieldInput *m_input;
    QLabel *m_label;
    QToolButton *m_comments;
    QLabel *m_help;
    ProblemLabel *m_problems;
    QCheckBox *m_confirm;
    QLabel *m_normalized;
    ProblemLabel *m_note;
    DraftSession *m_session;
    bool m_problemsShown = false;
    bool m_confirmable = false;
    QChar m_mnemonic;
    QString m_normalizedValue;
    QStringList m_shownCodes; // the codes of the problems shown
    QStringList m_announced;  // the codes of the problems last spoken
    int m_commentCount = 0;
    QString m_firstComment;                            // the text of the field's first comment
    QString m_accessibleName, m_accessibleDescription; // last given to the input (no repeated events)
};

} // namespace nbapply::gui

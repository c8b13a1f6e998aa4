#pragma once

#include "common/problem.h"
#include "form/formdefinition.h"

#include <QWidget>

class QLabel;

namespace nbapply::gui
{

class DraftSession;
class FieldInput;
class ProblemLabel;

// One field of a page, top to bottom: its label (buddy of the input, with a mnemonic), the input,
// the form's help text, the field's problems (icon + text) and, when the validator would store a
// different form of the value, that normalised value.
class FieldRow : public QWidget
{
    Q_OBJECT
  public:
    FieldRow(const FieldDefinition &field, DraftSession *session, QWidget *parent);

    const FieldDefinition &field() const { return m_field; }
    FieldInput *input() const { return m_input; }
    // A letter for the label's mnemonic (Alt+letter focuses the input); 0 for none.
    void setMnemonic(QChar letter);
    // Shows `problems` of this field, or nothing when `show` is false: the page hides the problems
    // of empty fields the user has not visited yet, so a new form does not open covered in errors.
    void setProblems(const Problems &problems, bool show);
    // The value as the validator normalises it; shown when it differs from what was typed.
    void setNormalized(const QString &normalized);
    void focusInput();
    // The label's buddy follows the input's focus target (radio buttons are rebuilt on a kind change).
    void updateBuddy();
    void retranslateUi();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    const FieldDefinition &m_field;
    FieldInput *m_input;
    QLabel *m_label;
    QLabel *m_help;
    ProblemLabel *m_problems;
    QLabel *m_normalized;
    QChar m_mnemonic;
    QString m_normalizedValue;
};

} // namespace nbapply::gui

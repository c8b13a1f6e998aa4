#pragma once

#include "common/problem.h"

#include <QSet>
#include <QTimer>
#include <QWizardPage>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace nbapply
{
class FormDefinition;
struct SectionDefinition;
} // namespace nbapply

namespace nbapply::gui
{

class DraftSession;
class FieldRow;
class ProblemLabel;

// A wizard page generated from one section of the form: the wizard makes one per section, in the
// form's order, with the section's label as title and its intro as subtitle. A row per field that
// applies to the applicant kind, validated as the user types (debounced), with a fixed line at the
// bottom naming the first problem that keeps Next disabled. An empty field's problems ("required")
// appear once the user has left it or pressed Next. Going Back never clears it (cleanupPage does
// nothing).
class SectionPage : public QWizardPage
{
    Q_OBJECT
  public:
    static constexpr int kValidationDelayMs = 300;

    SectionPage(const FormDefinition &form, DraftSession *session, const QString &sectionId, QWidget *parent);
    ~SectionPage() override;

    bool isComplete() const override;
    // Checks the whole page again, now (no debounce); on errors shows them all and stays.
    bool validatePage() override;
    void cleanupPage() override {}
    void initializePage() override;

    QString sectionId() const { return m_sectionId; }
    bool hasField(const QString &path) const;
    // Focuses the editor of `path`; false when the field is not on this page (or does not apply).
    bool focusField(const QString &path);
    // The line under the page that names the first blocking problem (empty when Next is enabled).
    QString blockingReason() const;
    // Runs the pending validation now (tests, and before leaving the page).
    void revalidateNow();

  protected:
    void changeEvent(QEvent *event) override;
    // Enter while Next is disabled takes the focus to the first problem (QWizard would do nothing).
    void keyPressEvent(QKeyEvent *event) override;

  private:
    // `announce`: the user's own edit caused this pass, so a problem that appears is spoken.
    void revalidate(bool announce);
    void retranslateUi();
    void onChanged(const QString &path);
    void onFocusChanged(QWidget *old, QWidget *now);
    void noteKindSwitch();
    void renderKindNote();
    void updateVisibleRows();
    void assignMnemonics();
    void assignTabOrder();

    const FormDefinition &m_form;
    DraftSession *m_session;
    QString m_sectionId;
    QList<FieldRow *> m_rows;
    QLabel *m_legend;
    ProblemLabel *m_reason;
    QTimer m_timer;
    // Fields whose editor the user has left: their problems show even when empty.
    QSet<QString> m_left;
    QMetaObject::Connection m_focusWatch;
    // The applicant kind the page last showed (to say what a switch changed).
    QString m_shownKind;
    QString m_switchedFrom;
    FieldRow *m_firstBlocking = nullptr; // the row of the first error, for Enter and Next
    bool m_complete = false;
    bool m_showAll = false;
};

} // namespace nbapply::gui

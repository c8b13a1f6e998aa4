#pragma once

#include <QWizardPage>

class QLabel;
class QScrollArea;

namespace nbapply
{
class FormDefinition;
}

namespace nbapply::gui
{

class DocumentKindBox;
class DraftSession;
class ProblemLabel;

// The supporting documents 特别提示 1 asks of this kind of applicant: a box per document kind the
// applicant needs (by the form's requiredFor), the optional "other documents", and any kind the draft
// already holds files for. Their problems are the core's: a missing document is a warning and does not
// block Next, but an error the page shows (a file that cannot be read) does, as on the other pages;
// files dropped anywhere on the page outside a box count as "other documents".
class DocumentsPage : public QWizardPage
{
    Q_OBJECT
  public:
    DocumentsPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);

    void cleanupPage() override {}
    // False while a document shown on the page has an error.
    bool isComplete() const override;
    QList<DocumentKindBox *> boxes() const { return m_boxes; }
    // Whether the box of `kind` is offered to the current applicant.
    bool offers(const QString &kind) const;
    // Focuses the Add button of document kind `kind` ("authorization-letter", from a Review link) and
    // scrolls it into view; with an empty or unknown kind, of the first required document still
    // missing, else of the first box.
    void focusKind(const QString &kind);
    void focusFirstMissing();
    // The problems of documents no box shows (a kind the form does not know), as the core words them.
    QString otherProblemsText() const;

  protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;

  private:
    void retranslateUi();
    void updateVisibleBoxes();
    void updateOtherProblems();
    void assignTabOrder();
    void focusBox(DocumentKindBox *box);

    const FormDefinition &m_form;
    DraftSession *m_session;
    QLabel *m_notesTitle;
    QLabel *m_intro;
    ProblemLabel *m_otherProblems;
    QScrollArea *m_scroll;
    QList<DocumentKindBox *> m_boxes;
    bool m_complete = true; // what completeChanged() last said
};

} // namespace nbapply::gui

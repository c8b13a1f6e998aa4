#pragma once

#include <QWizardPage>

class QLabel;

namespace nbapply
{
class FormDefinition;
}

namespace nbapply::gui
{

class DocumentKindBox;
class DraftSession;

// 特别提示: the supporting documents for this kind of applicant. Missing ones are warnings, so the
// page never blocks Next; files dropped anywhere on the page outside a box count as "other documents".
class DocumentsPage : public QWizardPage
{
    Q_OBJECT
  public:
    DocumentsPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);

    void cleanupPage() override {}
    QList<DocumentKindBox *> boxes() const { return m_boxes; }
    // Focuses the Add button of the first required document still missing (the review page's link).
    void focusFirstMissing();

  protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

  private:
    void retranslateUi();
    void assignTabOrder();

    const FormDefinition &m_form;
    DraftSession *m_session;
    QLabel *m_intro;
    QList<DocumentKindBox *> m_boxes;
};

} // namespace nbapply::gui

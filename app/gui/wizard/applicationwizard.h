#pragma once

#include "pageids.h"

#include <QWizard>

namespace nbapply
{
class FormDefinition;
}

namespace nbapply::gui
{

class DraftSession;
class SectionPage;
class WelcomePage;

// The application as a QWizard: Welcome, a page per section of the form (applicant, representative,
// plan in the built-in form), Documents, then Review and Export. It lives inside the main window, so
// finishing or pressing Escape never hides it; the main window decides what Finish means. Pages share one
// DraftSession and never clear on Back.
class ApplicationWizard : public QWizard
{
    Q_OBJECT
  public:
    ApplicationWizard(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);
    ~ApplicationWizard() override;

    int nextId() const override;
    WelcomePage *welcomePage() const;
    SectionPage *sectionPage(int id) const;
    // The page id of the form's section `sectionId` ("applicant"), or -1.
    int sectionPageId(const QString &sectionId) const;
    // 1-based position of page `id` among all pages, and how many there are ("step N of M").
    int stepOf(int id) const;
    int stepCount() const;
    // The page that edits `fieldPath` ("applicant.name", "documents"), or -1.
    int pageOfField(const QString &fieldPath) const;
    // Goes (back or forward) to the page of `fieldPath` and focuses its editor.
    bool goToField(const QString &fieldPath);
    // Back to the Welcome page after New/Open/Recover, without clearing anything.
    void restartAtWelcome();
    // Goes back or forward to page `id`, stopping at a page that blocks (the recovered draft's page).
    void goToPage(int id);

    void done(int result) override;
    void reject() override {}

  signals:
    void finishRequested();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslateUi();
    // The current page's title is a heading, and the page is named by it (a screen reader says where
    // the user is when the focus enters the page).
    void exposePageTitle();
    // Scrolls the current page to its top when the focused widget stays in view there.
    void scrollPageToTop();

    DraftSession *m_session;
    QMetaObject::Connection m_focusWatch;
};

} // namespace nbapply::gui

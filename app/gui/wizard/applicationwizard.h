#pragma once

#include "pageids.h"

#include <QList>
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
//
// Building every page costs about as much as the rest of start-up (their labels are shaped, their
// rows laid out), so nbapply-gui builds only Welcome before its window shows (FirstPageFirst, issue 21):
// the other pages follow one per turn of the event loop once Welcome has been painted, and at once
// whenever something needs them first (Next, a jump to a field, pageOfField(), sectionPage()).
// pagesBuilt() says when all exist; what works on the pages' widgets (read-only inputs, comment
// buttons) listens to it.
class ApplicationWizard : public QWizard
{
    Q_OBJECT
  public:
    enum class PageBuilding { AllAtOnce, FirstPageFirst };

    ApplicationWizard(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr,
                      PageBuilding building = PageBuilding::AllAtOnce);
    ~ApplicationWizard() override;

    // Whether every page exists yet, and building the rest now (nothing when they do).
    bool allPagesBuilt() const { return m_unbuilt.isEmpty(); }
    void buildAllPages();

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
    // Every page exists now (emitted once, when the last lazily built page was added).
    void pagesBuilt();

  protected:
    void changeEvent(QEvent *event) override;
    // Next and setCurrentId() validate first: the page they go to is built by then.
    bool validateCurrentPage() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void retranslateUi();
    // The current page's title is a heading, and the page is named by it (a screen reader says where
    // the user is when the focus enters the page).
    void exposePageTitle();
    // Scrolls the current page to its top when the focused widget stays in view there.
    void scrollPageToTop();
    QWizardPage *makePage(int id);
    // Adds the next page not built yet; buildPagesInTurn() also schedules the one after it.
    void buildNextPage();
    void buildPagesInTurn();
    // For the const look-ups that need every page: the pages are a cache of what the form describes.
    void ensurePages() const;

    const FormDefinition &m_form;
    DraftSession *m_session;
    // Every page id in order, built or not ("step N of M" counts them all), and those still to build.
    QList<int> m_plannedIds;
    QList<int> m_unbuilt;
    QMetaObject::Connection m_focusWatch;
};

} // namespace nbapply::gui

#include "applicationwizard.h"

#include "applicantpage.h"
#include "documentspage.h"
#include "draftsession.h"
#include "planpage.h"
#include "representativepage.h"
#include "welcomepage.h"
#ifdef NBAPPLY_GUI_HAVE_REVIEW
#include "review/reviewpage.h"
#endif
#ifdef NBAPPLY_GUI_HAVE_EXPORT
#include "export/exportpage.h"
#endif

#include <QAbstractButton>
#include <QEvent>
#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QSvgRenderer>

namespace nbapply::gui
{

namespace
{

// Wizard art drawn from SVG at the screen's pixel ratio: sharp at any scale.
QPixmap renderSvg(const QString &resource, int logicalSize, qreal ratio)
{
    QSvgRenderer renderer(resource);
    QPixmap pixmap(QSize(logicalSize, logicalSize) * ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

ApplicationWizard::ApplicationWizard(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : QWizard(parent), m_session(session)
{
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ModernStyle);
    // No Cancel: the window's Quit and close button ask about unsaved changes instead. Enter advances
    // (Next stays the default button).
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);

    setPage(Welcome, new WelcomePage(form, this));
    setPage(Applicant, new ApplicantPage(form, session, this));
    setPage(Representative, new RepresentativePage(form, session, this));
    setPage(Plan, new PlanPage(form, session, this));
    setPage(Documents, new DocumentsPage(form, session, this));
#ifdef NBAPPLY_GUI_HAVE_REVIEW
    auto *review = new ReviewPage(form, session, this);
    setPage(Review, review);
    connect(review, &ReviewPage::editFieldRequested, this, &ApplicationWizard::goToField);
#endif
#ifdef NBAPPLY_GUI_HAVE_EXPORT
    setPage(Export, new ExportPage(form, session, this));
#endif
    setStartId(Welcome);

    const qreal ratio =
        QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->devicePixelRatio() : 1.0;
    const int logo = fontMetrics().height() * 3;
    setPixmap(QWizard::LogoPixmap, renderSvg(QStringLiteral(":/gui/wizard-logo.svg"), logo, ratio));
    retranslateUi();
}

int ApplicationWizard::nextId() const
{
    for (int id = currentId() + 1; id <= Export; ++id)
        if (page(id))
            return id;
    return -1;
}

WelcomePage *ApplicationWizard::welcomePage() const
{
    return static_cast<WelcomePage *>(page(Welcome));
}

SectionPage *ApplicationWizard::sectionPage(int id) const
{
    return qobject_cast<SectionPage *>(page(id));
}

int ApplicationWizard::pageOfField(const QString &fieldPath) const
{
    if (fieldPath == QLatin1String("documents") || fieldPath.startsWith(QLatin1String("documents")))
        return Documents;
    for (int id : {Applicant, Representative, Plan})
        if (sectionPage(id)->hasField(fieldPath))
            return id;
    return -1;
}

bool ApplicationWizard::goToField(const QString &fieldPath)
{
    const int target = pageOfField(fieldPath);
    if (target < 0)
        return false;
    goToPage(target);
    if (currentId() != target)
        return false;
    if (target == Documents) {
        static_cast<DocumentsPage *>(page(Documents))->focusFirstMissing();
        return true;
    }
    return sectionPage(target)->focusField(fieldPath);
}

void ApplicationWizard::restartAtWelcome()
{
    goToPage(Welcome);
}

void ApplicationWizard::goToPage(int id)
{
    // back() keeps the pages (cleanupPage does nothing); next() stops at a page that blocks.
    while (currentId() > id && currentId() != startId())
        back();
    while (currentId() < id) {
        const int before = currentId();
        if (!currentPage()->isComplete())
            break;
        next();
        if (currentId() == before)
            break;
    }
}

void ApplicationWizard::done(int result)
{
    // Embedded in the main window: never hide; Finish asks the window to close.
    if (result == QDialog::Accepted)
        emit finishRequested();
}

void ApplicationWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ApplicationWizard::retranslateUi()
{
    // Set explicitly: QWizard does not re-read its default button texts on a language change.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CommitButton, tr("&Next >"));
}

} // namespace nbapply::gui

#include "applicationwizard.h"

#include "accessibility.h"
#include "altkeyguard.h"
#include "documentspage.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "sectionpage.h"
#include "welcomepage.h"
#ifdef NBAPPLY_GUI_HAVE_REVIEW
#include "review/reviewpage.h"
#endif
#ifdef NBAPPLY_GUI_HAVE_EXPORT
#include "export/exportpage.h"
#endif

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QTimer>

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

ApplicationWizard::ApplicationWizard(const FormDefinition &form, DraftSession *session, QWidget *parent,
                                     PageBuilding building)
    : QWizard(parent), m_form(form), m_session(session)
{
    setWindowFlags(Qt::Widget);
    // Before any page exists: the widgets' accessible interfaces are made through it.
    a11y::install();
    setWizardStyle(QWizard::ModernStyle);
    // No Cancel: the window's Quit and close button ask about unsaved changes instead. Enter advances
    // (Next stays the default button).
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);

    // One page per section of the form, in its order: a new section in forms/ is a new page.
    m_plannedIds.append(Welcome);
    for (int i = 0; i < form.sections.size() && FirstSection + i < Documents; ++i)
        m_plannedIds.append(FirstSection + i);
    m_plannedIds.append(Documents);
#ifdef NBAPPLY_GUI_HAVE_REVIEW
    m_plannedIds.append(Review);
#endif
#ifdef NBAPPLY_GUI_HAVE_EXPORT
    m_plannedIds.append(Export);
#endif
    m_unbuilt = m_plannedIds.mid(1);
    setPage(Welcome, makePage(Welcome));
    if (building == PageBuilding::AllAtOnce)
        buildAllPages();
    else
        page(Welcome)->installEventFilter(this); // the rest after Welcome's first paint
    setStartId(Welcome);
    // An Alt+letter that matches no shortcut must not type into (and replace) a selected field.
    AltKeyGuard::install();
    connect(this, &QWizard::currentIdChanged, this, &ApplicationWizard::exposePageTitle);
    // After QWizard has focused the new page's first field (and the scroll area followed it, before the
    // page was laid out), the page opens at its top, its first label in view (issue 20, item 14).
    connect(this, &QWizard::currentIdChanged, this,
            [this] { QTimer::singleShot(0, this, &ApplicationWizard::scrollPageToTop); });
    // Wherever the focus goes (Tab, a mnemonic, a jump from Review), the page scrolls to show it.
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !isAncestorOf(now))
            return;
        for (QWidget *w = now->parentWidget(); w && w != this; w = w->parentWidget())
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(now);
                return;
            }
    });

    const qreal ratio =
        QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->devicePixelRatio() : 1.0;
    const int logo = fontMetrics().height() * 3;
    setPixmap(QWizard::LogoPixmap, renderSvg(QStringLiteral(":/gui/wizard-logo.svg"), logo, ratio));
    retranslateUi();
}

QWizardPage *ApplicationWizard::makePage(int id)
{
    if (id == Welcome)
        return new WelcomePage(m_form, this);
    if (id >= FirstSection && id < Documents)
        return new SectionPage(m_form, m_session, m_form.sections[id - FirstSection].id, this);
    if (id == Documents)
        return new DocumentsPage(m_form, m_session, this);
#ifdef NBAPPLY_GUI_HAVE_REVIEW
    if (id == Review) {
        auto *review = new ReviewPage(m_form, m_session, this);
        connect(review, &ReviewPage::editFieldRequested, this, &ApplicationWizard::goToField);
        return review;
    }
#endif
#ifdef NBAPPLY_GUI_HAVE_EXPORT
    if (id == Export)
        return new ExportPage(m_form, m_session, this);
#endif
    return nullptr;
}

void ApplicationWizard::buildNextPage()
{
    if (m_unbuilt.isEmpty())
        return;
    const int id = m_unbuilt.takeFirst();
    setPage(id, makePage(id));
    if (m_unbuilt.isEmpty())
        emit pagesBuilt();
}

void ApplicationWizard::buildPagesInTurn()
{
    // One page per turn of the event loop: the window answers keys and repaints in between.
    buildNextPage();
    if (!m_unbuilt.isEmpty())
        QTimer::singleShot(0, this, &ApplicationWizard::buildPagesInTurn);
}

void ApplicationWizard::buildAllPages()
{
    while (!m_unbuilt.isEmpty())
        buildNextPage();
}

void ApplicationWizard::ensurePages() const
{
    if (!allPagesBuilt())
        const_cast<ApplicationWizard *>(this)->buildAllPages();
}

bool ApplicationWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == page(Welcome)) {
        watched->removeEventFilter(this);
        // After this paint has reached the screen, not before it.
        QTimer::singleShot(0, this, &ApplicationWizard::buildPagesInTurn);
    }
    return QWizard::eventFilter(watched, event);
}

bool ApplicationWizard::validateCurrentPage()
{
    buildAllPages();
    return QWizard::validateCurrentPage();
}

ApplicationWizard::~ApplicationWizard()
{
    // The pages are deleted after this destructor, moving the focus as they go: stop following it.
    disconnect(m_focusWatch);
}

int ApplicationWizard::nextId() const
{
    // Every page in id order; no page is skipped. Pages not built yet count (Welcome offers Next before
    // the next page exists: validateCurrentPage() builds it).
    for (int id : m_plannedIds)
        if (id > currentId())
            return id;
    return -1;
}

int ApplicationWizard::sectionPageId(const QString &sectionId) const
{
    ensurePages();
    for (int id : pageIds())
        if (const SectionPage *section = sectionPage(id); section && section->sectionId() == sectionId)
            return id;
    return -1;
}

int ApplicationWizard::stepOf(int id) const
{
    return int(m_plannedIds.indexOf(id)) + 1;
}

int ApplicationWizard::stepCount() const
{
    return int(m_plannedIds.size());
}

WelcomePage *ApplicationWizard::welcomePage() const
{
    return static_cast<WelcomePage *>(page(Welcome));
}

SectionPage *ApplicationWizard::sectionPage(int id) const
{
    ensurePages();
    return qobject_cast<SectionPage *>(page(id));
}

int ApplicationWizard::pageOfField(const QString &fieldPath) const
{
    if (fieldPath == QLatin1String("documents") || fieldPath.startsWith(QLatin1String("documents.")))
        return Documents;
    ensurePages();
    for (int id : pageIds())
        if (const SectionPage *section = sectionPage(id); section && section->hasField(fieldPath))
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
        // "documents.business-licence" (a Review link) names the kind; plain "documents" does not.
        static_cast<DocumentsPage *>(page(Documents))->focusKind(fieldPath.section(QLatin1Char('.'), 1));
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

void ApplicationWizard::scrollPageToTop()
{
    QWizardPage *page = currentPage();
    auto *scroll = page ? page->findChild<QScrollArea *>() : nullptr;
    if (!scroll || !scroll->widget())
        return;
    // Unless what has the focus would then be out of sight (a jump to a field far down the page).
    QWidget *focus = QApplication::focusWidget();
    if (focus && scroll->widget()->isAncestorOf(focus) &&
        focus->mapTo(scroll->widget(), QPoint(0, focus->height())).y() > scroll->viewport()->height())
        return;
    scroll->verticalScrollBar()->setValue(0);
}

void ApplicationWizard::exposePageTitle()
{
    QWizardPage *page = currentPage();
    if (!page)
        return;
    page->setAccessibleName(page->title());
    page->setAccessibleDescription(page->subTitle());
    // QWizard's header (a private class) shows the title in a plain label outside the page.
    for (QLabel *label : findChildren<QLabel *>())
        if (!label->text().isEmpty() && label->text() == page->title() && !page->isAncestorOf(label))
            a11y::markHeading(label);
}

void ApplicationWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // After the pages have retitled themselves (they get the same event, in no set order).
        QTimer::singleShot(0, this, &ApplicationWizard::exposePageTitle);
    }
    QWizard::changeEvent(event);
}

void ApplicationWizard::retranslateUi()
{
    // Set explicitly: QWizard does not re-read its default button texts on a language change.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("F&inish"));
    setButtonText(QWizard::CommitButton, tr("&Next >"));
}

} // namespace nbapply::gui

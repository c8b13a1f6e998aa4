#include "pageannouncer.h"

#include "accessibility.h"
#include "applicationwizard.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWizardPage>

namespace nbapply::gui
{

PageAnnouncer::PageAnnouncer(ApplicationWizard *wizard, QLabel *line, QObject *parent)
    : QObject(parent), m_wizard(wizard), m_line(line)
{
    a11y::markAlert(m_line);
    // After the event loop: QWizard changes page one at a time (goToField, Compare with…), and the new
    // page may retitle itself as it initialises; only the page the user lands on is spoken.
    connect(m_wizard, &QWizard::currentIdChanged, this, [this] {
        if (m_pending)
            return;
        m_pending = true;
        QTimer::singleShot(0, this, &PageAnnouncer::speak);
    });
    m_line->installEventFilter(this);
}

QString PageAnnouncer::sentence() const
{
    const QWizardPage *page = m_wizard->currentPage();
    return tr("Step %1 of %2: %3")
        .arg(m_wizard->stepOf(m_wizard->currentId()))
        .arg(m_wizard->stepCount())
        .arg(page ? page->title() : QString());
}

bool PageAnnouncer::eventFilter(QObject *watched, QEvent *event)
{
    // The line is retranslated by its window; its name follows without being spoken again.
    if (watched == m_line && event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, [this] { m_line->setAccessibleName(sentence()); });
    return QObject::eventFilter(watched, event);
}

void PageAnnouncer::speak()
{
    m_pending = false;
    m_line->setAccessibleName(sentence());
    const int id = m_wizard->currentId();
    if (id == m_spoken)
        return;
    // The first page is not a change: the window and its focused control are spoken as it opens.
    const bool first = m_spoken == -1;
    m_spoken = id;
    if (!first)
        a11y::announce(m_line);
}

} // namespace nbapply::gui

#include "documentspage.h"

#include "documentkindbox.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "uilanguage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nbapply::gui
{

DocumentsPage::DocumentsPage(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : QWizardPage(parent), m_form(form), m_session(session), m_intro(new QLabel(this))
{
    setAcceptDrops(true);
    auto *content = new QWidget;
    auto *boxes = new QVBoxLayout(content);
    for (const DocumentKind &kind : form.documentKinds) {
        auto *box = new DocumentKindBox(kind, session, content);
        boxes->addWidget(box);
        m_boxes << box;
    }
    boxes->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    connect(session, &DraftSession::changed, this, [this](const QString &path) {
        if (path.isEmpty() || path == QLatin1String("documents") || path == QLatin1String("applicant.kind"))
            assignTabOrder();
    });
    assignTabOrder();
    retranslateUi();
}

void DocumentsPage::focusFirstMissing()
{
    for (DocumentKindBox *box : m_boxes)
        if (!box->statusText().isEmpty()) {
            box->addButton()->setFocus(Qt::OtherFocusReason);
            return;
        }
    if (!m_boxes.isEmpty())
        m_boxes.first()->addButton()->setFocus(Qt::OtherFocusReason);
}

void DocumentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DocumentsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFilesOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DocumentsPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFilesOf(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    for (DocumentKindBox *box : m_boxes)
        if (box->kind().requiredFor.isEmpty()) {
            box->addFiles(paths);
            return;
        }
}

void DocumentsPage::retranslateUi()
{
    setTitle(inUi(m_form.documentsLabel));
    setSubTitle(tr("The documents the licensor asks for. Attach scans or PDFs now, or later: a missing "
                   "document is a warning and does not stop you."));
    QStringList notes;
    for (const BilingualText &note : m_form.notes)
        notes << inUi(note);
    m_intro->setText(notes.value(0) + QStringLiteral("\n") +
                     tr("Add files with the buttons, or drop them onto a box."));
}

void DocumentsPage::assignTabOrder()
{
    QWidget *previous = nullptr;
    for (DocumentKindBox *box : m_boxes)
        for (QWidget *w : box->tabOrder()) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
}

} // namespace nbapply::gui

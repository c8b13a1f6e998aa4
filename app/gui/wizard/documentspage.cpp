#include "documentspage.h"

#include "accessibility.h"
#include "documentkindbox.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "print/paperactions.h"
#include "problemlabel.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

namespace nbapply::gui
{

DocumentsPage::DocumentsPage(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : QWizardPage(parent), m_form(form), m_session(session), m_notesTitle(new QLabel(this)),
      m_intro(new QLabel(this)), m_otherProblems(new ProblemLabel(this)), m_scroll(new QScrollArea(this))
{
    setAcceptDrops(true);
    auto *content = new QWidget;
    auto *boxes = new QVBoxLayout(content);
    for (const DocumentKind &kind : form.documentKinds) {
        auto *box = new DocumentKindBox(kind, session, content);
        // Where the letter of authorisation is asked for: create it from the application as it stands.
        if (kind.offersLetter)
            box->addGuidanceWidget(new PaperActions(
                PaperActions::Mode::Documents,
                [session] {
                    return PaperActions::Source{session->checked(), session->draftFolder(), QString()};
                },
                box));
        boxes->addWidget(box);
        m_boxes << box;
        // A document this applicant does not need is hidden: its Add button must not take the page's
        // first focus (and with it Enter, as the default button) on entering the page.
        a11y::keepFocusOutWhileHidden(box);
    }
    boxes->addStretch(1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_intro);
    layout->addWidget(m_otherProblems);
    layout->addWidget(m_scroll, 1);
    m_notesTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_notesTitle->font();
    bold.setBold(true);
    m_notesTitle->setFont(bold);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    connect(session, &DraftSession::changed, this, [this](const QString &path) {
        if (path.isEmpty() || path == QLatin1String("documents") || path == Draft::applicantKindPath()) {
            updateVisibleBoxes();
            updateOtherProblems();
            assignTabOrder();
        }
        // Any change may add or clear a document's error (a kind's reason, the applicant's kind).
        // Only a real change is signalled: QWizard redraws its page area on each, and a screen reader
        // would hear the shown problems again.
        if (const bool complete = isComplete(); complete != m_complete) {
            m_complete = complete;
            emit completeChanged();
        }
    });
    updateVisibleBoxes();
    updateOtherProblems();
    assignTabOrder();
    retranslateUi();
}

bool DocumentsPage::isComplete() const
{
    const CheckedApplication &checked = m_session->checked();
    for (const DocumentKindBox *box : m_boxes)
        if (!box->isHidden() && hasErrors(checked.documentProblems(box->kind().value)))
            return false;
    for (const DocumentRef &document : m_session->draft().documents())
        if (!m_form.documentKind(document.kind) && hasErrors(checked.documentProblems(document.kind)))
            return false;
    return true;
}

bool DocumentsPage::offers(const QString &kind) const
{
    for (const DocumentKindBox *box : m_boxes)
        if (box->kind().value == kind)
            return !box->isHidden();
    return false;
}

void DocumentsPage::focusKind(const QString &kind)
{
    for (DocumentKindBox *box : m_boxes)
        if (box->kind().value == kind && !box->isHidden()) {
            focusBox(box);
            return;
        }
    focusFirstMissing();
}

void DocumentsPage::focusFirstMissing()
{
    const QString applicantKind = m_session->draft().applicantKind();
    for (DocumentKindBox *box : m_boxes)
        if (!box->isHidden() && box->kind().isRequiredFor(applicantKind) && !box->statusText().isEmpty()) {
            focusBox(box);
            return;
        }
    for (DocumentKindBox *box : m_boxes)
        if (!box->isHidden()) {
            focusBox(box);
            return;
        }
}

void DocumentsPage::focusBox(DocumentKindBox *box)
{
    box->addButton()->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(box->addButton());
}

QString DocumentsPage::otherProblemsText() const
{
    return m_otherProblems->isVisibleTo(this) ? m_otherProblems->text() : QString();
}

void DocumentsPage::updateOtherProblems()
{
    // A document of a kind the form does not know (a hand-edited draft) has no box: its problems are
    // shown above the boxes, so the page hides nothing Review reports.
    const CheckedApplication &checked = m_session->checked();
    QStringList unknownKinds;
    for (const DocumentRef &document : m_session->draft().documents())
        if (!m_form.documentKind(document.kind) && !unknownKinds.contains(document.kind))
            unknownKinds << document.kind;
    Problems problems;
    for (const QString &kind : std::as_const(unknownKinds))
        problems += checked.documentProblems(kind);
    m_otherProblems->setProblems(problems);
}

void DocumentsPage::updateVisibleBoxes()
{
    // The kinds this applicant needs, the optional "other documents", and any kind the draft holds
    // files for (so they can be seen and removed): an organisation is not offered a person's ID copy.
    const QString applicantKind = m_session->draft().applicantKind();
    const QList<DocumentRef> documents = m_session->draft().documents();
    for (DocumentKindBox *box : m_boxes) {
        const DocumentKind &kind = box->kind();
        bool attached = false;
        for (const DocumentRef &document : documents)
            attached = attached || document.kind == kind.value;
        box->setVisible(kind.isRequiredFor(applicantKind) || kind.requiredFor.isEmpty() || attached);
    }
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
        if (box->kind().requiredFor.isEmpty() && !box->isHidden()) {
            box->addFiles(paths);
            return;
        }
}

void DocumentsPage::retranslateUi()
{
    setTitle(tr("Supporting documents"));
    setSubTitle(tr("The documents the licensor asks for. Attach scans or PDFs now, or later: a missing "
                   "document is a warning and does not stop you."));
    // 特别提示 1 as the form words it: the annex's own list of documents, under its own heading.
    QStringList notes;
    for (const BilingualText &note : m_form.notes)
        notes << inUi(note);
    m_notesTitle->setText(inUi(m_form.documentsLabel));
    m_intro->setText(notes.value(0) + QStringLiteral("\n") +
                     tr("Add files with the buttons, or drop them onto a box."));
}

void DocumentsPage::assignTabOrder()
{
    // The controls of hidden boxes take no focus (and setTabOrder ignores them): chained past.
    QWidget *previous = nullptr;
    for (DocumentKindBox *box : m_boxes)
        for (QWidget *w : box->tabOrder()) {
            if (w->focusPolicy() == Qt::NoFocus)
                continue;
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
}

void DocumentsPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    // QWizard gives a new page's focus before its page area is shown, to the first control of the focus
    // chain that takes Tab within 100 widgets of the page, else to Next. The boxes are further on (the
    // scroll area's content joined the chain when it was set), and a hidden box's Add button was taken.
    // A jump from a Review link focuses its box after this.
    if (event->spontaneous())
        return;
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus) && focus->isVisible())
        return;
    for (DocumentKindBox *box : std::as_const(m_boxes))
        for (QWidget *w : box->tabOrder())
            if (!box->isHidden() && w->isVisibleTo(this) && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus(Qt::TabFocusReason);
                // Drawn with its focus frame, as after a Tab.
                window()->setAttribute(Qt::WA_KeyboardFocusChange);
                return;
            }
}

} // namespace nbapply::gui

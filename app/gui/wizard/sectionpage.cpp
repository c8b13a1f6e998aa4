#include "sectionpage.h"

#include "draftsession.h"
#include "fieldinput.h"
#include "fieldrow.h"
#include "form/formdefinition.h"
#include "problemlabel.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{

// Letters the wizard's buttons and the menu bar already use (Back, Next, Finish, File, Language, Help).
const QString kReservedMnemonics = QStringLiteral("BNFLH");

bool isEmptyValue(const Draft &draft, const FieldDefinition &field)
{
    if (field.type == FieldType::MultiChoice)
        return draft.list(field.path()).isEmpty();
    return draft.text(field.path()).trimmed().isEmpty();
}

} // namespace

SectionPage::SectionPage(const FormDefinition &form, DraftSession *session, const QString &sectionId,
                         QWidget *parent)
    : QWizardPage(parent), m_form(form), m_session(session), m_sectionId(sectionId),
      m_legend(new QLabel(this)), m_reason(new ProblemLabel(this))
{
    auto *content = new QWidget;
    auto *rowsLayout = new QVBoxLayout(content);
    if (const SectionDefinition *section = form.section(sectionId)) {
        for (const FieldDefinition &field : section->fields) {
            auto *row = new FieldRow(field, session, content);
            rowsLayout->addWidget(row);
            m_rows << row;
        }
    }
    rowsLayout->addStretch(1);

    // Long pages scroll rather than clip (200 % scale, small screens).
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_reason);
    m_legend->setWordWrap(true);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kValidationDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { revalidate(true); });
    connect(session, &DraftSession::changed, this, &SectionPage::onChanged);
    m_focusWatch = connect(qApp, &QApplication::focusChanged, this, &SectionPage::onFocusChanged);

    m_shownKind = session->draft().applicantKind();
    assignMnemonics();
    assignTabOrder();
    updateVisibleRows();
    retranslateUi();
    revalidateNow();
}

SectionPage::~SectionPage()
{
    // Now, not in ~QObject: deleting the rows below moves the focus, and the slot must not run on a
    // page whose members are already gone.
    disconnect(m_focusWatch);
}

bool SectionPage::isComplete() const
{
    return m_complete;
}

bool SectionPage::validatePage()
{
    m_showAll = true;
    revalidateNow();
    if (m_complete)
        return true;
    // Take the user to the first problem. A screen reader reads the field with its problem (the
    // description) as the focus arrives; when the focus is there already, the problem is spoken.
    if (m_firstBlocking) {
        QWidget *before = QApplication::focusWidget();
        m_firstBlocking->focusInput(Qt::OtherFocusReason);
        if (QApplication::focusWidget() == before)
            m_firstBlocking->announceProblems();
    }
    return false;
}

void SectionPage::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_complete &&
        !(event->modifiers() & ~Qt::KeypadModifier)) {
        validatePage();
        event->accept();
        return;
    }
    QWizardPage::keyPressEvent(event);
}

void SectionPage::initializePage()
{
    updateVisibleRows();
    revalidateNow();
}

bool SectionPage::hasField(const QString &path) const
{
    for (const FieldRow *row : m_rows)
        if (row->field().path() == path)
            return true;
    return false;
}

bool SectionPage::focusField(const QString &path)
{
    for (FieldRow *row : m_rows)
        if (row->field().path() == path && row->field().appliesToDraft(m_session->draft())) {
            row->focusInput();
            return true;
        }
    return false;
}

QString SectionPage::blockingReason() const
{
    return m_reason->isVisibleTo(this) ? m_reason->text() : QString();
}

void SectionPage::revalidateNow()
{
    revalidate(false);
}

void SectionPage::revalidate(bool announce)
{
    m_timer.stop();
    const Draft &draft = m_session->draft();
    // The session's checked application: the same problems, with the same severity, as Review, the
    // Export page and the export (the PDF font's coverage included), and the value as it is stored.
    const CheckedApplication &checked = m_session->checked();
    bool complete = true;
    m_firstBlocking = nullptr;
    Problems firstBlocking;
    QString firstLabel;
    bool firstShown = false; // whether the first blocking field shows its problem yet
    struct RowState {
        FieldRow *row;
        const CheckedField *value; // null: the field does not apply to this kind of applicant
        bool show;
    };
    QList<RowState> states;
    for (FieldRow *row : m_rows) {
        const FieldDefinition &field = row->field();
        const CheckedField *value = checked.field(field.path());
        // An empty field is not an error yet while the user is on their way to it or still in it.
        const bool show =
            value && (m_showAll || m_left.contains(field.path()) || !isEmptyValue(draft, field));
        states.append({row, value, show});
        if (!value)
            continue;
        for (const Problem &p : value->problems)
            if (p.isError()) {
                if (complete) {
                    m_firstBlocking = row;
                    firstBlocking = {p};
                    firstLabel = inUi(value->label);
                    firstShown = show;
                }
                complete = false;
            }
    }
    const auto update = [&](const RowState &state) {
        if (!state.value) {
            state.row->setProblems({}, false);
            state.row->setConfirmable(false, false);
            return;
        }
        const CheckedField &value = *state.value;
        const FieldDefinition &field = state.row->field();
        // An identifier is labelled and explained for the type chosen, as Review and the messages say.
        state.row->setWording(value.label, value.help);
        state.row->setProblems(value.problems, state.show, announce);
        state.row->setConfirmable(value.confirmable, value.confirmed);
        const QString typed = draft.text(field.path());
        // The value as Review and the PDF will show it (displayText(): a phone "+86 755 8888 1234",
        // not the stored "+8675588881234"), when that is not what was typed.
        QString shown;
        if (field.type != FieldType::MultiChoice && !typed.isEmpty() && value.value != typed) {
            shown = inUi(value.display);
            if (shown.isEmpty())
                shown = value.value;
        }
        state.row->setNormalized(shown == typed ? QString() : shown);
    };
    const auto hasLine = [](const RowState &state) {
        return state.value && state.show && !state.value->problems.isEmpty();
    };
    // QWizard hides and shows its whole page area whenever Next is enabled or disabled, and a screen
    // reader hears every visible problem line (an alert) again. So the lines that go are hidden before
    // Next changes, and the lines that come are shown after: each is heard once, when it appears.
    for (const RowState &state : std::as_const(states))
        if (!hasLine(state))
            update(state);
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
    for (const RowState &state : std::as_const(states))
        if (hasLine(state))
            update(state);
    // While the field that blocks Next does not show its problem yet (a new form, a field not reached),
    // the line says what Next waits for as information, not as an error the user has not made.
    if (!firstBlocking.isEmpty() && !firstShown) {
        const QString message = inUi(firstBlocking.first().message);
        m_reason->setInformation(
            message.startsWith(firstLabel) ? message : firstLabel + ProblemLabel::tr(": ") + message);
    } else
        m_reason->setProblems(firstBlocking, firstLabel);
}

void SectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Messages come from the validator in both languages: render them again in the new one.
        revalidateNow();
    }
    QWizardPage::changeEvent(event);
}

void SectionPage::retranslateUi()
{
    if (const SectionDefinition *section = m_form.section(m_sectionId)) {
        setTitle(inUi(section->label));
        setSubTitle(inUi(section->intro));
    }
    renderKindNote();
    m_legend->setText(tr("Fields marked * are required. Problems are listed under each field and below; "
                         "warnings do not stop you."));
}

void SectionPage::onChanged(const QString &path)
{
    if (path.isEmpty()) {
        // A new, opened or recovered draft: show it and forget what was touched.
        m_left.clear();
        m_shownKind = m_session->draft().applicantKind();
        m_switchedFrom.clear();
        renderKindNote();
        m_showAll = false;
        for (FieldRow *row : m_rows) {
            row->input()->load();
            row->updateBuddy();
        }
        updateVisibleRows();
        // The identifier-type buttons may have been rebuilt for the draft's applicant kind.
        assignTabOrder();
        revalidateNow();
        return;
    }
    if (path == Draft::applicantKindPath()) {
        noteKindSwitch();
        updateVisibleRows();
        // Identifier-type buttons were rebuilt for the new kind: chain them in again.
        assignTabOrder();
    } else {
        // A field shown only for some values of another ("which document" for an other identity
        // document) appears or goes as soon as that value changes.
        updateVisibleRows();
    }
    m_timer.start();
}

void SectionPage::noteKindSwitch()
{
    // One arrow key on the kind's radio group switches it: say so, and that nothing is lost.
    const QString kind = m_session->draft().applicantKind();
    m_switchedFrom = m_shownKind == kind ? QString() : m_shownKind;
    m_shownKind = kind;
    renderKindNote();
}

void SectionPage::renderKindNote()
{
    const QString kind = m_session->draft().applicantKind();
    for (FieldRow *row : m_rows)
        if (row->field().path() == Draft::applicantKindPath())
            row->setNote(m_switchedFrom.isEmpty()
                             ? QString()
                             : tr("Switched from “%1” to “%2”. What you entered for “%1” is kept and comes "
                                  "back if you switch back.")
                                   .arg(inUi(row->field().choiceLabel(m_switchedFrom, kind)),
                                        inUi(row->field().choiceLabel(kind, kind))));
}

void SectionPage::onFocusChanged(QWidget *old, QWidget *now)
{
    if (!old)
        return;
    for (FieldRow *row : m_rows)
        if (row->isAncestorOf(old) && !(now && row->isAncestorOf(now))) {
            if (!m_left.contains(row->field().path())) {
                m_left.insert(row->field().path());
                m_timer.start();
            }
            return;
        }
}

void SectionPage::updateVisibleRows()
{
    const Draft &draft = m_session->draft();
    for (FieldRow *row : m_rows)
        row->setVisible(row->field().appliesToDraft(draft));
}

void SectionPage::assignMnemonics()
{
    QString used = kReservedMnemonics;
    for (FieldRow *row : m_rows)
        for (const QChar c : row->field().label.en.toUpper())
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z') && !used.contains(c)) {
                used += c;
                row->setMnemonic(c);
                break;
            }
}

void SectionPage::assignTabOrder()
{
    // The focus chain follows creation order, which is the form's order, top to bottom. Only the
    // identifier-type buttons, rebuilt when the applicant kind changes, are placed again: right
    // after the last control of the row above them.
    QWidget *previous = nullptr;
    for (FieldRow *row : m_rows) {
        row->updateBuddy();
        const QList<QWidget *> order = row->tabOrder();
        if (previous && !row->field().choicesByKind.isEmpty())
            for (QWidget *w : order) {
                setTabOrder(previous, w);
                previous = w;
            }
        if (!order.isEmpty())
            previous = order.last();
    }
}

} // namespace nbapply::gui

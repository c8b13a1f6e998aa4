#include "fieldrow.h"

#include "accessibility.h"
#include "draft/draftreview.h"
#include "draftsession.h"
#include "fieldinput.h"
#include "problemlabel.h"
#include "uilanguage.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QShortcutEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace nbapply::gui
{

FieldRow::FieldRow(const FieldDefinition &field, DraftSession *session, QWidget *parent)
    : QWidget(parent), m_field(field), m_shownLabel(field.label), m_shownHelp(field.help),
      m_input(createFieldInput(field, session, this)), m_label(new QLabel(this)),
      m_comments(new QToolButton(this)), m_help(new QLabel(this)), m_problems(new ProblemLabel(this)),
      m_confirm(new QCheckBox(this)), m_normalized(new QLabel(this)), m_note(new ProblemLabel(this)),
      m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(layout->spacing() / 2);
    layout->addWidget(m_label);
    layout->addWidget(m_comments, 0, Qt::AlignLeft);
    m_comments->hide();
    layout->addWidget(m_input);
    layout->addWidget(m_note);
    layout->addWidget(m_help);
    layout->addWidget(m_problems);
    layout->addWidget(m_confirm);
    layout->addWidget(m_normalized);
    m_label->setWordWrap(true);
    m_label->setBuddy(m_input->focusTarget());
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::PlainText);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_normalized->setWordWrap(true);
    m_normalized->setTextFormat(Qt::PlainText);
    m_normalized->hide();
    m_confirm->hide();
    a11y::markAlert(m_problems);
    WheelGuard::install(m_input);
    // Alt+letter must only move the focus: QLabel would also click a button buddy (tick the first
    // model, choose the first option of a group with none chosen).
    m_label->installEventFilter(this);
    m_problems->installEventFilter(this);
    // The confirmation goes through the session (Draft::setConfirmed), never into the JSON by hand;
    // the page checks the field again on the session's changed().
    connect(m_confirm, &QCheckBox::toggled, this,
            [this](bool on) { m_session->setConfirmed(m_field.path(), on); });
    // The mnemonic leads to the chosen radio option, which changes with each choice.
    connect(m_input, &FieldInput::edited, this, &FieldRow::updateBuddy);
    // Comments change through the session ("review"), or with the whole draft (opened, recovered).
    connect(m_session, &DraftSession::changed, this, [this](const QString &path) {
        if (path.isEmpty() || path == QLatin1String("review"))
            updateComments();
    });
    updateComments();
    retranslateUi();
    m_input->load();
}

void FieldRow::setWording(const BilingualText &label, const BilingualText &help)
{
    if (label == m_shownLabel && help == m_shownHelp)
        return;
    m_shownLabel = label;
    m_shownHelp = help;
    retranslateUi();
}

void FieldRow::setMnemonic(QChar letter)
{
    m_mnemonic = letter;
    retranslateUi();
}

void FieldRow::setProblems(const Problems &problems, bool show, bool announce)
{
    m_problemsShown = show;
    // A problem is the same problem while its code stays: messages quote the value ("… has 19
    // characters"), and a screen reader must not repeat them on every keystroke.
    QStringList codes;
    if (show)
        for (const Problem &p : problems)
            codes << p.code;
    // Before the line is shown: showing it speaks it (see eventFilter), and these are what it says.
    m_shownCodes = codes;
    const bool wasVisible = m_problems->isVisible();
    m_problems->setProblems(show ? problems : Problems());
    // A problem line that appears is spoken as it appears (the bridge sends "showing"), whichever
    // validation pass shows it: that is its announcement, and the debounced pass must not repeat it
    // (read through AT-SPI, a new problem was spoken two or three times).
    const bool appeared = !wasVisible && m_problems->isVisible();
    updateAccessibleTexts();
    if (codes.isEmpty())
        m_announced.clear();
    else if ((announce || appeared) && codes != m_announced)
        announceProblems();
}

void FieldRow::announceProblems()
{
    if (problemText().isEmpty())
        return;
    m_announced = m_shownCodes;
    a11y::announce(m_problems);
}

QString FieldRow::problemText() const
{
    return m_problems->isVisibleTo(this) ? m_problems->text() : QString();
}

void FieldRow::setConfirmable(bool confirmable, bool confirmed)
{
    m_confirmable = confirmable;
    {
        const QSignalBlocker block(m_confirm);
        m_confirm->setChecked(confirmable && confirmed);
    }
    // A confirmed value keeps its box visible even before the user touched the page: the warning it
    // leaves says what was confirmed, and the box is how to take it back.
    m_confirm->setVisible(confirmable && (m_problemsShown || confirmed));
}

QList<QWidget *> FieldRow::tabOrder() const
{
    QList<QWidget *> order = m_input->tabOrder();
    order << m_confirm << m_comments;
    return order;
}

void FieldRow::setNormalized(const QString &normalized)
{
    m_normalizedValue = normalized;
    m_normalized->setText(tr("Normalised: %1").arg(m_normalizedValue));
    m_normalized->setVisible(!m_normalizedValue.isEmpty());
}

void FieldRow::focusInput(Qt::FocusReason reason)
{
    if (QWidget *target = m_input->focusTarget())
        target->setFocus(reason);
}

void FieldRow::setNote(const QString &note)
{
    m_note->setInformation(note);
}

QString FieldRow::note() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

bool FieldRow::eventFilter(QObject *watched, QEvent *event)
{
    // Shown, the line is spoken: as it appears, and also with its page when the user arrives there
    // (Qt sends "showing" for every visible widget of a page being shown). What it says then has been
    // heard; a later validation pass must not announce it again as new.
    if (watched == m_problems && event->type() == QEvent::Show)
        m_announced = m_shownCodes;
    if (watched == m_label && event->type() == QEvent::Shortcut) {
        focusInput(Qt::ShortcutFocusReason);
        // As QLabel does for a buddy that is not a button: show the focus frame of a keyboard user.
        window()->setAttribute(Qt::WA_KeyboardFocusChange);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FieldRow::updateBuddy()
{
    m_label->setBuddy(m_input->focusTarget());
}

void FieldRow::retranslateUi()
{
    updateBuddy();
    QString label = inUi(m_shownLabel);
    // "&Name" in English; Chinese labels carry the letter after them, as Chinese UIs do: 姓名(&N).
    if (!m_mnemonic.isNull()) {
        const int at = label.indexOf(m_mnemonic, 0, Qt::CaseInsensitive);
        if (uiLanguage() == Language::English && at >= 0)
            label.insert(at, QLatin1Char('&'));
        else
            label += QStringLiteral("(&%1)").arg(m_mnemonic.toUpper());
    }
    if (m_field.required)
        label += QStringLiteral(" *");
    m_label->setText(label);
    m_help->setText(inUi(m_shownHelp));
    m_help->setVisible(!m_shownHelp.isEmpty());
    updateAccessibleTexts();
    // A document's number is checked against the document; a phone number has no original to hold.
    m_confirm->setText(m_field.type == FieldType::Phone
                           ? tr("Use as entered — I have checked the number")
                           : tr("Use as entered — checked against the original"));
    m_confirm->setAccessibleName(m_confirm->text());
    m_confirm->setAccessibleDescription(
        tr("%1: confirms the value as you entered it. The export marks it as unverified.")
            .arg(inUi(m_shownLabel)));
    setNormalized(m_normalizedValue);
}

void FieldRow::updateAccessibleTexts()
{
    // The problem first (what a screen reader says right after the name), then the help or the
    // placeholder (the date format), then "Required." — Qt 6.4 has no required or invalid-entry state.
    // Each part is a sentence of its own: help without a full stop would run into the next part
    // ("…in full Required.").
    QStringList parts;
    auto addSentence = [&parts](QString text) {
        text = text.trimmed();
        if (text.isEmpty())
            return;
        static const QString kEnds = QStringLiteral(".!?。！？…");
        if (!kEnds.contains(text.back()))
            text += text.back().unicode() >= 0x2E80 ? QStringLiteral("。") : QStringLiteral(".");
        parts << text;
    };
    addSentence(problemText());
    // The reviewers' comments, after the problem: how many, and what the first one says.
    if (m_commentCount > 0)
        addSentence(tr("%n comment(s): %1", nullptr, m_commentCount).arg(m_firstComment));
    QString help = inUi(m_shownHelp);
    if (help.isEmpty())
        help = inUi(m_field.placeholder);
    addSentence(help);
    if (m_field.required)
        addSentence(tr("Required."));
    const QString name = inUi(m_shownLabel);
    const QString description = parts.join(QLatin1Char(' '));
    // Every change of a name or description is an event a screen reader may speak: only real changes.
    if (name == m_accessibleName && description == m_accessibleDescription)
        return;
    m_accessibleName = name;
    m_accessibleDescription = description;
    m_input->setAccessibleTexts(name, description);
}

void FieldRow::updateComments()
{
    // A long comment is cut: the description is read whenever the field gets the focus.
    constexpr qsizetype kCommentChars = 100;
    int count = 0;
    QString first;
    for (const ReviewComment &comment : reviewComments(m_session->draft()))
        if (comment.field == m_field.path() && count++ == 0)
            first = comment.text.simplified();
    if (first.size() > kCommentChars)
        first = first.left(kCommentChars).trimmed() + QStringLiteral("…");
    if (count == m_commentCount && first == m_firstComment)
        return;
    m_commentCount = count;
    m_firstComment = first;
    updateAccessibleTexts();
}

void FieldRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace nbapply::gui

#include "commentsdialog.h"

#include "draft/draftreview.h"
#include "draftsession.h"
#include "form/formdefinition.h"
#include "reviewername.h"
#include "uilanguage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{
QString when(const QDateTime &time)
{
    const QLocale locale(uiLanguage() == Language::Chinese
                             ? QLocale(QLocale::Chinese, QLocale::China)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QString commentFieldLabel(const DraftSession &session, const QString &field)
{
    if (const FieldDefinition *definition = session.form().field(field))
        return inUi(definition->label);
    const QString prefix = QStringLiteral("documents.");
    if (field.startsWith(prefix))
        if (const DocumentKind *kind = session.form().documentKind(field.mid(prefix.size())))
            return inUi(kind->label);
    return field;
}

CommentsDialog::CommentsDialog(DraftSession *session, const QString &field, QWidget *parent)
    : QDialog(parent), m_session(session), m_field(field), m_title(new QLabel(this)),
      m_list(new QListWidget(this)), m_editor(new QPlainTextEdit(this)), m_add(new QPushButton(this)),
      m_reply(new QPushButton(this)), m_resolve(new QPushButton(this))
{
    setWindowTitle(tr("Comments"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setText(tr("Comments on: %1").arg(commentFieldLabel(*session, field)));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Comments"));
    // Named by its label ("Text:", the buddy below) as it is seen and said; what it is for is the
    // description.
    m_editor->setAccessibleDescription(tr("Comment or reply"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Write a comment, or select one and write a reply"));
    auto *editorLabel = new QLabel(tr("&Text:"), this);
    editorLabel->setBuddy(m_editor);
    m_add->setText(tr("&Add comment"));
    m_reply->setText(tr("&Reply"));
    m_add->setAutoDefault(false);
    m_reply->setAutoDefault(false);
    m_resolve->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resolve, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CommentsDialog::addComment);
    connect(m_reply, &QPushButton::clicked, this, &CommentsDialog::reply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsDialog::toggleResolved);
    connect(m_list, &QListWidget::currentRowChanged, this, &CommentsDialog::updateButtons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommentsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(editorLabel);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().lineSpacing() * 24);
    refresh();
    m_editor->setFocus();
}

void CommentsDialog::refresh()
{
    const QString current = selectedId();
    m_list->clear();
    for (const ReviewComment &comment : reviewComments(m_session->draft())) {
        if (comment.field != m_field)
            continue;
        QStringList lines;
        lines << (comment.resolved ? tr("Resolved") : tr("Open")) + QStringLiteral(" · ") + comment.author +
                     QStringLiteral(" · ") + when(comment.time);
        lines << comment.text;
        // The thread's record after the comment: replies, resolutions and reopenings, who and when.
        for (qsizetype i = 1; i < comment.events.size(); ++i) {
            const CommentEvent &event = comment.events.at(i);
            const QString by = event.by.isEmpty() ? tr("(not recorded)") : event.by;
            if (event.kind == CommentEvent::Kind::Reply)
                lines << QStringLiteral("    ↳ %1 · %2: %3").arg(by, event.timeDisplay(), event.text);
            else
                lines << QStringLiteral("    · %1 · %2 · %3")
                             .arg(inUi(event.kindLabel()), by, event.timeDisplay());
        }
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(Qt::UserRole, comment.id);
        if (comment.id == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString CommentsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CommentsDialog::updateButtons()
{
    const bool hasText = !m_editor->toPlainText().trimmed().isEmpty();
    const QString id = selectedId();
    bool resolved = false;
    for (const ReviewComment &comment : reviewComments(m_session->draft()))
        if (comment.id == id)
            resolved = comment.resolved;
    m_add->setEnabled(hasText);
    m_reply->setEnabled(hasText && !id.isEmpty());
    m_resolve->setEnabled(!id.isEmpty());
    m_resolve->setText(resolved ? tr("Re&open") : tr("Re&solve"));
}

void CommentsDialog::addComment()
{
    const QString text = m_editor->toPlainText().trimmed().left(kMaxCommentChars);
    const QString author = reviewerName(this);
    if (text.isEmpty() || author.isEmpty())
        return; // nothing typed is lost: the text stays in the box
    const QString id = m_session->addComment(m_field, author, text);
    m_editor->clear();
    refresh();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

void CommentsDialog::reply()
{
    const QString text = m_editor->toPlainText().trimmed().left(kMaxCommentChars);
    const QString author = reviewerName(this);
    if (text.isEmpty() || author.isEmpty() || selectedId().isEmpty())
        return;
    if (m_session->replyToComment(selectedId(), author, text))
        m_editor->clear();
    refresh();
}

void CommentsDialog::toggleResolved()
{
    const QString id = selectedId();
    // Resolving and reopening are recorded with the reviewer's name, as comments are.
    const QString by = reviewerName(this);
    if (by.isEmpty())
        return;
    for (const ReviewComment &comment : reviewComments(m_session->draft()))
        if (comment.id == id)
            m_session->setCommentResolved(id, !comment.resolved, by);
    refresh();
}

} // namespace nbapply::gui

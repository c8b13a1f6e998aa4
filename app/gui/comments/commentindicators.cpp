#include "commentindicators.h"

#include "commentsdialog.h"
#include "documentkindbox.h"
#include "draft/draftreview.h"
#include "draftsession.h"
#include "fieldrow.h"

#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QToolButton>

namespace nbapply::gui
{

CommentIndicators::CommentIndicators(DraftSession *session, QWidget *wizard)
    : QObject(wizard), m_session(session), m_wizard(wizard)
{
    connectRows();
    connect(session, &DraftSession::changed, this, &CommentIndicators::update);
    connect(session, &DraftSession::fileChanged, this, &CommentIndicators::update);
}

void CommentIndicators::connectRows()
{
    for (FieldRow *row : m_wizard->findChildren<FieldRow *>()) {
        if (m_connected.contains(row))
            continue;
        m_connected.insert(row);
        const QString path = row->field().path();
        connect(row->commentButton(), &QToolButton::clicked, this, [this, path] { openComments(path); });
    }
    update();
}

QString CommentIndicators::fieldOfFocus() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *row = qobject_cast<FieldRow *>(w))
            return row->field().path();
        if (auto *box = qobject_cast<DocumentKindBox *>(w))
            return QStringLiteral("documents.") + box->kind().value;
    }
    return {};
}

void CommentIndicators::openComments(const QString &field)
{
    if (field.isEmpty())
        return;
    CommentsDialog dialog(m_session, field, m_wizard->window());
    dialog.exec();
}

void CommentIndicators::update()
{
    QHash<QString, int> total, open;
    for (const ReviewComment &comment : reviewComments(m_session->draft())) {
        ++total[comment.field];
        if (!comment.resolved)
            ++open[comment.field];
    }
    const bool reviewing = m_session->isReadOnly();
    for (FieldRow *row : m_wizard->findChildren<FieldRow *>()) {
        QToolButton *button = row->commentButton();
        const QString path = row->field().path();
        const int count = total.value(path);
        QString text = count == 0 ? tr("Add a comment")
                                  : tr("%n comment(s), %1 open", nullptr, count).arg(open.value(path));
        button->setText(text);
        button->setAccessibleName(text);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        button->setVisible(count > 0 || reviewing);
    }
}

} // namespace nbapply::gui

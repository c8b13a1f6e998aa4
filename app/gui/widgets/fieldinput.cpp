#include "fieldinput.h"

#include "accessibility.h"
#include "fieldinputs_p.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>

namespace nbapply::gui
{

FieldInput::FieldInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
    : QWidget(parent), m_field(field), m_session(session)
{
}

void FieldInput::setAccessibleTexts(const QString &name, const QString &description)
{
    for (QWidget *w : tabOrder()) {
        w->setAccessibleName(name);
        w->setAccessibleDescription(description);
        // A drop-down is named by its label (not its value), and so are its parts: the text field of
        // an editable one, its list and the completion list.
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            a11y::markLabelledComboBox(combo);
            const QString list = tr("%1: choices").arg(name);
            combo->view()->setAccessibleName(list);
            if (QLineEdit *edit = combo->lineEdit()) {
                edit->setAccessibleName(name);
                edit->setAccessibleDescription(description);
            }
            if (QCompleter *completer = combo->completer())
                completer->popup()->setAccessibleName(list);
        }
    }
}

void FieldInput::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

FieldInput *createFieldInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Identifier:
        return createLineInput(field, session, parent);
    case FieldType::Multiline:
        return createMultilineInput(field, session, parent);
    case FieldType::Date:
        return createDateInput(field, session, parent);
    case FieldType::Choice:
        return createChoiceInput(field, session, parent);
    case FieldType::MultiChoice:
        return createMultiChoiceInput(field, session, parent);
    case FieldType::Country:
        return createCountryInput(field, session, parent);
    }
    return createLineInput(field, session, parent);
}

} // namespace nbapply::gui

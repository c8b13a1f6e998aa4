#include "fieldinput.h"

#include "fieldinputs_p.h"

#include <QEvent>

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

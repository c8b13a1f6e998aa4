#pragma once

// The concrete field inputs, made only through createFieldInput().

#include "fieldinput.h"

namespace nbapply::gui
{

FieldInput *createLineInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);
FieldInput *createMultilineInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);
FieldInput *createDateInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);
FieldInput *createChoiceInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);
FieldInput *createMultiChoiceInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);
FieldInput *createCountryInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);

} // namespace nbapply::gui

#pragma once

#include "form/formdefinition.h"

#include <QWidget>

#include <memory>

namespace nbapply
{
class Draft;
}

namespace nbapply::gui
{

class DraftSession;

// The editing control of one form field, whatever its type. A FieldRow puts it under the field's
// label; the concrete inputs (line edit, combo box, radio buttons, check boxes, date, country) are
// made by createFieldInput() from the field's type, so every page is generated from the form data.
class FieldInput : public QWidget
{
    Q_OBJECT
  public:
    FieldInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);

    const FieldDefinition &field() const { return m_field; }
    // Shows the draft's current value. Emits nothing, so loading never marks the draft dirty.
    virtual void load() = 0;
    // The widget that takes focus for this field (the first radio button, the line edit …).
    virtual QWidget *focusTarget() const = 0;
    // Texts that come from the form (choice labels) or from tr(): called on LanguageChange.
    virtual void retranslateUi() {}
    // Accessible name and description for every control of this input.
    virtual void setAccessibleTexts(const QString &name, const QString &description);
    // The widgets in tab order, for the page's explicit tab chain.
    virtual QList<QWidget *> tabOrder() const { return {focusTarget()}; }

  signals:
    // The user changed the value (already written to the session).
    void edited();

  protected:
    void changeEvent(QEvent *event) override;
    DraftSession *session() const { return m_session; }
    // True while load() runs: edits caused by it are not the user's.
    bool m_loading = false;

  private:
    const FieldDefinition &m_field;
    DraftSession *m_session;
};

// The input for `field`: Text/Email/Phone/Identifier -> QLineEdit, Multiline -> QPlainTextEdit,
// Choice -> radio buttons (up to four fixed choices) or a combo box (editable for free text),
// MultiChoice -> check boxes, Date -> line edit + calendar button, Country -> editable combo box
// with completion over the ISO 3166 names in both languages.
FieldInput *createFieldInput(const FieldDefinition &field, DraftSession *session, QWidget *parent);

} // namespace nbapply::gui

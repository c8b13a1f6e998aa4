// Inputs for typed text: one line, several lines, and dates (a line plus a calendar).
#include "datepicker.h"
#include "draftsession.h"
#include "fieldinputs_p.h"
#include "uilanguage.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

namespace nbapply::gui
{

namespace
{

class LineInput : public FieldInput
{
  public:
    LineInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent), m_edit(new QLineEdit(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        // No maxLength on the widget: a too-long paste is reported by the validator, never cut silently.
        m_edit->setMaxLength(1 << 30);
        m_edit->setClearButtonEnabled(true);
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
            this->session()->setText(this->field().path(), text);
            emit edited();
        });
        retranslateUi();
    }
    void load() override
    {
        const QString value = session()->draft().text(field().path());
        if (m_edit->text() != value)
            m_edit->setText(value);
    }
    QWidget *focusTarget() const override { return m_edit; }
    void retranslateUi() override { m_edit->setPlaceholderText(inUi(field().placeholder)); }

  private:
    QLineEdit *m_edit;
};

class MultilineInput : public FieldInput
{
  public:
    MultilineInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent), m_edit(new QPlainTextEdit(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        // Tab leaves the field (keyboard users); a new line is Enter.
        m_edit->setTabChangesFocus(true);
        m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 4);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
            if (m_loading)
                return;
            this->session()->setText(this->field().path(), m_edit->toPlainText());
            emit edited();
        });
        retranslateUi();
    }
    void load() override
    {
        const QString value = session()->draft().text(field().path());
        if (m_edit->toPlainText() == value)
            return;
        m_loading = true;
        m_edit->setPlainText(value);
        m_loading = false;
    }
    QWidget *focusTarget() const override { return m_edit; }
    void retranslateUi() override { m_edit->setPlaceholderText(inUi(field().placeholder)); }

  private:
    QPlainTextEdit *m_edit;
};

class DateInput : public FieldInput
{
  public:
    DateInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
        : FieldInput(field, session, parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this))
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit, 1);
        layout->addWidget(m_pick);
        m_edit->setMaxLength(1 << 30);
        m_pick->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
            this->session()->setText(this->field().path(), text);
            emit edited();
        });
        connect(m_pick, &QToolButton::clicked, this, &DateInput::pickDate);
        retranslateUi();
    }
    void load() override
    {
        const QString value = session()->draft().text(field().path());
        if (m_edit->text() != value)
            m_edit->setText(value);
    }
    QWidget *focusTarget() const override { return m_edit; }
    QList<QWidget *> tabOrder() const override { return {m_edit, m_pick}; }
    void setAccessibleTexts(const QString &name, const QString &description) override
    {
        m_edit->setAccessibleName(name);
        m_edit->setAccessibleDescription(description);
        m_name = name;
        namePick();
    }
    void retranslateUi() override
    {
        m_edit->setPlaceholderText(FieldInput::tr("YYYY-MM-DD"));
        m_pick->setText(FieldInput::tr("Calendar…"));
        m_pick->setToolTip(FieldInput::tr("Choose the date from a calendar"));
        namePick();
    }

  private:
    // Starts with the button's visible text, so voice control ("click Calendar") finds it.
    void namePick()
    {
        m_pick->setAccessibleName(m_pick->text() + QStringLiteral(" — ") + m_name);
        m_pick->setAccessibleDescription(m_pick->toolTip());
    }
    void pickDate()
    {
        DatePickerDialog dialog(QDate::fromString(m_edit->text().trimmed(), Qt::ISODate),
                                field().notInFuture ? QDate::currentDate() : QDate(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString text = dialog.selectedDate().toString(Qt::ISODate);
        m_edit->setText(text);
        session()->setText(field().path(), text);
        emit edited();
        m_edit->setFocus();
    }

    QLineEdit *m_edit;
    QToolButton *m_pick;
    QString m_name;
};

} // namespace

FieldInput *createLineInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    return new LineInput(field, session, parent);
}

FieldInput *createMultilineInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    return new MultilineInput(field, session, parent);
}

FieldInput *createDateInput(const FieldDefinition &field, DraftSession *session, QWidget *parent)
{
    return new DateInput(field, session, parent);
}

} // namespace nbapply::gui

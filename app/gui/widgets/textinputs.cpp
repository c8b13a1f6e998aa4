// Inputs for typed text: one line, several lines, and dates (a line plus a calendar).
#include "draftsession.h"
#include "fieldinputs_p.h"
#include "uilanguage.h"

#include <QCalendarWidget>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

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
        QDialog dialog(this);
        dialog.setWindowTitle(FieldInput::tr("Choose a date"));
        auto *calendar = new QCalendarWidget(&dialog);
        nameCalendarParts(calendar);
        const QDate current = QDate::fromString(m_edit->text().trimmed(), Qt::ISODate);
        calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
        if (field().notInFuture)
            calendar->setMaximumDate(QDate::currentDate());
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(calendar);
        layout->addWidget(buttons);
        connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        calendar->setFocus();
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString text = calendar->selectedDate().toString(Qt::ISODate);
        m_edit->setText(text);
        session()->setText(field().path(), text);
        emit edited();
        m_edit->setFocus();
    }

    // QCalendarWidget's previous/next month buttons are arrows without names, and its grid has none;
    // the month and year buttons are named by their visible text already. (The day cells are Qt's: a
    // cell's name is its day number.)
    static void nameCalendarParts(QCalendarWidget *calendar)
    {
        const std::pair<const char *, QString> parts[] = {
            {"qt_calendar_prevmonth", FieldInput::tr("Previous month")},
            {"qt_calendar_nextmonth", FieldInput::tr("Next month")},
            {"qt_calendar_calendarview", FieldInput::tr("Days of the month")},
        };
        for (const auto &[objectName, name] : parts)
            if (auto *w = calendar->findChild<QWidget *>(QLatin1String(objectName)))
                w->setAccessibleName(name);
        calendar->setAccessibleName(FieldInput::tr("Calendar"));
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

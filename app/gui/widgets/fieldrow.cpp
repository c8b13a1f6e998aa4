#include "fieldrow.h"

#include "fieldinput.h"
#include "problemlabel.h"
#include "uilanguage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace nbapply::gui
{

FieldRow::FieldRow(const FieldDefinition &field, DraftSession *session, QWidget *parent)
    : QWidget(parent), m_field(field), m_input(createFieldInput(field, session, this)),
      m_label(new QLabel(this)), m_help(new QLabel(this)), m_problems(new ProblemLabel(this)),
      m_normalized(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(layout->spacing() / 2);
    layout->addWidget(m_label);
    layout->addWidget(m_input);
    layout->addWidget(m_help);
    layout->addWidget(m_problems);
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
    // The mnemonic leads to the chosen radio option, which changes with each choice.
    connect(m_input, &FieldInput::edited, this, &FieldRow::updateBuddy);
    retranslateUi();
    m_input->load();
}

void FieldRow::setMnemonic(QChar letter)
{
    m_mnemonic = letter;
    retranslateUi();
}

void FieldRow::setProblems(const Problems &problems, bool show)
{
    m_problems->setProblems(show ? problems : Problems());
}

void FieldRow::setNormalized(const QString &normalized)
{
    m_normalizedValue = normalized;
    retranslateUi();
}

void FieldRow::focusInput()
{
    if (QWidget *target = m_input->focusTarget())
        target->setFocus(Qt::OtherFocusReason);
}

void FieldRow::updateBuddy()
{
    m_label->setBuddy(m_input->focusTarget());
}

void FieldRow::retranslateUi()
{
    updateBuddy();
    QString label = inUi(m_field.label);
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
    m_help->setText(inUi(m_field.help));
    m_help->setVisible(!m_field.help.isEmpty());
    QString description = inUi(m_field.help);
    if (description.isEmpty())
        description = inUi(m_field.placeholder);
    if (m_field.required)
        description = (description.isEmpty() ? QString() : description + QLatin1Char(' ')) + tr("Required.");
    m_input->setAccessibleTexts(inUi(m_field.label), description);
    m_normalized->setText(tr("Normalised: %1").arg(m_normalizedValue));
    m_normalized->setVisible(!m_normalizedValue.isEmpty());
}

void FieldRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace nbapply::gui

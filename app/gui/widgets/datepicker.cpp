#include "datepicker.h"

#include "accessibility.h"
#include "fieldinput.h"
#include "uilanguage.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace nbapply::gui
{

DatePickerDialog::DatePickerDialog(const QDate &initial, const QDate &maximum, QWidget *parent)
    : QDialog(parent), m_calendar(new QCalendarWidget(this)), m_line(new QLabel(this))
{
    // The texts keep the date field's translation context, where they were first translated.
    setWindowTitle(FieldInput::tr("Choose a date"));
    nameCalendarParts();
    m_calendar->setSelectedDate(initial.isValid() ? initial : QDate::currentDate());
    if (maximum.isValid())
        m_calendar->setMaximumDate(maximum); // a later selection moves back to it
    m_line->setTextFormat(Qt::PlainText);
    m_line->setAlignment(Qt::AlignCenter);
    m_line->setText(fullDate(m_calendar->selectedDate()));
    a11y::markAlert(m_line);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addWidget(m_line);
    layout->addWidget(buttons);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        const QString text = fullDate(m_calendar->selectedDate());
        if (text == m_line->text())
            return;
        m_line->setText(text);
        a11y::announce(m_line);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_calendar->setFocus();
}

QDate DatePickerDialog::selectedDate() const
{
    return m_calendar->selectedDate();
}

QString DatePickerDialog::fullDate(const QDate &date)
{
    // Written with the UI language's own month and weekday names, in its usual order.
    if (uiLanguage() == Language::Chinese)
        return QLocale(QLocale::Chinese, QLocale::China).toString(date, QStringLiteral("yyyy年M月d日 dddd"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("dddd, d MMMM yyyy"));
}

// QCalendarWidget's previous/next month buttons are arrows without names, and its grid has none; the
// month and year buttons are named by their visible text already.
void DatePickerDialog::nameCalendarParts()
{
    const std::pair<const char *, QString> parts[] = {
        {"qt_calendar_prevmonth", FieldInput::tr("Previous month")},
        {"qt_calendar_nextmonth", FieldInput::tr("Next month")},
        {"qt_calendar_calendarview", FieldInput::tr("Days of the month")},
    };
    for (const auto &[objectName, name] : parts)
        if (auto *w = m_calendar->findChild<QWidget *>(QLatin1String(objectName)))
            w->setAccessibleName(name);
    m_calendar->setAccessibleName(FieldInput::tr("Calendar"));
}

} // namespace nbapply::gui

#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;
class QLabel;

namespace nbapply::gui
{

// The calendar of a date field. Qt's day cells are read by a screen reader as bare numbers ("29") and
// cannot be given names, so under the grid a line states the selected date in full in the UI language
// ("Sunday, 29 November 2026" / "2026年11月29日 星期日"); it follows the arrow keys and is announced
// (a11y::announce) each time the selection moves. The calendar's unnamed parts are named.
class DatePickerDialog : public QDialog
{
    Q_OBJECT
  public:
    // `initial` is selected (today when invalid); with a valid `maximum`, later days cannot be chosen.
    DatePickerDialog(const QDate &initial, const QDate &maximum, QWidget *parent = nullptr);

    QDate selectedDate() const;
    QCalendarWidget *calendar() const { return m_calendar; }
    // The line under the grid (an alert: spoken when the selection moves).
    QLabel *dateLine() const { return m_line; }

    // `date` written out in full in the UI language, with its day of the week.
    static QString fullDate(const QDate &date);

  private:
    void nameCalendarParts();

    QCalendarWidget *m_calendar;
    QLabel *m_line;
};

} // namespace nbapply::gui

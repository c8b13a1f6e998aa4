#pragma once

#include "common/problem.h"

#include <QWidget>

class QLabel;

namespace nbapply::gui
{

// Problems shown as a standard icon and a text that starts with "Error:" or "Warning:", so that
// the meaning never depends on colour. Hidden when there is nothing to show.
class ProblemLabel : public QWidget
{
    Q_OBJECT
  public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    // `prefix` goes before every message (the field's label on the page's summary line).
    void setProblems(const Problems &problems, const QString &prefix = QString());
    // A plain informational line (no problem): icon and text, e.g. "Ready: nothing blocks Next".
    void setInformation(const QString &text);
    QString text() const;
    void retranslateUi();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void render();

    QLabel *m_icon;
    QLabel *m_text;
    Problems m_problems;
    QString m_prefix;
    QString m_information;
};

} // namespace nbapply::gui

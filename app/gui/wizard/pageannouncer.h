#pragma once

#include <QObject>

class QLabel;

namespace nbapply::gui
{

class ApplicationWizard;

// Says where the user is when the wizard changes page: "Step 2 of 7: 1. Applicant" /
// "第 2 步，共 7 步：一、申请人基本信息", once per change of page (a jump across several pages, as from a
// Review link, is one change), through the alert `line` (the window's "Step N of M" line, whose
// accessible name becomes the whole sentence) and a11y::announce. A language change renames the line
// without speaking it; the first page shown is not announced (it is no change).
class PageAnnouncer : public QObject
{
    Q_OBJECT
  public:
    PageAnnouncer(ApplicationWizard *wizard, QLabel *line, QObject *parent = nullptr);

    // The sentence for the page shown now.
    QString sentence() const;

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void speak();

    ApplicationWizard *m_wizard;
    QLabel *m_line;
    int m_spoken = -1; // the page last announced (-1: none shown yet)
    bool m_pending = false;
};

} // namespace nbapply::gui

#pragma once

#include <QObject>

class QWidget;

namespace nbapply::gui
{

// Keeps the mouse wheel from changing a combo box or spin box the user is only scrolling past: a
// wheel over such a control that does not have the keyboard focus goes on to the page (which
// scrolls), and the control no longer takes the focus from the wheel. Once the user has clicked or
// tabbed into it, the wheel works on it as usual.
class WheelGuard : public QObject
{
    Q_OBJECT
  public:
    // Guards every combo box and spin box inside `root` (now; call again for controls made later).
    static void install(QWidget *root);

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace nbapply::gui

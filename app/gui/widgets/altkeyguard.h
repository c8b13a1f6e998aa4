#pragma once

#include <QObject>

namespace nbapply::gui
{

// Alt+letter is how a keyboard user reaches a field (the labels' mnemonics). An Alt+letter that
// matches no shortcut — a slip, or Alt+N while Next is disabled — reaches the focused text field, and
// Qt types the letter; after a mnemonic the whole field is selected, so the slip replaces the value
// ("Alt+U, Alt+V" turned a credit code into "v"). This filter drops such key presses before any text
// input sees them: text is typed on purpose without Alt (AltGr is not Alt on Linux, and Ctrl+Alt, how
// Windows reports AltGr, is let through).
class AltKeyGuard : public QObject
{
    Q_OBJECT
  public:
    // Installs one guard on the application (once; later calls do nothing).
    static void install();

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    using QObject::QObject;
};

} // namespace nbapply::gui

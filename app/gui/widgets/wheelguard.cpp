#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace nbapply::gui
{

void WheelGuard::install(QWidget *root)
{
    QList<QWidget *> controls;
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        controls << combo;
    for (QAbstractSpinBox *spin : root->findChildren<QAbstractSpinBox *>())
        controls << spin;
    for (QWidget *control : std::as_const(controls)) {
        if (control->property("nbapplyWheelGuard").toBool())
            continue;
        control->setProperty("nbapplyWheelGuard", true);
        // Qt's default for these is WheelFocus: a wheel passing over would focus them, then change them.
        control->setFocusPolicy(Qt::StrongFocus);
        control->installEventFilter(new WheelGuard(control));
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *control = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !control || control->hasFocus())
        return false;
    // Handled here but not accepted: QApplication passes an ignored wheel event on to the parents,
    // so the scroll area under the pointer scrolls the page instead.
    event->ignore();
    return true;
}

} // namespace nbapply::gui

#include "altkeyguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace nbapply::gui
{

namespace
{

bool isTextInput(const QObject *object)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(object))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(object))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(object))
        return !edit->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(object))
        return combo->isEditable();
    return qobject_cast<const QAbstractSpinBox *>(object) != nullptr;
}

} // namespace

void AltKeyGuard::install()
{
    static AltKeyGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new AltKeyGuard(qApp);
    qApp->installEventFilter(guard);
}

bool AltKeyGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers();
    if (!(mods & Qt::AltModifier) || (mods & (Qt::ControlModifier | Qt::MetaModifier)))
        return false;
    if (key->text().isEmpty() || !key->text().at(0).isPrint())
        return false; // Alt+Left, Alt+Backspace … keep their editing meaning
    return isTextInput(watched);
}

} // namespace nbapply::gui

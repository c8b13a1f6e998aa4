#include "accessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTimer>

#include <cmath>

namespace nbapply::gui::a11y
{

namespace
{

const char *const kRoleProperty = "nbapplyAccessibleRole";
// How often an alert was shown since the event loop last ran (see announce() and the update filter).
const char *const kJustShownProperty = "nbapplyJustShown";
// The focus policy a control had before its container was hidden (keepFocusOutWhileHidden).
const char *const kSavedFocusProperty = "nbapplySavedFocusPolicy";

void heard(QWidget *alert);

// Counts an alert's Show events until the event loop runs again: Qt sends its "showing" signal with
// each. The first is what a screen reader speaks; more in the same pass are QWizard showing its page
// area twice on a page change (once as the switch ends, once more as it lays the page out), and the
// update filter below drops them.
class ShowWatch : public QObject
{
  public:
    using QObject::QObject;

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show)
            return QObject::eventFilter(watched, event);
        const int shows = watched->property(kJustShownProperty).toInt() + 1;
        watched->setProperty(kJustShownProperty, shows);
        if (shows == 1) {
            heard(static_cast<QWidget *>(watched));
            QPointer<QObject> guard(watched);
            QTimer::singleShot(0, this, [guard] {
                if (guard)
                    guard->setProperty(kJustShownProperty, QVariant());
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

// Passes every accessibility event on to the platform bridge (AT-SPI), except the "showing" of an alert
// shown again in the same pass of the event loop: it would be spoken twice. Called only while a bridge
// is active; it hands the event on by calling updateAccessibility() again without itself installed.
void forwardUnlessShownAgain(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::ObjectShow)
        if (const QObject *object = event->object();
            object && object->property(kJustShownProperty).toInt() > 1)
            return;
    QAccessible::installUpdateHandler(nullptr);
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(forwardUnlessShownAgain);
}

// Takes the focus policy of every control inside a hidden container away, and gives it back when the
// container is shown (HideToParent/ShowToParent: its own hide() and show(), not its window's).
class HiddenFocusGuard : public QObject
{
  public:
    using QObject::QObject;

    static void apply(QWidget *container, bool hidden)
    {
        for (QWidget *w : container->findChildren<QWidget *>()) {
            if (hidden && w->focusPolicy() != Qt::NoFocus) {
                w->setProperty(kSavedFocusProperty, int(w->focusPolicy()));
                w->setFocusPolicy(Qt::NoFocus);
            } else if (!hidden && w->property(kSavedFocusProperty).isValid()) {
                w->setFocusPolicy(Qt::FocusPolicy(w->property(kSavedFocusProperty).toInt()));
                w->setProperty(kSavedFocusProperty, QVariant());
            }
        }
    }

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::HideToParent || event->type() == QEvent::ShowToParent)
            apply(static_cast<QWidget *>(watched), event->type() == QEvent::HideToParent);
        return QObject::eventFilter(watched, event);
    }
};

std::function<void(QWidget *)> &announcementHook()
{
    static std::function<void(QWidget *)> hook;
    return hook;
}

std::function<void(QWidget *)> &showingHook()
{
    static std::function<void(QWidget *)> hook;
    return hook;
}

void heard(QWidget *alert)
{
    if (showingHook())
        showingHook()(alert);
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// An editable QComboBox on Linux answers its text as its name; this one answers its label, and is
// otherwise what Qt's own combo interface is: the list and the line edit as children, the popup as
// an action, collapsed/expanded and editable as states.
class LabelledComboBox : public QAccessibleWidget
{
  public:
    explicit LabelledComboBox(QComboBox *combo) : QAccessibleWidget(combo, QAccessible::ComboBox) {}

    QComboBox *combo() const { return static_cast<QComboBox *>(widget()); }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return combo()->isEditable() ? combo()->lineEdit()->text() : combo()->currentText();
        return QAccessibleWidget::text(t);
    }
    int childCount() const override { return combo()->isEditable() ? 2 : 1; }
    QAccessibleInterface *child(int index) const override
    {
        if (index == 0)
            return QAccessible::queryAccessibleInterface(combo()->view());
        if (index == 1 && combo()->isEditable())
            return QAccessible::queryAccessibleInterface(combo()->lineEdit());
        return nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (child && combo()->view() == child->object())
            return 0;
        if (child && combo()->isEditable() && combo()->lineEdit() == child->object())
            return 1;
        return -1;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = combo()->view()->isVisible();
        s.collapsed = !s.expanded;
        s.editable = combo()->isEditable();
        return s;
    }
    QStringList actionNames() const override
    {
        return QStringList{showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
    }
    void doAction(const QString &name) override
    {
        if (name == showMenuAction() || name == pressAction()) {
            if (combo()->view()->isVisible())
                combo()->hidePopup();
            else
                combo()->showPopup();
            return;
        }
        QAccessibleWidget::doAction(name);
    }
};

// A widget with the role it was marked with; a label keeps its text as its name.
class MarkedWidget : public QAccessibleWidget
{
  public:
    using QAccessibleWidget::QAccessibleWidget;

    QString text(QAccessible::Text t) const override
    {
        QString text = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && text.isEmpty())
            if (const auto *label = qobject_cast<const QLabel *>(widget()))
                text = label->text().remove(QLatin1Char('&'));
        return text;
    }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return nullptr;
    const QVariant role = widget->property(kRoleProperty);
    if (!role.isValid())
        return nullptr;
    const auto r = QAccessible::Role(role.toInt());
    // Asked once per class up the hierarchy: answer at the class that was marked, not for subclasses
    // of QWidget before the combo box's own class is reached.
    if (r == QAccessible::ComboBox)
        return className == QLatin1String("QComboBox")
                   ? new LabelledComboBox(static_cast<QComboBox *>(widget))
                   : nullptr;
    return className == QLatin1String(widget->metaObject()->className()) ? new MarkedWidget(widget, r)
                                                                         : nullptr;
}

void mark(QWidget *widget, QAccessible::Role role)
{
    install();
    if (widget->property(kRoleProperty).toInt() == int(role))
        return;
    // Qt caches a widget's interface once anything asked for it (an event while a screen reader
    // listens): the one made before the mark is dropped, so the next query gets the right one.
    QAccessibleInterface *old = QAccessible::queryAccessibleInterface(widget);
    widget->setProperty(kRoleProperty, int(role));
    if (old)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(old));
}

// Fusion draws the focus of radio buttons and check boxes as a faint frame (1.7:1), and only after the
// first Tab; the default push button looks focused all the time. This style draws a solid two-pixel
// ring whenever a control that draws a focus frame has the focus, and a default button like any other
// until it has the focus (Enter still presses it).
class FocusStyle : public QProxyStyle
{
  public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_FrameFocusRect) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->setPen(QPen(focusRingColor(option->palette), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
            painter->restore();
            return;
        }
        if (element == PE_PanelButtonCommand) {
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
                button && (button->features & QStyleOptionButton::DefaultButton) &&
                !(button->state & State_HasFocus)) {
                QStyleOptionButton plain(*button);
                plain.features &= ~QStyleOptionButton::DefaultButton;
                QProxyStyle::drawPrimitive(element, &plain, painter, widget);
                return;
            }
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

QColor darkenUntil(QColor colour, const QList<QColor> &against, double ratio)
{
    const bool lightBackground = luminance(against.value(0, Qt::white)) > 0.4;
    for (int step = 0; step < 40; ++step) {
        bool ok = true;
        for (const QColor &bg : against)
            ok = ok && contrastRatio(colour, bg) >= ratio;
        if (ok)
            return colour;
        colour = lightBackground ? colour.darker(110) : colour.lighter(110);
    }
    return lightBackground ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        QAccessible::installUpdateHandler(forwardUnlessShownAgain);
        return true;
    }();
    Q_UNUSED(installed);
}

void markLabelledComboBox(QComboBox *combo)
{
    mark(combo, QAccessible::ComboBox);
}

void markGroup(QWidget *widget)
{
    mark(widget, QAccessible::Grouping);
}

void markAlert(QWidget *widget)
{
    mark(widget, QAccessible::AlertMessage);
    static ShowWatch *const watch = new ShowWatch(qApp);
    widget->installEventFilter(watch);
}

void markHeading(QWidget *widget)
{
    mark(widget, QAccessible::Heading);
}

void announce(QWidget *alert)
{
    if (!alert->isVisibleTo(alert->window()))
        return;
    // What makes Orca speak an alert is its "showing" signal. A line that has just been shown (a
    // problem appearing) sent one already; one already visible gets one now, without hiding and
    // showing it again (which sent the signal twice more, read through AT-SPI: three times in all).
    if (alert->isVisible() && alert->property(kJustShownProperty).toInt() == 0) {
        QAccessibleEvent shown(alert, QAccessible::ObjectShow);
        QAccessible::updateAccessibility(&shown);
        heard(alert);
    }
    QAccessibleEvent event(alert, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    if (announcementHook())
        announcementHook()(alert);
}

void keepFocusOutWhileHidden(QWidget *container)
{
    static HiddenFocusGuard *const guard = new HiddenFocusGuard(qApp);
    container->installEventFilter(guard);
    HiddenFocusGuard::apply(container, container->isHidden());
}

void setAnnouncementHook(std::function<void(QWidget *)> hook)
{
    announcementHook() = std::move(hook);
}

void setShowingHook(std::function<void(QWidget *)> hook)
{
    showingHook() = std::move(hook);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette withReadablePlaceholder(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        // An opaque colour: placeholder text is often the text colour at half alpha.
        QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        const QColor base = palette.color(group, QPalette::Base);
        if (placeholder.alphaF() < 1.0) {
            const double a = placeholder.alphaF();
            placeholder = QColor::fromRgbF(placeholder.redF() * a + base.redF() * (1 - a),
                                           placeholder.greenF() * a + base.greenF() * (1 - a),
                                           placeholder.blueF() * a + base.blueF() * (1 - a));
        }
        palette.setColor(group, QPalette::PlaceholderText,
                         darkenUntil(placeholder, {palette.color(group, QPalette::Window), base}, 4.5));
    }
    return palette;
}

QColor focusRingColor(const QPalette &palette)
{
    return darkenUntil(palette.color(QPalette::Active, QPalette::Highlight),
                       {palette.color(QPalette::Active, QPalette::Window),
                        palette.color(QPalette::Active, QPalette::Base),
                        palette.color(QPalette::Active, QPalette::Button)},
                       3.0);
}

void applyAccessibleLook()
{
    QApplication::setStyle(new FocusStyle(QStyleFactory::create(QApplication::style()->name())));
    QApplication::setPalette(withReadablePlaceholder(QApplication::palette()));
}

} // namespace nbapply::gui::a11y

#pragma once

#include <QColor>
#include <QPalette>

#include <functional>

class QWidget;
class QComboBox;

namespace nbapply::gui::a11y
{

// What Qt 6.4's default accessible interfaces get wrong for this wizard, put right in one place
// (docs/accessibility.md says what was checked with AT-SPI and why each piece exists):
//  - an editable QComboBox is named by its current text on Linux, not by its label;
//  - a group of radio buttons or check boxes is a plain panel, so its question is lost;
//  - a line that must be announced (a field's problem) is static text, which AT-SPI never speaks;
//  - a page title is a label, not a heading.
// Widgets opt in with the setters below; install() registers the interface factory (idempotent).
void install();

// The combo box is named by accessibleName() (its label) and keeps its value as the value.
void markLabelledComboBox(QComboBox *combo);
// The widget is a group (AT-SPI "panel" with a name) of the controls inside it.
void markGroup(QWidget *widget);
// The widget is an alert: a screen reader speaks it when it is shown (AT-SPI "alert", showing).
// Installs an event filter on it (see announce()).
void markAlert(QWidget *widget);
// The widget is a heading (AT-SPI "heading").
void markHeading(QWidget *widget);

// Speaks an alert widget now: AT-SPI bridges only forward "showing" changes, so one is sent for it —
// unless it has just been shown (markAlert watches), which sent one already: one signal per
// announcement. QAccessible::Alert is sent for the platforms that use it.
void announce(QWidget *alert);
// Called with every widget announce() speaks. Qt delivers accessibility events only while a platform
// bridge (AT-SPI) is active, which it never is offscreen: tests count announcements here instead.
void setAnnouncementHook(std::function<void(QWidget *)> hook);
// Called with every alert whose "showing" signal goes out, which is what a screen reader speaks: Qt's
// own each time the alert is shown (also when its page or the wizard's page area is shown again), and
// announce()'s. Tests count what is heard here.
void setShowingHook(std::function<void(QWidget *)> hook);

// While `container` is hidden, nothing inside it takes the keyboard focus. QWizard gives a new page's
// focus to the first widget of the focus chain that accepts Tab, shown or not; a hidden push button
// focused so is also the dialog's default button, and Enter presses it. The controls' own focus
// policies come back when the container is shown again.
void keepFocusOutWhileHidden(QWidget *container);

// WCAG 2.x contrast ratio of two opaque colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);
// `palette` with placeholder text (the form's help and the date format use that role) dark enough for
// 4.5:1 on both the window and the field background.
QPalette withReadablePlaceholder(QPalette palette);
// The colour of the keyboard focus ring drawn by FocusStyle: 3:1 or more on window and base.
QColor focusRingColor(const QPalette &palette);
// The application's style and palette: FocusStyle over the current style, readable placeholder text.
void applyAccessibleLook();

} // namespace nbapply::gui::a11y

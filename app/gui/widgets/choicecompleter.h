#pragma once

// Completion for the free-text choice boxes (所属行业, 企业类型) by what people type, rather than by any
// letter anywhere: Qt's Qt::MatchContains offered "A Agriculture, forestry, animal husbandry …" for "m".

#include "form/formdefinition.h"

#include <QList>
#include <QString>

#include <functional>

class QComboBox;

namespace nbapply::gui
{

// The choices `typed` offers, best first: the choice whose value it is (the GB/T 4754 section letter
// "m" → M), then those with a word of the label, in either language, starting with each typed word
// ("tech serv" → M Scientific research and technical services; "soft" → I), then those whose label
// contains the typed text where it has no spaces between words (Chinese: "制造" → C 制造业).
QList<Choice> matchingChoices(const QList<Choice> &choices, const QString &typed);

// Replaces the editable `combo`'s completer with a popup of matchingChoices() over `choices()` as the
// user types, showing each choice's full label (the section's name) in the UI language. Choosing one
// puts its label into the box, which the combo's editTextChanged handler stores as the choice.
void installChoiceCompleter(QComboBox *combo, std::function<QList<Choice>()> choices);

} // namespace nbapply::gui

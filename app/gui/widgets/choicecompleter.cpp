// Word-wise completion for the free-text choice boxes (see choicecompleter.h for why).
#include "choicecompleter.h"

#include "uilanguage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace nbapply::gui
{

namespace
{

// The words of a label: runs of letters or digits ("A", "Agriculture", "forestry" …; "农、林" gives
// "农" and "林"), lower case, without the English function words every other label has ("a" would
// otherwise offer every label with "and").
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QStringList functionWords{QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("the"),
                                           QStringLiteral("other")};
    QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return functionWords.contains(w); });
    return words;
}

// Every typed word starts some word of the label.
bool wordsMatch(const QStringList &typedWords, const QStringList &labelWords)
{
    for (const QString &typed : typedWords) {
        bool found = false;
        for (const QString &word : labelWords)
            found = found || word.startsWith(typed);
        if (!found)
            return false;
    }
    return !typedWords.isEmpty();
}

// Chinese is written without spaces: a typed run of ideographs may sit anywhere in a label.
bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

} // namespace

QList<Choice> matchingChoices(const QList<Choice> &choices, const QString &typed)
{
    const QString query = typed.trimmed();
    if (query.isEmpty())
        return {};
    QList<Choice> byValue;
    QList<Choice> byWords;
    const QStringList typedWords = wordsOf(query);
    for (const Choice &c : choices) {
        if (query.compare(c.value, Qt::CaseInsensitive) == 0) {
            byValue << c;
            continue;
        }
        const bool han = hasHan(query);
        const bool words =
            wordsMatch(typedWords, wordsOf(c.label.en)) || wordsMatch(typedWords, wordsOf(c.label.zh));
        const bool contained = han && (c.label.zh.contains(query) || c.label.en.contains(query));
        if (words || contained)
            byWords << c;
    }
    return byValue + byWords;
}

void installChoiceCompleter(QComboBox *combo, std::function<QList<Choice>()> choices)
{
    QLineEdit *edit = combo->lineEdit();
    combo->setCompleter(nullptr); // the built-in one filters by MatchContains on the shown labels
    auto *completer = new QCompleter(combo);
    auto *model = new QStringListModel(completer);
    completer->setModel(model);
    completer->setWidget(edit);
    // The model already holds only the matches: show them all, in our order.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    QObject::connect(edit, &QLineEdit::textEdited, completer,
                     [completer, model, choices](const QString &text) {
                         QStringList labels;
                         for (const Choice &c : matchingChoices(choices(), text))
                             labels << inUi(c.label);
                         model->setStringList(labels);
                         if (labels.isEmpty())
                             completer->popup()->hide();
                         else
                             completer->complete();
                     });
    QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), edit,
                     [edit](const QString &label) { edit->setText(label); }); // the combo stores it
}

} // namespace nbapply::gui

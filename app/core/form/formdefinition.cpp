#include "formdefinition.h"

#include "draft/draft.h"
#include "formparser.h"

#include <QFile>

#include <cstdlib>

namespace nbapply
{

bool FieldDefinition::appliesToKind(const QString &applicantKind) const
{
    return appliesTo.isEmpty() || appliesTo.contains(applicantKind);
}

bool FieldDefinition::appliesToDraft(const Draft &draft) const
{
    if (!appliesToKind(draft.applicantKind()))
        return false;
    return !shownWhen || shownWhen->values.contains(draft.text(shownWhen->field));
}

FieldDefinition FieldDefinition::wordedFor(const QString &idType) const
{
    FieldDefinition worded = *this;
    const auto it = byType.constFind(idType);
    if (it == byType.cend())
        return worded;
    if (!it->label.isEmpty())
        worded.label = it->label;
    if (!it->help.isEmpty())
        worded.help = it->help;
    if (!it->placeholder.isEmpty())
        worded.placeholder = it->placeholder;
    return worded;
}

FieldDefinition FieldDefinition::wordedFor(const Draft &draft) const
{
    if (byType.isEmpty())
        return *this;
    return wordedFor(draft.text(idTypeField));
}

QList<Choice> FieldDefinition::choicesFor(const QString &applicantKind) const
{
    const auto it = choicesByKind.constFind(applicantKind);
    return it != choicesByKind.cend() ? *it : choices;
}

BilingualText FieldDefinition::choiceLabel(const QString &value, const QString &applicantKind) const
{
    for (const Choice &choice : choicesFor(applicantKind))
        if (choice.value == value)
            return choice.label;
    return {value, value};
}

std::optional<FormDefinition> FormDefinition::parse(const QByteArray &json, BilingualText *error)
{
    return FormParser(json).parse(error);
}

const FormDefinition &FormDefinition::builtin()
{
    static const FormDefinition form = [] {
        QFile file(QStringLiteral(":/forms/nanbeige-annex-v1.json"));
        BilingualText error;
        std::optional<FormDefinition> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = parse(file.readAll(), &error);
        else
            error = {QStringLiteral("内置申请表定义缺失。"),
                     QStringLiteral("The built-in form definition is missing.")};
        if (!parsed) {
            // A broken built-in form is a build defect, caught by the test suite; never run with it.
            qFatal("nbapply: built-in form definition: %s", qPrintable(error.en));
        }
        return *parsed;
    }();
    return form;
}

const FieldDefinition *FormDefinition::field(const QString &path) const
{
    for (const SectionDefinition &s : sections)
        for (const FieldDefinition &f : s.fields)
            if (f.path() == path)
                return &f;
    return nullptr;
}

const SectionDefinition *FormDefinition::section(const QString &sectionId) const
{
    for (const SectionDefinition &s : sections)
        if (s.id == sectionId)
            return &s;
    return nullptr;
}

const DocumentKind *FormDefinition::documentKind(const QString &value) const
{
    for (const DocumentKind &kind : documentKinds)
        if (kind.value == value)
            return &kind;
    return nullptr;
}

BilingualText FormDefinition::documentLabel(const DocumentKind &kind, const Draft &draft) const
{
    if (documentsIdTypeField.isEmpty())
        return kind.label;
    return kind.labelByIdType.value(draft.text(documentsIdTypeField), kind.label);
}

BilingualText FormDefinition::documentPrepare(const DocumentKind &kind, const Draft &draft) const
{
    if (documentsIdTypeField.isEmpty())
        return kind.prepare;
    return kind.prepareByIdType.value(draft.text(documentsIdTypeField), kind.prepare);
}

bool FormDefinition::hasRule(const QString &rule) const
{
    for (const RuleDefinition &r : rules)
        if (r.rule == rule)
            return true;
    return false;
}

} // namespace nbapply

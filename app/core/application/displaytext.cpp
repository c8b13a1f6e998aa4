#include "displaytext.h"

#include "draft/draft.h"
#include "form/formdefinition.h"
#include "validation/countries.h"
#include "validation/identifiers.h"

#include <QStringList>

namespace nbapply
{

namespace
{

BilingualText same(const QString &text)
{
    return {text, text};
}

} // namespace

QString applicantName(const Draft &draft)
{
    return draft.text(QStringLiteral("applicant.name")).simplified();
}

bool englishAddsInformation(const BilingualText &text)
{
    auto plain = [](QString s) {
        return s.remove(QLatin1Char(',')).replace(QChar(0x2013), QLatin1Char('-')).trimmed();
    };
    return !text.en.isEmpty() && plain(text.en) != plain(text.zh);
}

QString bilingualLine(const BilingualText &text)
{
    if (!englishAddsInformation(text))
        return text.zh.isEmpty() ? text.en : text.zh;
    return text.zh + QStringLiteral(" / ") + text.en;
}

BilingualText displayText(const FieldDefinition &field, const Draft &normalized, const QString &applicantKind)
{
    if (field.type == FieldType::MultiChoice) {
        QStringList zh;
        QStringList en;
        for (const QString &value : normalized.list(field.path())) {
            const BilingualText label = field.choiceLabel(value, applicantKind);
            zh << label.zh;
            en << label.en;
        }
        return {zh.join(QStringLiteral("；")), en.join(QStringLiteral("; "))};
    }
    const QString value = normalized.text(field.path());
    if (value.isEmpty())
        return {};
    switch (field.type) {
    case FieldType::Choice:
        return field.choiceLabel(value, applicantKind);
    case FieldType::Country:
        if (const validation::Country *country = validation::findCountry(value))
            return country->name;
        return same(value);
    case FieldType::Phone:
        // Only a number the phone check accepted is stored in E.164; anything else is shown as typed.
        if (value.startsWith(QLatin1Char('+'))) {
            const QString shown = validation::formatPhoneForDisplay(value);
            return same(shown.isEmpty() ? value : shown);
        }
        return same(value);
    default:
        return same(value);
    }
}

} // namespace nbapply

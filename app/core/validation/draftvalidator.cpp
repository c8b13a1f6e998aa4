// validateDraft / validateField / normalizedDraft: everything is driven by the FormDefinition — which
// fields apply to the applicant kind, which are required, their types, limits and rules.
#include "draftvalidator.h"

#include "documentchecks.h"
#include "draft/draft.h"
#include "draftrules.h"
#include "fieldchecks.h"
#include "form/formdefinition.h"
#include "identifiers.h"
#include "problemtext.h"

#include <QJsonObject>

namespace nbapply
{

using namespace validation;

namespace
{

bool isConfirmed(const Draft &draft, const FieldDefinition &field)
{
    return draft.isConfirmed(field.path());
}

// The identifier check the field's idType selects; nullopt when the type is not set or unknown (the
// idType field reports that itself).
std::optional<CheckResult> checkIdentifier(const QString &idType, const QString &value, const QDate &today)
{
    if (idType == u"uscc")
        return checkUscc(value);
    if (idType == u"resident-id")
        return checkResidentId(value, today);
    if (idType == u"passport")
        return checkPassport(value);
    if (idType == u"hkid")
        return checkHongKongId(value);
    if (idType == u"foreign-registration")
        return checkForeignRegistration(value);
    if (idType == u"other")
        return checkOtherDocumentNumber(value);
    return std::nullopt;
}

// The checker of an identifier, e-mail or phone field; nullopt for other types.
std::optional<CheckResult> checkTyped(const FieldDefinition &field, const Draft &draft, const QString &value,
                                      const QDate &today)
{
    switch (field.type) {
    case FieldType::Identifier:
        return checkIdentifier(draft.text(field.idTypeField), value, today);
    case FieldType::Email:
        return checkEmail(value);
    case FieldType::Phone:
        // A number without a country code is read in the applicant's country: a Hong Kong company's
        // "2123 4567" is +852 2123 4567.
        return checkPhone(value, draft.text(QStringLiteral("applicant.country")));
    default:
        return std::nullopt;
    }
}

// The errors a user may confirm: the value is well formed, only the check the data cannot settle fails.
bool failsOnlyConfirmable(const FieldDefinition &field, const Draft &draft, const CheckResult &result)
{
    if (field.type == FieldType::Identifier)
        return draft.text(field.idTypeField) == u"uscc" &&
               result.failsOnly(QStringLiteral("uscc.check-digit"));
    return field.type == FieldType::Phone && result.failsOnly(QStringLiteral("phone.invalid"));
}

// A confirmed error becomes a warning that says the export marks the value unverified.
Problems applyConfirmation(const FieldDefinition &field, const Draft &draft, const CheckResult &result)
{
    if (!failsOnlyConfirmable(field, draft, result) || !isConfirmed(draft, field))
        return result.problems;
    const bool uscc = field.type == FieldType::Identifier;
    Problems problems;
    for (const Problem &p : result.problems) {
        if (!p.isError()) {
            problems << p;
            continue;
        }
        problems << (uscc
                         ? makeWarning(
                               QStringLiteral("uscc.unverified"),
                               QStringLiteral("代码“%1”未通过第 18 位校验，已按您的确认原样使用；导出的 PDF "
                                              "会注明“未经校验”。")
                                   .arg(result.normalized),
                               QStringLiteral("The code “%1” fails the check-character test and is used as "
                                              "entered, as you confirmed; the PDF marks it as unverified.")
                                   .arg(result.normalized))
                         : makeWarning(
                               QStringLiteral("phone.unverified"),
                               QStringLiteral(
                                   "号码不在已知号段中，已按您的确认原样使用；导出的 PDF 会注明“未经校验”。"),
                               QStringLiteral("The number is not in a known range and is used as entered, as "
                                              "you confirmed; the PDF marks it as unverified.")));
    }
    return problems;
}

// The representative (adultRequired) should be of age: a warning when the ID says under 18.
Problems checkAdult(const FieldDefinition &field, const Draft &draft, const CheckResult &result,
                    const QDate &today)
{
    if (!field.adultRequired || draft.text(field.idTypeField) != u"resident-id" || !result.ok() ||
        !today.isValid())
        return {};
    const std::optional<QDate> birth = residentIdBirthDate(result.normalized);
    if (!birth || birth->addYears(18) <= today)
        return {};
    return {forField(
        makeWarning(
            QStringLiteral("id.under-18"),
            QStringLiteral(
                "按号码中的出生日期 %1，持证人未满 18 周岁。授权代表应为成年人，请核对号码或更换授权代表。")
                .arg(birth->toString(Qt::ISODate)),
            QStringLiteral(
                "by the date of birth in the number (%1) the holder is under 18. The authorised "
                "representative should be an adult: check the number or choose another representative.")
                .arg(birth->toString(Qt::ISODate))),
        field)};
}

Problems checkField(const FormDefinition &form, const FieldDefinition &declared, const Draft &draft,
                    const ValidationContext &context)
{
    const QString kind = draft.applicantKind();
    if (!declared.appliesToDraft(draft))
        return {};
    // Every message names the field as the wizard labels it for the identifier type chosen ("Passport
    // number: this field is required"), not by the annex's combined label.
    const FieldDefinition field = declared.wordedFor(draft);
    const QString path = field.path();

    if (field.type == FieldType::MultiChoice) {
        const QStringList values = draft.list(path);
        if (values.isEmpty()) {
            if (!field.required)
                return {};
            return {forField(makeError(QStringLiteral("field.required"), QStringLiteral("请至少选择一项。"),
                                       QStringLiteral("choose at least one.")),
                             field)};
        }
        return checkMultiChoice(field, values, kind);
    }

    const QString value = draft.text(path);
    if (value.trimmed().isEmpty()) {
        if (!field.required)
            return {};
        return {forField(makeError(QStringLiteral("field.required"), QStringLiteral("这一项必填，请填写。"),
                                   QStringLiteral("this field is required; please fill it in.")),
                         field)};
    }

    Problems problems = checkTextCharacters(field, value, context);
    if (hasErrors(problems))
        return problems; // hostile or unprintable text: the type checks would only echo it

    switch (field.type) {
    case FieldType::Choice: {
        const bool anyKind = formRuleCovers(form, QStringLiteral("id-type-matches-kind"), path);
        problems += checkChoice(field, value, kind, anyKind);
        break;
    }
    case FieldType::Date:
        problems += checkDate(field, value, context.today);
        break;
    case FieldType::Country:
        problems += checkCountry(field, value);
        break;
    case FieldType::Identifier:
    case FieldType::Email:
    case FieldType::Phone:
        if (const std::optional<CheckResult> result = checkTyped(field, draft, value, context.today)) {
            for (const Problem &p : applyConfirmation(field, draft, *result))
                problems << forField(p, field);
            if (field.type == FieldType::Identifier)
                problems += checkAdult(field, draft, *result, context.today);
        }
        break;
    case FieldType::Multiline:
        problems += checkPlanLanguage(field, value);
        break;
    default:
        break;
    }
    return problems;
}

} // namespace

Problems validateDraft(const FormDefinition &form, const Draft &draft, const ValidationContext &context,
                       QList<InspectedDocument> *inspectedDocuments)
{
    Problems problems;
    for (const SectionDefinition &section : form.sections)
        for (const FieldDefinition &field : section.fields)
            problems += checkField(form, field, draft, context);
    problems += checkFormRules(form, draft);
    problems += checkDocuments(form, draft, context, inspectedDocuments);
    return problems;
}

Problems validateField(const FormDefinition &form, const Draft &draft, const QString &fieldPath,
                       const ValidationContext &context)
{
    Problems problems;
    if (fieldPath == documentsPath())
        return checkDocuments(form, draft, context);
    const FieldDefinition *field = form.field(fieldPath);
    if (!field)
        return problems;
    problems = checkField(form, *field, draft, context);
    for (const Problem &p : checkFormRules(form, draft))
        if (p.field == fieldPath)
            problems << p;
    return problems;
}

bool isConfirmable(const FormDefinition &form, const Draft &draft, const QString &fieldPath,
                   const QDate &today)
{
    const FieldDefinition *field = form.field(fieldPath);
    if (!field || !field->appliesToDraft(draft))
        return false;
    const QString value = draft.text(fieldPath);
    if (value.trimmed().isEmpty())
        return false;
    const std::optional<CheckResult> result = checkTyped(*field, draft, value, today);
    return result && failsOnlyConfirmable(*field, draft, *result);
}

Draft normalizedDraft(const FormDefinition &form, const Draft &draft, const QDate &today)
{
    Draft result = draft;
    const QString kind = draft.applicantKind();
    for (const SectionDefinition &section : form.sections) {
        for (const FieldDefinition &field : section.fields) {
            if (!field.appliesToDraft(draft))
                continue;
            const QString value = draft.text(field.path());
            if (value.trimmed().isEmpty())
                continue;
            QString normalized;
            if (const std::optional<CheckResult> checked = checkTyped(field, draft, value, today)) {
                // A confirmed pilot credit code is still stored in its compact form: its characters are
                // valid.
                const bool confirmedCode = field.type == FieldType::Identifier && isConfirmed(draft, field) &&
                                           checked->failsOnly(QStringLiteral("uscc.check-digit"));
                if (checked->ok() || confirmedCode)
                    normalized = checked->normalized;
            } else if (field.type == FieldType::Country) {
                const QString code = normalizeIdentifierText(value).toUpper();
                if (checkCountry(field, code).isEmpty())
                    normalized = code;
            } else if (field.type == FieldType::Date) {
                normalized = normalizedDate(value);
            }
            if (!normalized.isEmpty() && normalized != value)
                result.setText(field.path(), normalized);
        }
    }
    return result;
}

} // namespace nbapply

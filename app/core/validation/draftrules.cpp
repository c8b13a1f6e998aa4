// Cross-field rules switched on by name in forms/*.json.
#include "draftrules.h"

#include "countries.h"
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "identifiers.h"
#include "problemtext.h"

namespace nbapply::validation
{

namespace
{

// The credit-code category (first two characters) each enterprise type of the form expects.
struct EnterpriseCategory {
    const char16_t *type;
    const char16_t *category;
};

constexpr EnterpriseCategory kEnterpriseCategories[] = {
    {u"有限责任公司", u"91"},   {u"股份有限公司", u"91"},   {u"个人独资企业", u"91"}, {u"合伙企业", u"91"},
    {u"个体工商户", u"92"},     {u"农民专业合作社", u"93"}, {u"事业单位", u"12"},     {u"社会团体", u"51"},
    {u"民办非企业单位", u"52"}, {u"基金会", u"53"},
};

QString expectedCategory(const QString &enterpriseType)
{
    const QString type = enterpriseType.trimmed();
    for (const EnterpriseCategory &entry : kEnterpriseCategories)
        if (type == QStringView(entry.type))
            return QString::fromUtf16(entry.category);
    return QString();
}

const RuleDefinition *findRule(const FormDefinition &form, const QString &name)
{
    for (const RuleDefinition &rule : form.rules)
        if (rule.rule == name)
            return &rule;
    return nullptr;
}

// The idType value of an identifier field ("uscc", "resident-id" …); empty when the form does not say.
QString idTypeOf(const FormDefinition &form, const Draft &draft, const QString &identifierPath)
{
    const FieldDefinition *field = form.field(identifierPath);
    if (!field || field->idTypeField.isEmpty())
        return QString();
    return draft.text(field->idTypeField);
}

// The field's label as the wizard shows it: an identifier's follows the type chosen in `draft`.
QString labelOf(const FormDefinition &form, const Draft &draft, const QString &path, Language language)
{
    const FieldDefinition *field = form.field(path);
    return field ? field->wordedFor(draft).label.in(language) : path;
}

// 统一社会信用代码 category vs 企业类型: a mismatch is a warning (a licence can be right and the typed type
// wrong).
void usccMatchesEnterpriseType(const FormDefinition &form, const Draft &draft, const RuleDefinition &rule,
                               Problems *problems)
{
    if (rule.fields.size() < 2)
        return;
    const QString &idPath = rule.fields[0];
    const QString &typePath = rule.fields[1];
    const FieldDefinition *typeField = form.field(typePath);
    if (!typeField || !typeField->appliesToKind(draft.applicantKind()) ||
        idTypeOf(form, draft, idPath) != u"uscc")
        return;
    const CheckResult code = checkUscc(draft.text(idPath));
    const QString category = usccCategory(code.normalized);
    const QString expected = expectedCategory(draft.text(typePath));
    // Only a code that is itself plausible says anything about the type.
    const bool plausible = code.ok() || code.failsOnly(QStringLiteral("uscc.check-digit"));
    if (!plausible || expected.isEmpty() || category == expected)
        return;
    const QString type = draft.text(typePath).trimmed();
    Problem problem = makeWarning(
        QStringLiteral("rule.uscc-enterprise-type"),
        QStringLiteral("%1：企业类型“%2”的统一社会信用代码通常以 %3 开头，但所填代码以 %4 "
                       "开头。请核对企业类型和%5是否与营业执照一致。")
            .arg(typeField->label.zh, type, expected, category,
                 labelOf(form, draft, idPath, Language::Chinese)),
        QStringLiteral("%1: the credit code of a “%2” usually starts with %3, but the code entered starts "
                       "with %4. Check that the type and the %5 match the business licence.")
            .arg(typeField->label.en, typeField->choiceLabel(type, draft.applicantKind()).en, expected,
                 category, labelOf(form, draft, idPath, Language::English)));
    problem.field = typePath;
    *problems << problem;
}

// The applicant's identifier type must be one offered for the applicant kind (a person has no credit code).
void idTypeMatchesKind(const FormDefinition &form, const Draft &draft, const RuleDefinition &rule,
                       Problems *problems)
{
    if (rule.fields.size() < 2)
        return;
    const QString kind = draft.text(rule.fields[0]);
    const QString idType = draft.text(rule.fields[1]);
    const FieldDefinition *idTypeField = form.field(rule.fields[1]);
    const FieldDefinition *kindField = form.field(rule.fields[0]);
    if (!idTypeField || kind.isEmpty() || idType.isEmpty())
        return;
    const QList<Choice> allowed = idTypeField->choicesFor(kind);
    QStringList zh;
    QStringList en;
    for (const Choice &choice : allowed) {
        if (choice.value == idType)
            return;
        zh << choice.label.zh;
        en << choice.label.en;
    }
    // A value no kind offers at all is the choice check's business (field.choice).
    bool offeredElsewhere = false;
    for (const QList<Choice> &choices : idTypeField->choicesByKind)
        for (const Choice &choice : choices)
            offeredElsewhere = offeredElsewhere || choice.value == idType;
    if (!offeredElsewhere)
        return;
    const BilingualText kindLabel =
        kindField ? kindField->choiceLabel(kind, kind) : BilingualText{kind, kind};
    const BilingualText typeLabel = idTypeField->choiceLabel(idType, QString());
    BilingualText typeName = typeLabel;
    for (const QList<Choice> &choices : idTypeField->choicesByKind)
        for (const Choice &choice : choices)
            if (choice.value == idType)
                typeName = choice.label;
    Problem problem =
        makeError(QStringLiteral("rule.id-type-kind"),
                  QStringLiteral("%1：申请人类型为“%2”时不能使用“%3”。请改选：%4。")
                      .arg(idTypeField->label.zh, kindLabel.zh, typeName.zh, zh.join(QStringLiteral("、"))),
                  QStringLiteral("%1: “%3” does not apply to an applicant of type “%2”. Choose one of: %4.")
                      .arg(idTypeField->label.en, kindLabel.en, typeName.en, en.join(QStringLiteral("; "))));
    problem.field = rule.fields[1];
    *problems << problem;
}

// A credit code is issued in mainland China only: a different country is probably a mistake somewhere.
void usccImpliesMainland(const FormDefinition &form, const Draft &draft, const RuleDefinition &rule,
                         Problems *problems)
{
    if (rule.fields.size() < 2 || idTypeOf(form, draft, rule.fields[0]) != u"uscc")
        return;
    const QString country = normalizeIdentifierText(draft.text(rule.fields[1])).toUpper();
    const Country *found = findCountry(country);
    if (!found || country == u"CN" || draft.text(rule.fields[0]).trimmed().isEmpty())
        return;
    Problem problem = makeWarning(
        QStringLiteral("rule.uscc-country"),
        QStringLiteral("%1：统一社会信用代码只发给在中国大陆登记的组织，但所在地是“%"
                       "2”。请核对所在地；在中国大陆以外登记的组织请将证件类型改为“境外注册号”。")
            .arg(labelOf(form, draft, rule.fields[1], Language::Chinese), found->name.zh),
        QStringLiteral("%1: Unified Social Credit Codes are issued to organisations registered in mainland "
                       "China, but the country is “%2”. Check the country; an organisation registered "
                       "elsewhere should choose “registration number outside mainland China”.")
            .arg(labelOf(form, draft, rule.fields[1], Language::English), found->name.en));
    problem.field = rule.fields[1];
    *problems << problem;
}

} // namespace

bool formRuleCovers(const FormDefinition &form, const QString &rule, const QString &path)
{
    const RuleDefinition *definition = findRule(form, rule);
    return definition && definition->fields.contains(path);
}

Problems checkFormRules(const FormDefinition &form, const Draft &draft)
{
    Problems problems;
    for (const RuleDefinition &rule : form.rules) {
        if (rule.rule == u"uscc-matches-enterprise-type")
            usccMatchesEnterpriseType(form, draft, rule, &problems);
        else if (rule.rule == u"id-type-matches-kind")
            idTypeMatchesKind(form, draft, rule, &problems);
        else if (rule.rule == u"uscc-implies-mainland")
            usccImpliesMainland(form, draft, rule, &problems);
    }
    return problems;
}

} // namespace nbapply::validation

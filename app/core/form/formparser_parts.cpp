// The parts of a form definition below the root: choice lists, sections and fields, documents,
// signature and rules. See formparser.cpp for the root and the shared helpers.
#include "formparser.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace nbapply
{

namespace
{

const QMap<QString, FieldType> &fieldTypes()
{
    static const QMap<QString, FieldType> types = {
        {QStringLiteral("text"), FieldType::Text},
        {QStringLiteral("multiline"), FieldType::Multiline},
        {QStringLiteral("choice"), FieldType::Choice},
        {QStringLiteral("multichoice"), FieldType::MultiChoice},
        {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("email"), FieldType::Email},
        {QStringLiteral("phone"), FieldType::Phone},
        {QStringLiteral("identifier"), FieldType::Identifier},
        {QStringLiteral("country"), FieldType::Country},
    };
    return types;
}

// Whether `value` is among the field's choices for any applicant kind.
bool isChoiceOf(const FieldDefinition &field, const QString &value)
{
    auto contains = [&value](const QList<Choice> &choices) {
        return std::any_of(choices.cbegin(), choices.cend(),
                           [&value](const Choice &c) { return c.value == value; });
    };
    if (contains(field.choices))
        return true;
    return std::any_of(field.choicesByKind.cbegin(), field.choicesByKind.cend(), contains);
}

} // namespace

void FormParser::parseChoiceLists(const QJsonObject &root, FormDefinition &)
{
    const QJsonObject lists =
        object(root.value(QStringLiteral("choiceLists")), QStringLiteral("choiceLists"));
    for (auto it = lists.begin(); it != lists.end(); ++it)
        m_choiceLists.insert(it.key(), choiceList(it.value(), at(QStringLiteral("choiceLists"), it.key())));
}

void FormParser::parseSections(const QJsonObject &root, FormDefinition &form)
{
    const QJsonValue value = root.value(QStringLiteral("sections"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(QStringLiteral("sections"), QStringLiteral("应为非空数组"),
             QStringLiteral("must be a non-empty array"));
        return;
    }
    QSet<QString> sectionIds;
    const QJsonArray sections = value.toArray();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString where = at(QStringLiteral("sections"), s);
        const QJsonObject object = this->object(sections.at(s), where);
        checkKeys(object, where,
                  {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("intro"),
                   QStringLiteral("fields")});
        SectionDefinition section;
        section.id = identifier(object, QStringLiteral("id"), where);
        section.label = bilingual(object, QStringLiteral("label"), where);
        // The wizard page's subtitle: what the section asks for and why (nbapply's words, not the annex's).
        section.intro = bilingual(object, QStringLiteral("intro"), where, false);
        if (sectionIds.contains(section.id))
            fail(at(where, QStringLiteral("id")), QStringLiteral("分节 id“%1”重复").arg(section.id),
                 QStringLiteral("duplicate section id '%1'").arg(section.id));
        sectionIds.insert(section.id);

        const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
        if (fields.isEmpty())
            fail(at(where, QStringLiteral("fields")), QStringLiteral("应为非空数组"),
                 QStringLiteral("must be a non-empty array"));
        QSet<QString> keys;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const QString fieldWhere = at(at(where, QStringLiteral("fields")), f);
            FieldDefinition field =
                parseField(this->object(fields.at(f), fieldWhere), section.id, fieldWhere);
            if (keys.contains(field.key))
                fail(at(fieldWhere, QStringLiteral("key")), QStringLiteral("字段 key“%1”重复").arg(field.key),
                     QStringLiteral("duplicate field key '%1'").arg(field.key));
            keys.insert(field.key);
            section.fields << field;
        }
        form.sections << section;
    }
}

FieldDefinition FormParser::parseField(const QJsonObject &object, const QString &section,
                                       const QString &where)
{
    checkKeys(object, where,
              {QStringLiteral("key"), QStringLiteral("type"), QStringLiteral("label"), QStringLiteral("help"),
               QStringLiteral("placeholder"), QStringLiteral("prefix"), QStringLiteral("required"),
               QStringLiteral("annex"), QStringLiteral("freeText"), QStringLiteral("notInFuture"),
               QStringLiteral("adultRequired"), QStringLiteral("maxLength"), QStringLiteral("choices"),
               QStringLiteral("choicesByKind"), QStringLiteral("idTypeField"), QStringLiteral("appliesTo"),
               QStringLiteral("byType"), QStringLiteral("shownWhen")});
    FieldDefinition field;
    field.section = section;
    field.key = identifier(object, QStringLiteral("key"), where);
    const QString type = string(object, QStringLiteral("type"), where);
    const auto typeIt = fieldTypes().constFind(type);
    if (typeIt == fieldTypes().cend() && !type.isEmpty())
        fail(at(where, QStringLiteral("type")), QStringLiteral("未知的字段类型“%1”").arg(type),
             QStringLiteral("unknown field type '%1'").arg(type));
    else if (typeIt != fieldTypes().cend())
        field.type = *typeIt;
    field.label = bilingual(object, QStringLiteral("label"), where);
    field.help = bilingual(object, QStringLiteral("help"), where, false);
    field.placeholder = bilingual(object, QStringLiteral("placeholder"), where, false);
    field.prefix = bilingual(object, QStringLiteral("prefix"), where, false);
    field.required = boolean(object, QStringLiteral("required"), where, false);
    field.inAnnex = boolean(object, QStringLiteral("annex"), where, true);
    field.freeText = boolean(object, QStringLiteral("freeText"), where, false);
    field.notInFuture = boolean(object, QStringLiteral("notInFuture"), where, false);
    field.adultRequired = boolean(object, QStringLiteral("adultRequired"), where, false);
    const QJsonValue maxLength = object.value(QStringLiteral("maxLength"));
    if (!maxLength.isUndefined()) {
        field.maxLength = maxLength.toInt(-1);
        if (!maxLength.isDouble() || field.maxLength < 1 || maxLength.toDouble() != field.maxLength)
            fail(at(where, QStringLiteral("maxLength")), QStringLiteral("应为正整数"),
                 QStringLiteral("must be a positive whole number"));
    }
    if (object.contains(QStringLiteral("choices")))
        field.choices =
            choiceReference(object.value(QStringLiteral("choices")), at(where, QStringLiteral("choices")));
    const QJsonObject byKind = object.value(QStringLiteral("choicesByKind")).toObject();
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        const QString here = at(at(where, QStringLiteral("choicesByKind")), it.key());
        if (!m_applicantKinds.contains(it.key()))
            fail(here, QStringLiteral("未知的申请人类型“%1”").arg(it.key()),
                 QStringLiteral("unknown applicant kind '%1'").arg(it.key()));
        field.choicesByKind.insert(it.key(), choiceReference(it.value(), here));
    }
    const bool hasChoices = !field.choices.isEmpty() || !field.choicesByKind.isEmpty();
    const bool needsChoices = field.type == FieldType::Choice || field.type == FieldType::MultiChoice;
    if (needsChoices && !hasChoices)
        fail(where, QStringLiteral("选择类字段需要 choices 或 choicesByKind"),
             QStringLiteral("a choice field needs \"choices\" or \"choicesByKind\""));
    if (!needsChoices && hasChoices)
        fail(where, QStringLiteral("只有选择类字段可以有选项"),
             QStringLiteral("only choice fields may have choices"));
    field.idTypeField = string(object, QStringLiteral("idTypeField"), where, false);
    if (field.type == FieldType::Identifier && field.idTypeField.isEmpty())
        fail(where, QStringLiteral("证件号字段需要 idTypeField"),
             QStringLiteral("an identifier field needs \"idTypeField\""));
    field.appliesTo = kinds(object, QStringLiteral("appliesTo"), where);
    parseFieldVariants(object, field, where);
    return field;
}

// `byType` (an identifier's label and help per identifier type) and `shownWhen` (a field that applies
// only while another field holds one of some values). Their references are checked in checkReferences.
void FormParser::parseFieldVariants(const QJsonObject &object, FieldDefinition &field, const QString &where)
{
    const QJsonValue byType = object.value(QStringLiteral("byType"));
    if (!byType.isUndefined()) {
        const QString here = at(where, QStringLiteral("byType"));
        if (field.type != FieldType::Identifier)
            fail(here, QStringLiteral("只有证件号字段可以按证件类型设定标签"),
                 QStringLiteral("only identifier fields may be worded per identifier type"));
        const QJsonObject types = this->object(byType, here);
        for (auto it = types.begin(); it != types.end(); ++it) {
            const QString typeWhere = at(here, it.key());
            const QJsonObject wording = this->object(it.value(), typeWhere);
            checkKeys(wording, typeWhere,
                      {QStringLiteral("label"), QStringLiteral("help"), QStringLiteral("placeholder")});
            field.byType.insert(
                it.key(), FieldWording{bilingual(wording, QStringLiteral("label"), typeWhere),
                                       bilingual(wording, QStringLiteral("help"), typeWhere, false),
                                       bilingual(wording, QStringLiteral("placeholder"), typeWhere, false)});
        }
    }
    const QJsonValue shownWhen = object.value(QStringLiteral("shownWhen"));
    if (!shownWhen.isUndefined()) {
        const QString here = at(where, QStringLiteral("shownWhen"));
        const QJsonObject condition = this->object(shownWhen, here);
        checkKeys(condition, here, {QStringLiteral("field"), QStringLiteral("values")});
        FieldCondition parsed;
        parsed.field = string(condition, QStringLiteral("field"), here);
        const QJsonValue values = condition.value(QStringLiteral("values"));
        if (!values.isArray() || values.toArray().isEmpty())
            fail(at(here, QStringLiteral("values")), QStringLiteral("应为非空的字符串数组"),
                 QStringLiteral("must be a non-empty array of strings"));
        for (const QJsonValue &value : values.toArray()) {
            if (!value.isString() || value.toString().isEmpty())
                fail(at(here, QStringLiteral("values")), QStringLiteral("应为非空的字符串数组"),
                     QStringLiteral("must be a non-empty array of strings"));
            parsed.values << value.toString();
        }
        field.shownWhen = parsed;
    }
}

void FormParser::parseDocuments(const QJsonObject &root, FormDefinition &form)
{
    const QString where = QStringLiteral("documents");
    const QJsonObject documents = object(root.value(where), where);
    checkKeys(documents, where,
              {QStringLiteral("label"), QStringLiteral("kinds"), QStringLiteral("stampNote"),
               QStringLiteral("sealedKinds"), QStringLiteral("notes"), QStringLiteral("idTypeField")});
    form.documentsIdTypeField = string(documents, QStringLiteral("idTypeField"), where, false);
    form.documentsLabel = bilingual(documents, QStringLiteral("label"), where);
    form.stampNote = bilingual(documents, QStringLiteral("stampNote"), where);
    form.sealedKinds = this->kinds(documents, QStringLiteral("sealedKinds"), where);
    const QJsonArray kinds = documents.value(QStringLiteral("kinds")).toArray();
    if (kinds.isEmpty())
        fail(at(where, QStringLiteral("kinds")), QStringLiteral("应为非空数组"),
             QStringLiteral("must be a non-empty array"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const QString here = at(at(where, QStringLiteral("kinds")), i);
        const QJsonObject object = this->object(kinds.at(i), here);
        checkKeys(object, here,
                  {QStringLiteral("value"), QStringLiteral("label"), QStringLiteral("requiredFor"),
                   QStringLiteral("stamp"), QStringLiteral("prepare"), QStringLiteral("offersLetter"),
                   QStringLiteral("byIdType")});
        DocumentKind kind;
        kind.value = identifier(object, QStringLiteral("value"), here);
        kind.label = bilingual(object, QStringLiteral("label"), here);
        kind.requiredFor = this->kinds(object, QStringLiteral("requiredFor"), here);
        kind.stamp = boolean(object, QStringLiteral("stamp"), here, false);
        // A document that must bear the seal always says how to make the sealed copy.
        kind.prepare = bilingual(object, QStringLiteral("prepare"), here, kind.stamp);
        kind.offersLetter = boolean(object, QStringLiteral("offersLetter"), here, false);
        if (object.contains(QStringLiteral("byIdType"))) {
            const QString byWhere = at(here, QStringLiteral("byIdType"));
            const QJsonObject byIdType = this->object(object.value(QStringLiteral("byIdType")), byWhere);
            // Each equivalent is named, and says how to prepare it when the kind does: the annex
            // document's guidance ("copy the business licence") does not fit its equivalent.
            for (auto it = byIdType.begin(); it != byIdType.end(); ++it) {
                const QString equivalentWhere = at(byWhere, it.key());
                const QJsonObject equivalent = this->object(it.value(), equivalentWhere);
                checkKeys(equivalent, equivalentWhere, {QStringLiteral("label"), QStringLiteral("prepare")});
                kind.labelByIdType.insert(it.key(),
                                          bilingual(equivalent, QStringLiteral("label"), equivalentWhere));
                const BilingualText prepare = bilingual(equivalent, QStringLiteral("prepare"),
                                                        equivalentWhere, !kind.prepare.zh.isEmpty());
                if (!prepare.zh.isEmpty())
                    kind.prepareByIdType.insert(it.key(), prepare);
            }
        }
        if (seen.contains(kind.value))
            fail(at(here, QStringLiteral("value")), QStringLiteral("材料类型“%1”重复").arg(kind.value),
                 QStringLiteral("duplicate document kind '%1'").arg(kind.value));
        seen.insert(kind.value);
        form.documentKinds << kind;
    }
    const QJsonArray notes = documents.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString here = at(at(where, QStringLiteral("notes")), i);
        const QJsonObject note = object(notes.at(i), here);
        checkKeys(note, here, {QStringLiteral("zh"), QStringLiteral("en")});
        form.notes << BilingualText{string(note, QStringLiteral("zh"), here),
                                    string(note, QStringLiteral("en"), here)};
    }
}

void FormParser::parseSignatureAndRules(const QJsonObject &root, FormDefinition &form)
{
    const QJsonArray signature = root.value(QStringLiteral("signature")).toArray();
    for (qsizetype i = 0; i < signature.size(); ++i) {
        const QString here = at(QStringLiteral("signature"), i);
        const QJsonObject item = object(signature.at(i), here);
        checkKeys(item, here, {QStringLiteral("key"), QStringLiteral("label")});
        form.signature << SignatureItem{identifier(item, QStringLiteral("key"), here),
                                        bilingual(item, QStringLiteral("label"), here)};
    }
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString here = at(QStringLiteral("rules"), i);
        const QJsonObject item = object(rules.at(i), here);
        checkKeys(item, here, {QStringLiteral("rule"), QStringLiteral("fields")});
        RuleDefinition rule;
        rule.rule = string(item, QStringLiteral("rule"), here);
        if (!rule.rule.isEmpty() && !knownRules().contains(rule.rule))
            fail(at(here, QStringLiteral("rule")), QStringLiteral("本程序不认识规则“%1”").arg(rule.rule),
                 QStringLiteral("this nbapply does not implement the rule '%1'").arg(rule.rule));
        for (const QJsonValue &field : item.value(QStringLiteral("fields")).toArray())
            rule.fields << field.toString();
        form.rules << rule;
    }
}

// References between parts can be checked only once everything is read.
void FormParser::checkReferences(const FormDefinition &form)
{
    for (qsizetype s = 0; s < form.sections.size(); ++s) {
        for (qsizetype f = 0; f < form.sections[s].fields.size(); ++f) {
            const FieldDefinition &field = form.sections[s].fields[f];
            const QString where = QStringLiteral("sections[%1].fields[%2]").arg(s).arg(f);
            if (field.shownWhen) {
                const FieldDefinition *other = form.field(field.shownWhen->field);
                if (!other || other->type != FieldType::Choice || other->path() == field.path())
                    fail(where + QStringLiteral(".shownWhen.field"),
                         QStringLiteral("“%1”不是本表中的另一个选择字段").arg(field.shownWhen->field),
                         QStringLiteral("'%1' is not another choice field of this form")
                             .arg(field.shownWhen->field));
                else
                    for (const QString &value : field.shownWhen->values)
                        if (!isChoiceOf(*other, value))
                            fail(where + QStringLiteral(".shownWhen.values"),
                                 QStringLiteral("“%1”不是“%2”的选项").arg(value, other->path()),
                                 QStringLiteral("'%1' is not a choice of '%2'").arg(value, other->path()));
            }
            if (field.idTypeField.isEmpty())
                continue;
            const FieldDefinition *idType = form.field(field.idTypeField);
            if (!idType || idType->type != FieldType::Choice) {
                fail(where + QStringLiteral(".idTypeField"),
                     QStringLiteral("“%1”不是本表中的选择字段").arg(field.idTypeField),
                     QStringLiteral("'%1' is not a choice field of this form").arg(field.idTypeField));
                continue;
            }
            for (auto it = field.byType.cbegin(); it != field.byType.cend(); ++it)
                if (!isChoiceOf(*idType, it.key()))
                    fail(where + QStringLiteral(".byType.") + it.key(),
                         QStringLiteral("“%1”不是“%2”的选项").arg(it.key(), idType->path()),
                         QStringLiteral("'%1' is not a choice of '%2'").arg(it.key(), idType->path()));
        }
    }
    // A document's equivalents are keyed by the values of documents.idTypeField.
    const FieldDefinition *documentsIdType =
        form.documentsIdTypeField.isEmpty() ? nullptr : form.field(form.documentsIdTypeField);
    if (!form.documentsIdTypeField.isEmpty() &&
        (!documentsIdType || documentsIdType->type != FieldType::Choice))
        fail(QStringLiteral("documents.idTypeField"),
             QStringLiteral("“%1”不是本表中的选择字段").arg(form.documentsIdTypeField),
             QStringLiteral("'%1' is not a choice field of this form").arg(form.documentsIdTypeField));
    for (qsizetype k = 0; k < form.documentKinds.size(); ++k) {
        const DocumentKind &kind = form.documentKinds[k];
        if (!kind.labelByIdType.isEmpty() && !documentsIdType)
            fail(QStringLiteral("documents.kinds[%1].byIdType").arg(k),
                 QStringLiteral("需要 documents.idTypeField"), QStringLiteral("needs documents.idTypeField"));
        else
            for (auto it = kind.labelByIdType.cbegin(); it != kind.labelByIdType.cend(); ++it)
                if (!isChoiceOf(*documentsIdType, it.key()))
                    fail(QStringLiteral("documents.kinds[%1].byIdType.%2").arg(k).arg(it.key()),
                         QStringLiteral("“%1”不是“%2”的选项").arg(it.key(), documentsIdType->path()),
                         QStringLiteral("'%1' is not a choice of '%2'")
                             .arg(it.key(), documentsIdType->path()));
    }
    for (qsizetype i = 0; i < form.rules.size(); ++i)
        for (const QString &path : form.rules[i].fields)
            if (!form.field(path))
                fail(QStringLiteral("rules[%1].fields").arg(i), QStringLiteral("字段“%1”不存在").arg(path),
                     QStringLiteral("the field '%1' does not exist").arg(path));
    if (!form.field(QStringLiteral("applicant.kind")))
        fail(QStringLiteral("sections"), QStringLiteral("缺少 applicant.kind 字段（申请人类型）"),
             QStringLiteral("the field applicant.kind (type of applicant) is missing"));
}

} // namespace nbapply

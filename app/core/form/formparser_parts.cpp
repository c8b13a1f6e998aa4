// The parts of a form definition below the root: choice lists, sections and fields, documents,
// signature and rules. See formparser.cpp for the root and the shared helpers.
#include "formparser.h"

#include <QJsonArray>
#include <QSet>

namespace nbapply
{

namespace
{

QString at(const QString &where, const QString &key)
{
    return where + QLatin1Char('.') + key;
}

QString at(const QString &where, qsizetype index)
{
    return where + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

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
               QStringLiteral("choicesByKind"), QStringLiteral("idTypeField"), QStringLiteral("appliesTo")});
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
    return field;
}

void FormParser::parseDocuments(const QJsonObject &root, FormDefinition &form)
{
    const QString where = QStringLiteral("documents");
    const QJsonObject documents = object(root.value(where), where);
    checkKeys(documents, where,
              {QStringLiteral("label"), QStringLiteral("kinds"), QStringLiteral("stampNote"),
               QStringLiteral("sealedKinds"), QStringLiteral("notes")});
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
                   QStringLiteral("stamp"), QStringLiteral("prepare"), QStringLiteral("offersLetter")});
        DocumentKind kind;
        kind.value = identifier(object, QStringLiteral("value"), here);
        kind.label = bilingual(object, QStringLiteral("label"), here);
        kind.requiredFor = this->kinds(object, QStringLiteral("requiredFor"), here);
        kind.stamp = boolean(object, QStringLiteral("stamp"), here, false);
        // A document that must bear the seal always says how to make the sealed copy.
        kind.prepare = bilingual(object, QStringLiteral("prepare"), here, kind.stamp);
        kind.offersLetter = boolean(object, QStringLiteral("offersLetter"), here, false);
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
            if (field.idTypeField.isEmpty())
                continue;
            const FieldDefinition *idType = form.field(field.idTypeField);
            if (!idType || idType->type != FieldType::Choice)
                fail(QStringLiteral("sections[%1].fields[%2].idTypeField").arg(s).arg(f),
                     QStringLiteral("“%1”不是本表中的选择字段").arg(field.idTypeField),
                     QStringLiteral("'%1' is not a choice field of this form").arg(field.idTypeField));
        }
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

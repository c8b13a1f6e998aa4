#include "formparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace nbapply
{

namespace
{

constexpr int kSchemaVersion = 1;

} // namespace

const QStringList &FormParser::knownRules()
{
    static const QStringList rules = {QStringLiteral("uscc-matches-enterprise-type"),
                                      QStringLiteral("id-type-matches-kind"),
                                      QStringLiteral("uscc-implies-mainland")};
    return rules;
}

void FormParser::fail(const QString &where, const QString &zh, const QString &en)
{
    if (!m_failure)
        m_failure = Failure{where, {zh, en}};
}

void FormParser::checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            fail(at(where, it.key()), QStringLiteral("未知的键（拼写错误？）"),
                 QStringLiteral("unknown key (a typo?)"));
}

QJsonObject FormParser::object(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        fail(where, QStringLiteral("应为对象"), QStringLiteral("must be an object"));
    return value.toObject();
}

QString FormParser::string(const QJsonObject &object, const QString &key, const QString &where, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(at(where, key), QStringLiteral("应为非空字符串"), QStringLiteral("must be a non-empty string"));
        return {};
    }
    return value.toString();
}

QString FormParser::identifier(const QJsonObject &object, const QString &key, const QString &where)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*$"));
    const QString value = string(object, key, where);
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        fail(at(where, key), QStringLiteral("只能包含字母、数字和连字符，并以字母开头"),
             QStringLiteral("may hold only letters, digits and hyphens, starting with a letter"));
    return value;
}

BilingualText FormParser::bilingual(const QJsonObject &object, const QString &key, const QString &where,
                                    bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return {};
    const QString here = at(where, key);
    const QJsonObject text = this->object(value, here);
    checkKeys(text, here, {QStringLiteral("zh"), QStringLiteral("en")});
    return {string(text, QStringLiteral("zh"), here), string(text, QStringLiteral("en"), here)};
}

bool FormParser::boolean(const QJsonObject &object, const QString &key, const QString &where, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        fail(at(where, key), QStringLiteral("应为 true 或 false"), QStringLiteral("must be true or false"));
    return value.toBool();
}

QStringList FormParser::kinds(const QJsonObject &object, const QString &key, const QString &where)
{
    QStringList result;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return result;
    if (!value.isArray()) {
        fail(at(where, key), QStringLiteral("应为申请人类型的数组"),
             QStringLiteral("must be an array of applicant kinds"));
        return result;
    }
    for (const QJsonValue &kind : value.toArray()) {
        if (!m_applicantKinds.contains(kind.toString()))
            fail(at(where, key), QStringLiteral("未知的申请人类型“%1”").arg(kind.toString()),
                 QStringLiteral("unknown applicant kind '%1'").arg(kind.toString()));
        result << kind.toString();
    }
    return result;
}

QList<Choice> FormParser::choiceList(const QJsonValue &value, const QString &where)
{
    QList<Choice> choices;
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(where, QStringLiteral("应为非空的选项数组"),
             QStringLiteral("must be a non-empty array of choices"));
        return choices;
    }
    QSet<QString> seen;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = at(where, i);
        const QJsonObject item = object(array.at(i), here);
        checkKeys(item, here, {QStringLiteral("value"), QStringLiteral("label")});
        Choice choice{string(item, QStringLiteral("value"), here),
                      bilingual(item, QStringLiteral("label"), here)};
        if (seen.contains(choice.value))
            fail(at(here, QStringLiteral("value")), QStringLiteral("选项值“%1”重复").arg(choice.value),
                 QStringLiteral("duplicate choice value '%1'").arg(choice.value));
        seen.insert(choice.value);
        choices << choice;
    }
    return choices;
}

QList<Choice> FormParser::choiceReference(const QJsonValue &value, const QString &where)
{
    const QString name = value.toString();
    if (!value.isString() || !name.startsWith(QLatin1Char('@')))
        return choiceList(value, where);
    const auto it = m_choiceLists.constFind(name.mid(1));
    if (it == m_choiceLists.cend()) {
        fail(where, QStringLiteral("引用了不存在的选项表“%1”").arg(name),
             QStringLiteral("refers to the choice list '%1', which does not exist").arg(name));
        return {};
    }
    return *it;
}

std::optional<FormDefinition> FormParser::parse(BilingualText *error)
{
    QJsonParseError syntax;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &syntax);
    FormDefinition form;
    if (syntax.error != QJsonParseError::NoError) {
        fail(QStringLiteral("@%1").arg(syntax.offset),
             QStringLiteral("JSON 语法错误：%1").arg(syntax.errorString()),
             QStringLiteral("JSON syntax error: %1").arg(syntax.errorString()));
    } else {
        const QJsonObject root = object(document.object(), QString());
        if (!document.isObject())
            fail(QStringLiteral("(root)"), QStringLiteral("应为 JSON 对象"),
                 QStringLiteral("must be a JSON object"));
        checkKeys(root, QString(),
                  {QStringLiteral("schema"), QStringLiteral("schemaVersion"), QStringLiteral("id"),
                   QStringLiteral("version"), QStringLiteral("title"), QStringLiteral("source"),
                   QStringLiteral("recipient"), QStringLiteral("governingLanguageNote"),
                   QStringLiteral("applicantKinds"), QStringLiteral("choiceLists"),
                   QStringLiteral("sections"), QStringLiteral("documents"), QStringLiteral("signature"),
                   QStringLiteral("rules"), QStringLiteral("letter")});
        if (root.value(QStringLiteral("schema")).toString() != u"nbapply-form")
            fail(QStringLiteral("schema"),
                 QStringLiteral("不是 nbapply 申请表定义（schema 应为 \"nbapply-form\"）"),
                 QStringLiteral("not an nbapply form definition (schema must be \"nbapply-form\")"));
        const int schemaVersion = root.value(QStringLiteral("schemaVersion")).toInt(-1);
        if (schemaVersion > kSchemaVersion)
            fail(
                QStringLiteral("schemaVersion"),
                QStringLiteral("定义格式版本 %1 比本程序支持的 %2 更新，请升级 nbapply")
                    .arg(schemaVersion)
                    .arg(kSchemaVersion),
                QStringLiteral("definition format %1 is newer than the %2 this nbapply reads: update nbapply")
                    .arg(schemaVersion)
                    .arg(kSchemaVersion));
        else if (schemaVersion < 1)
            fail(QStringLiteral("schemaVersion"), QStringLiteral("应为正整数"),
                 QStringLiteral("must be a positive integer"));
        form.id = identifier(root, QStringLiteral("id"), QString());
        form.version = root.value(QStringLiteral("version")).toInt(0);
        if (form.version < 1)
            fail(QStringLiteral("version"), QStringLiteral("应为正整数"),
                 QStringLiteral("must be a positive integer"));
        form.title = bilingual(root, QStringLiteral("title"), QString());
        form.source = bilingual(root, QStringLiteral("source"), QString(), false);
        form.governingLanguageNote = bilingual(root, QStringLiteral("governingLanguageNote"), QString());
        form.recipient = string(root, QStringLiteral("recipient"), QString());
        if (!form.recipient.isEmpty() && !QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[a-z]+$"))
                                              .match(form.recipient)
                                              .hasMatch())
            fail(QStringLiteral("recipient"), QStringLiteral("应为电子邮箱地址"),
                 QStringLiteral("must be an e-mail address"));
        form.applicantKinds =
            choiceList(root.value(QStringLiteral("applicantKinds")), QStringLiteral("applicantKinds"));
        for (const Choice &kind : std::as_const(form.applicantKinds))
            m_applicantKinds << kind.value;
        m_choiceLists.insert(QStringLiteral("applicantKinds"), form.applicantKinds); // for "@applicantKinds"
        parseChoiceLists(root, form);
        parseSections(root, form);
        parseDocuments(root, form);
        parseSignatureAndRules(root, form);
        parseLetter(root, form);
        if (!failed())
            checkReferences(form);
    }
    if (m_failure) {
        if (error)
            *error = {
                QStringLiteral("申请表定义有误：%1：%2").arg(m_failure->where, m_failure->what.zh),
                QStringLiteral("Form definition error: %1: %2").arg(m_failure->where, m_failure->what.en)};
        return std::nullopt;
    }
    return form;
}

} // namespace nbapply

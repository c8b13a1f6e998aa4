#pragma once

#include "formdefinition.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

namespace nbapply
{

// Reads a form definition strictly: every key must be known and every reference resolve, so that a
// typo in forms/*.json is an error naming the place ("sections[0].fields[3].requird: unknown key"),
// not a field that silently loses its rule.
class FormParser
{
  public:
    explicit FormParser(const QByteArray &json) : m_json(json) {}
    std::optional<FormDefinition> parse(BilingualText *error);

    // The cross-field rules nbapply implements (validation/draftvalidator.cpp).
    static const QStringList &knownRules();

    // Where a mistake is, as its message names it: "sections[0].fields[3].type".
    static QString at(const QString &where, const QString &key)
    {
        return where.isEmpty() ? key : where + QLatin1Char('.') + key;
    }
    static QString at(const QString &where, qsizetype index)
    {
        return where + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

  private:
    struct Failure {
        QString where;
        BilingualText what;
    };

    void fail(const QString &where, const QString &zh, const QString &en);
    bool failed() const { return m_failure.has_value(); }

    void checkKeys(const QJsonObject &object, const QString &where, const QStringList &allowed);
    QJsonObject object(const QJsonValue &value, const QString &where);
    QString string(const QJsonObject &object, const QString &key, const QString &where, bool required = true);
    QString identifier(const QJsonObject &object, const QString &key, const QString &where);
    BilingualText bilingual(const QJsonObject &object, const QString &key, const QString &where,
                            bool required = true);
    bool boolean(const QJsonObject &object, const QString &key, const QString &where, bool fallback);
    QStringList kinds(const QJsonObject &object, const QString &key, const QString &where);
    QList<Choice> choiceList(const QJsonValue &value, const QString &where);
    QList<Choice> choiceReference(const QJsonValue &value, const QString &where);

    void parseChoiceLists(const QJsonObject &root, FormDefinition &form);
    void parseSections(const QJsonObject &root, FormDefinition &form);
    FieldDefinition parseField(const QJsonObject &field, const QString &section, const QString &where);
    void parseFieldVariants(const QJsonObject &object, FieldDefinition &field, const QString &where);
    void parseDocuments(const QJsonObject &root, FormDefinition &form);
    void parseSignatureAndRules(const QJsonObject &root, FormDefinition &form);
    void parseLetter(const QJsonObject &root, FormDefinition &form);
    void checkReferences(const FormDefinition &form);

    QByteArray m_json;
    QStringList m_applicantKinds;
    QMap<QString, QList<Choice>> m_choiceLists;
    std::optional<Failure> m_failure;
};

} // namespace nbapply

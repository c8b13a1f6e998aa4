#include "draftschema.h"

#include "draft.h"
#include "form/formdefinition.h"

#include <QJsonArray>

namespace nbapply
{

namespace
{

bool fail(DraftSchemaError *error, const char *code, const QString &zh, const QString &en)
{
    error->code = QString::fromLatin1(code);
    error->message = {zh, en};
    return false;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool wrongType(DraftSchemaError *error, const QString &path, const QString &expectedZh,
               const QString &expectedEn, const QJsonValue &actual)
{
    return fail(error, "draft.type",
                QStringLiteral("草稿中的“%1”应为%2，实际是 %3。").arg(path, expectedZh, jsonTypeName(actual)),
                QStringLiteral("In the draft, \"%1\" must be %2, not %3.")
                    .arg(path, expectedEn, jsonTypeName(actual)));
}

// Every field of the form is a string in the draft, except multichoice fields (arrays of strings);
// "<key>Confirmed" markers (validation escape hatches) are booleans.
bool checkSection(const QJsonObject &root, const SectionDefinition &section, DraftSchemaError *error)
{
    const QJsonValue value = root.value(section.id);
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return wrongType(error, section.id, QStringLiteral("对象"), QStringLiteral("an object"), value);
    const QJsonObject object = value.toObject();
    for (const FieldDefinition &field : section.fields) {
        const QJsonValue fieldValue = object.value(field.key);
        if (fieldValue.isUndefined() || fieldValue.isNull())
            continue;
        if (field.type == FieldType::MultiChoice) {
            if (!fieldValue.isArray())
                return wrongType(error, field.path(), QStringLiteral("字符串数组"),
                                 QStringLiteral("an array of strings"), fieldValue);
            for (const QJsonValue &item : fieldValue.toArray())
                if (!item.isString())
                    return wrongType(error, field.path() + QStringLiteral("[]"), QStringLiteral("字符串"),
                                     QStringLiteral("a string"), item);
        } else if (!fieldValue.isString()) {
            return wrongType(error, field.path(), QStringLiteral("字符串"), QStringLiteral("a string"),
                             fieldValue);
        }
        const QJsonValue confirmed = object.value(field.key + QStringLiteral("Confirmed"));
        if (!confirmed.isUndefined() && !confirmed.isBool())
            return wrongType(error, field.path() + QStringLiteral("Confirmed"),
                             QStringLiteral("true 或 false"), QStringLiteral("true or false"), confirmed);
    }
    return true;
}

bool checkDocuments(const QJsonObject &root, DraftSchemaError *error)
{
    const QJsonValue value = root.value(QStringLiteral("documents"));
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return wrongType(error, QStringLiteral("documents"), QStringLiteral("数组"),
                         QStringLiteral("an array"), value);
    const QJsonArray documents = value.toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString path = QStringLiteral("documents[%1]").arg(i);
        if (!documents[i].isObject())
            return wrongType(error, path, QStringLiteral("对象"), QStringLiteral("an object"), documents[i]);
        // A kind marked not applicable has a reason instead of a file.
        const QJsonObject document = documents[i].toObject();
        const QJsonValue notApplicable = document.value(QStringLiteral("notApplicable"));
        if (!notApplicable.isUndefined() && !notApplicable.isBool())
            return wrongType(error, path + QStringLiteral(".notApplicable"), QStringLiteral("true 或 false"),
                             QStringLiteral("true or false"), notApplicable);
        const QStringList keys = notApplicable.toBool()
                                     ? QStringList{QStringLiteral("kind"), QStringLiteral("reason")}
                                     : QStringList{QStringLiteral("kind"), QStringLiteral("path")};
        for (const QString &key : keys) {
            const QJsonValue field = document.value(key);
            if (!field.isString())
                return wrongType(error, path + QLatin1Char('.') + key, QStringLiteral("字符串"),
                                 QStringLiteral("a string"), field);
        }
    }
    return true;
}

bool checkStrings(const QJsonObject &object, const QString &path, const QStringList &keys,
                  DraftSchemaError *error)
{
    for (const QString &key : keys) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isString())
            return wrongType(error, path + QLatin1Char('.') + key, QStringLiteral("字符串"),
                             QStringLiteral("a string"), value);
    }
    return true;
}

// "review" (format version 2): comments with replies, and one approval.
bool checkReview(const QJsonObject &root, DraftSchemaError *error)
{
    const QJsonValue value = root.value(QStringLiteral("review"));
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return wrongType(error, QStringLiteral("review"), QStringLiteral("对象"), QStringLiteral("an object"),
                         value);
    const QJsonObject review = value.toObject();
    const QJsonValue comments = review.value(QStringLiteral("comments"));
    if (!comments.isUndefined() && !comments.isArray())
        return wrongType(error, QStringLiteral("review.comments"), QStringLiteral("数组"),
                         QStringLiteral("an array"), comments);
    const QJsonArray list = comments.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("review.comments[%1]").arg(i);
        if (!list[i].isObject())
            return wrongType(error, path, QStringLiteral("对象"), QStringLiteral("an object"), list[i]);
        const QJsonObject comment = list[i].toObject();
        if (!checkStrings(comment, path,
                          {QStringLiteral("id"), QStringLiteral("field"), QStringLiteral("author"),
                           QStringLiteral("time"), QStringLiteral("text")},
                          error))
            return false;
        const QJsonValue resolved = comment.value(QStringLiteral("resolved"));
        if (!resolved.isUndefined() && !resolved.isBool())
            return wrongType(error, path + QStringLiteral(".resolved"), QStringLiteral("true 或 false"),
                             QStringLiteral("true or false"), resolved);
        const QJsonValue replies = comment.value(QStringLiteral("replies"));
        if (!replies.isUndefined() && !replies.isArray())
            return wrongType(error, path + QStringLiteral(".replies"), QStringLiteral("数组"),
                             QStringLiteral("an array"), replies);
        for (const QJsonValue &reply : replies.toArray()) {
            if (!reply.isObject())
                return wrongType(error, path + QStringLiteral(".replies[]"), QStringLiteral("对象"),
                                 QStringLiteral("an object"), reply);
            if (!checkStrings(reply.toObject(), path + QStringLiteral(".replies[]"),
                              {QStringLiteral("author"), QStringLiteral("time"), QStringLiteral("text")},
                              error))
                return false;
        }
        // The thread's record (reviewevents.h): who did what, when.
        const QJsonValue events = comment.value(QStringLiteral("events"));
        if (!events.isUndefined() && !events.isArray())
            return wrongType(error, path + QStringLiteral(".events"), QStringLiteral("数组"),
                             QStringLiteral("an array"), events);
        for (const QJsonValue &event : events.toArray()) {
            const QString eventPath = path + QStringLiteral(".events[]");
            if (!event.isObject())
                return wrongType(error, eventPath, QStringLiteral("对象"), QStringLiteral("an object"),
                                 event);
            const QJsonValue kind = event.toObject().value(QStringLiteral("kind"));
            const QString kindName = kind.toString();
            if (kindName != u"comment" && kindName != u"reply" && kindName != u"resolve" &&
                kindName != u"reopen")
                return wrongType(error, eventPath + QStringLiteral(".kind"),
                                 QStringLiteral("comment、reply、resolve 或 reopen"),
                                 QStringLiteral("comment, reply, resolve or reopen"), kind);
            if (!checkStrings(event.toObject(), eventPath, {QStringLiteral("by"), QStringLiteral("time")},
                              error))
                return false;
        }
    }
    const QJsonValue approval = review.value(QStringLiteral("approval"));
    if (approval.isUndefined())
        return true;
    if (!approval.isObject())
        return wrongType(error, QStringLiteral("review.approval"), QStringLiteral("对象"),
                         QStringLiteral("an object"), approval);
    // A signed approval (signing/approvalsignature.h): the signed payload and its CMS signature, both
    // text; whether they hold is the signature check's verdict, not the schema's.
    if (approval.toObject().contains(QStringLiteral("payload")))
        return checkStrings(approval.toObject(), QStringLiteral("review.approval"),
                            {QStringLiteral("payload"), QStringLiteral("signature")}, error);
    // The unsigned record of earlier versions still opens (and reads "unsigned: not evidence of approval").
    const QString state = approval.toObject().value(QStringLiteral("state")).toString();
    if (state != u"approved" && state != u"changes-requested")
        return wrongType(error, QStringLiteral("review.approval.state"),
                         QStringLiteral("\"approved\" 或 \"changes-requested\""),
                         QStringLiteral("\"approved\" or \"changes-requested\""),
                         approval.toObject().value(QStringLiteral("state")));
    return checkStrings(approval.toObject(), QStringLiteral("review.approval"),
                        {QStringLiteral("by"), QStringLiteral("time"), QStringLiteral("fingerprint")}, error);
}

} // namespace

bool checkDraftSchema(const QJsonObject &root, DraftSchemaError *error)
{
    if (root.value(QStringLiteral("format")).toString() != Draft::formatName())
        return fail(
            error, "draft.not-a-draft",
            QStringLiteral("这不是 nbapply 草稿（缺少 \"format\": \"nbapply-draft\"）。"),
            QStringLiteral("This is not an nbapply draft (\"format\": \"nbapply-draft\" is missing)."));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1)
        return wrongType(error, QStringLiteral("formatVersion"), QStringLiteral("正整数"),
                         QStringLiteral("a positive whole number"), version);
    if (version.toInt() > Draft::kFormatVersion)
        return fail(
            error, "draft.newer-version",
            QStringLiteral(
                "此草稿是较新版本的 nbapply 创建的（格式版本 %1，本程序支持 %2）。请升级 nbapply 后再打开。")
                .arg(version.toInt())
                .arg(Draft::kFormatVersion),
            QStringLiteral(
                "This draft was made by a newer nbapply (format version %1; this one reads %2). Update "
                "nbapply to open it.")
                .arg(version.toInt())
                .arg(Draft::kFormatVersion));

    const FormDefinition &form = FormDefinition::builtin();
    const QJsonValue formTag = root.value(QStringLiteral("form"));
    if (!formTag.isString())
        return wrongType(error, QStringLiteral("form"), QStringLiteral("字符串"), QStringLiteral("a string"),
                         formTag);
    const QString tag = formTag.toString();
    const qsizetype at = tag.lastIndexOf(QLatin1Char('@'));
    if (tag.left(at) != form.id)
        return fail(error, "draft.unknown-form",
                    QStringLiteral("此草稿属于另一份申请表（%1），本程序只认识 %2。").arg(tag, form.tag()),
                    QStringLiteral("This draft is for another form (%1); this nbapply knows %2.")
                        .arg(tag, form.tag()));
    if (tag.mid(at + 1).toInt() > form.version)
        return fail(
            error, "draft.newer-form",
            QStringLiteral("此草稿使用较新版本的申请表（%1），本程序支持 %2。请升级 nbapply。")
                .arg(tag, form.tag()),
            QStringLiteral(
                "This draft uses a newer version of the form (%1); this nbapply has %2. Update nbapply.")
                .arg(tag, form.tag()));

    for (const SectionDefinition &section : form.sections)
        if (!checkSection(root, section, error))
            return false;
    return checkDocuments(root, error) && checkReview(root, error);
}

} // namespace nbapply

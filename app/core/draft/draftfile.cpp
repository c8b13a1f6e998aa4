#include "draftfile.h"

#include "common/atomicwrite.h"
#include "draftschema.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace nbapply
{

namespace
{

DraftLoadResult failure(const char *code, const QString &zh, const QString &en)
{
    DraftLoadResult result;
    result.errorCode = QString::fromLatin1(code);
    result.error = {zh, en};
    return result;
}

// "line 3, column 7" for a byte offset: users fix JSON in a text editor, which counts lines.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size() + 1)};
}

} // namespace

DraftLoadResult parseDraft(const QByteArray &input)
{
    if (input.size() > kMaxDraftBytes)
        return failure(
            "draft.too-large",
            QStringLiteral("文件过大（%1 字节，上限 %2 字节），不是 nbapply 草稿。")
                .arg(input.size())
                .arg(kMaxDraftBytes),
            QStringLiteral("The file is too large (%1 bytes; drafts are at most %2 bytes): it is not an "
                           "nbapply draft.")
                .arg(input.size())
                .arg(kMaxDraftBytes));
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark some editors add
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return failure("draft.empty", QStringLiteral("文件是空的，可能在保存时被截断。"),
                       QStringLiteral("The file is empty; it may have been truncated while saving."));

    QJsonParseError syntax;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &syntax);
    if (syntax.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, syntax.offset);
        const bool truncated = syntax.offset >= bytes.trimmed().size() - 1;
        return failure("draft.syntax",
                       QStringLiteral("草稿不是有效的 JSON（第 %1 行第 %2 列：%3）%4")
                           .arg(line)
                           .arg(column)
                           .arg(syntax.errorString(),
                                truncated ? QStringLiteral("；文件可能被截断。") : QStringLiteral("。")),
                       QStringLiteral("The draft is not valid JSON (line %1, column %2: %3)%4")
                           .arg(line)
                           .arg(column)
                           .arg(syntax.errorString(), truncated
                                                          ? QStringLiteral("; the file may be truncated.")
                                                          : QStringLiteral(".")));
    }
    if (!document.isObject())
        return failure("draft.not-a-draft", QStringLiteral("这不是 nbapply 草稿（顶层应为 JSON 对象）。"),
                       QStringLiteral("This is not an nbapply draft (the top level must be a JSON object)."));

    DraftSchemaError schemaError;
    if (!checkDraftSchema(document.object(), &schemaError)) {
        DraftLoadResult result;
        result.errorCode = schemaError.code;
        result.error = schemaError.message;
        return result;
    }
    DraftLoadResult result;
    // Read back from Qt's own JSON once: Qt 6.4 keeps a leading U+FEFF of a string or key in its
    // internal storage but never reads or writes it, so such a draft's fingerprint changed with every
    // save (found by tests/fuzz/fuzz_draft_loader). Re-read, the draft holds exactly what is saved.
    result.draft = Draft::fromJson(QJsonDocument::fromJson(document.toJson(QJsonDocument::Compact)).object());
    return result;
}

SourceKind sniffSourceKind(const QByteArray &head)
{
    QByteArrayView bytes(head);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.startsWith("%PDF-"))
        return SourceKind::Pdf;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return SourceKind::Package;
    const QByteArrayView trimmed = bytes.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return SourceKind::Draft;
    // RFC 5322: the message starts with a header field, "Name: value" (printable ASCII but ':').
    qsizetype i = 0;
    while (i < bytes.size() && bytes[i] > 0x20 && bytes[i] < 0x7f && bytes[i] != ':')
        ++i;
    if (i > 0 && i < bytes.size() && bytes[i] == ':')
        return SourceKind::Email;
    return SourceKind::Draft; // parseDraft says what is wrong with it
}

QByteArray serializeDraft(const Draft &draft)
{
    return QJsonDocument(draft.json()).toJson(QJsonDocument::Indented);
}

SaveResult saveDraftFile(const Draft &draft, const QString &path)
{
    const auto failed = [&](const QString &reason) {
        return SaveResult{
            false,
            {QStringLiteral("无法保存到 %1：%2。原文件未改动。").arg(path, reason),
             QStringLiteral("Could not save to %1: %2. The previous file is unchanged.").arg(path, reason)}};
    };
    // The draft holds ID and phone numbers: owner-only.
    QString reason;
    if (!writeFileAtomically(path, serializeDraft(draft), QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                             &reason))
        return failed(reason);
    return SaveResult{true, {}};
}

} // namespace nbapply

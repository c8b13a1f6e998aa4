#include "checkedoutput.h"

#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "output.h"

#include <QJsonArray>

namespace nbapply::cli
{

namespace
{

QString sourceName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Draft:
        return QStringLiteral("draft");
    case SourceKind::Pdf:
        return QStringLiteral("pdf");
    case SourceKind::Package:
        return QStringLiteral("package");
    case SourceKind::Email:
        return QStringLiteral("email");
    }
    return {};
}

BilingualText sourceText(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Draft:
        return {QStringLiteral("草稿文件"), QStringLiteral("draft file")};
    case SourceKind::Pdf:
        return {QStringLiteral("nbapply 导出的 PDF"), QStringLiteral("PDF exported by nbapply")};
    case SourceKind::Package:
        return {QStringLiteral("nbapply 申请包（ZIP）"), QStringLiteral("nbapply package (ZIP)")};
    case SourceKind::Email:
        return {QStringLiteral("nbapply 邮件草稿（.eml）"), QStringLiteral("nbapply e-mail draft (.eml)")};
    }
    return {};
}

QString pagesName(PagesCompared pages)
{
    switch (pages) {
    case PagesCompared::None:
        return QStringLiteral("none");
    case PagesCompared::Exact:
        return QStringLiteral("exact");
    case PagesCompared::Text:
        return QStringLiteral("text");
    }
    return {};
}

BilingualText pagesText(const ReceivedCheck &received)
{
    switch (received.pages) {
    case PagesCompared::None:
        return {};
    case PagesCompared::Exact:
        return {QStringLiteral("已按附带数据重新生成并逐页比对，完全一致"),
                QStringLiteral("re-derived from the data it carries and compared page by page: identical")};
    case PagesCompared::Text:
        return {
            QStringLiteral("由 %1 生成，仅比对了页面文字，文字一致")
                .arg(received.producer.isEmpty() ? QStringLiteral("较早版本的 nbapply") : received.producer),
            QStringLiteral("made by %1: only the pages' text was compared, and it matches")
                .arg(received.producer.isEmpty() ? QStringLiteral("an earlier nbapply") : received.producer)};
    }
    return {};
}

QString verdictName(DocumentVerification verification)
{
    switch (verification) {
    case DocumentVerification::NotReceived:
        return QStringLiteral("local");
    case DocumentVerification::Verified:
        return QStringLiteral("verified");
    case DocumentVerification::Differs:
        return QStringLiteral("differs");
    case DocumentVerification::NotEnclosed:
        return QStringLiteral("not-enclosed");
    }
    return {};
}

BilingualText verdictText(const CheckedDocument &document)
{
    switch (document.verification) {
    case DocumentVerification::NotReceived:
        return document.isAttached() ? BilingualText{QStringLiteral("可读取"), QStringLiteral("readable")}
                                     : BilingualText{QStringLiteral("不可用"), QStringLiteral("not usable")};
    case DocumentVerification::Verified:
        return {QStringLiteral("SHA-256 已核对一致"), QStringLiteral("SHA-256 verified")};
    case DocumentVerification::Differs:
        return {QStringLiteral("与所列文件不符"), QStringLiteral("differs from the listed file")};
    case DocumentVerification::NotEnclosed:
        return {QStringLiteral("未随附"), QStringLiteral("not enclosed")};
    }
    return {};
}

} // namespace

void printWhatWasChecked(const DraftLoadResult &loaded, const CheckedApplication &checked, Language language)
{
    const bool zh = language == Language::Chinese;
    printErr((zh ? QStringLiteral("文件\t") : QStringLiteral("file\t")) +
             sourceText(loaded.source).in(language) + u'\n');
    printErr((zh ? QStringLiteral("数据指纹\t") : QStringLiteral("fingerprint\t")) +
             (loaded.received ? loaded.received->fingerprint : checked.fingerprint()) + u'\n');
    if (loaded.received && loaded.received->pages != PagesCompared::None)
        printErr((zh ? QStringLiteral("页面\t") : QStringLiteral("pages\t")) +
                 pagesText(*loaded.received).in(language) + u'\n');
    for (const CheckedDocument &document : checked.documents()) {
        QString line = (zh ? QStringLiteral("材料\t") : QStringLiteral("document\t")) +
                       sanitizedForLine(document.label.in(language)) + u'\t' +
                       sanitizedForLine(document.fileName) + u'\t' + verdictText(document).in(language);
        if (!document.sha256.isEmpty())
            line += QStringLiteral("\tSHA-256 ") + QString::fromLatin1(document.sha256);
        printErr(line + u'\n');
    }
}

QJsonObject whatWasCheckedJson(const DraftLoadResult &loaded, const CheckedApplication &checked)
{
    QJsonArray documents;
    for (const CheckedDocument &document : checked.documents())
        documents.append(
            QJsonObject{{QStringLiteral("kind"), document.ref.kind},
                        {QStringLiteral("name"), document.fileName},
                        {QStringLiteral("size"), double(document.sha256.isEmpty() ? -1 : document.size)},
                        {QStringLiteral("sha256"), QString::fromLatin1(document.sha256)},
                        {QStringLiteral("verdict"), verdictName(document.verification)}});
    return {
        {QStringLiteral("source"), sourceName(loaded.source)},
        {QStringLiteral("fingerprint"),
         loaded.received ? loaded.received->fingerprint : checked.fingerprint()},
        {QStringLiteral("pages"), pagesName(loaded.received ? loaded.received->pages : PagesCompared::None)},
        {QStringLiteral("producer"), loaded.received ? loaded.received->producer : QString()},
        {QStringLiteral("documents"), documents}};
}

} // namespace nbapply::cli

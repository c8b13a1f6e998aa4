#include "documentinspector.h"

#include <QFileInfo>
#include <QLocale>

namespace nbapply
{

namespace
{

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

DocumentInspector &installed()
{
    static DocumentInspector inspector = [](const DocumentContent &content) {
        return checkDocumentSize(content);
    };
    return inspector;
}

} // namespace

Problems checkDocumentSize(const DocumentContent &content, qint64 mailLimit)
{
    const qint64 limit = mailLimit < 0 ? kMailboxAttachmentLimit : mailLimit;
    if (content.size <= limit)
        return {};
    Problem problem;
    problem.severity = Severity::Warning;
    problem.code = QStringLiteral("document.too-large-for-mail");
    problem.field = QStringLiteral("documents");
    problem.message = {
        QStringLiteral("材料“%1”的文件“%2”有 %3 MB，超过邮箱单封邮件约 %4 MB 的附件上限。请以较低分辨率"
                       "（150–300 dpi）重新扫描，或另行发送这份文件。")
            .arg(content.label.zh, content.fileName, megabytes(content.size), megabytes(limit)),
        QStringLiteral("The file “%2” of the document “%1” is %3 MB, more than the %4 MB one message "
                       "can carry. Scan it again at a lower resolution (150–300 dpi), or send it "
                       "separately.")
            .arg(content.label.en, content.fileName, megabytes(content.size), megabytes(limit))};
    return {problem};
}

bool mayBeImage(const DocumentContent &content)
{
    if (content.mimeType.startsWith(QLatin1String("image/")))
        return true;
    const QString suffix = QFileInfo(content.fileName).suffix().toLower();
    return suffix == u"png" || suffix == u"jpg" || suffix == u"jpeg";
}

void installDocumentInspector(DocumentInspector inspector)
{
    installed() = std::move(inspector);
}

const DocumentInspector &installedDocumentInspector()
{
    return installed();
}

} // namespace nbapply

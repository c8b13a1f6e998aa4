#include "emlparser.h"

#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

namespace nbapply::test
{

QJsonObject parseEml(const QByteArray &message)
{
    QTemporaryFile file;
    file.setFileTemplate(QStringLiteral("nbapply-mail-XXXXXX.eml"));
    if (!file.open() || file.write(message) != message.size() || !file.flush())
        return {{QStringLiteral("error"), QStringLiteral("cannot write the temporary .eml")}};
    QProcess python;
    python.start(QStringLiteral(NBAPPLY_SYSTEM_PYTHON),
                 {sourcePath(QStringLiteral("tests/core/mail/parse_eml.py")), file.fileName()});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(python.readAllStandardError())}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{QStringLiteral("error"), parseError.errorString()}};
    return document.object();
}

QStringList headerNames(const QJsonObject &report)
{
    QStringList names;
    for (const QJsonValue &header : report.value(QStringLiteral("headers")).toArray())
        names.append(header.toArray().at(0).toString());
    return names;
}

QString headerValue(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &header : report.value(QStringLiteral("headers")).toArray())
        if (header.toArray().at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return header.toArray().at(1).toString();
    return {};
}

} // namespace nbapply::test

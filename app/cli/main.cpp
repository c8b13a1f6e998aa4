// nbapply: the command line, and the launcher of the desktop wizard. This executable links Qt Core
// and the core library only, so subcommands start fast and never touch a display (the scan checks,
// which need Qt Gui's image readers, are loaded when a draft has an image); without a subcommand it
// replaces itself with nbapply-gui, installed beside it.
#include "commands.h"
#include "output.h"
#include "scanloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nbapply"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NBAPPLY_VERSION));

    QList<QByteArray> raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QByteArray(argv[i]));
    if (const std::optional<QString> bad = nbapply::cli::undecodableArgument(raw)) {
        nbapply::cli::printErr(
            QStringLiteral("nbapply: the argument \"%1\" is not valid UTF-8, the file-name encoding nbapply "
                           "uses; it would name a different file. Rename the file (e.g. convmv -f GBK -t "
                           "UTF-8) and try again.\n"
                           "nbapply：参数“%1”不是有效的 UTF-8 文件名，会被误读为另一个文件。请先把文件改名为 "
                           "UTF-8 编码（例如 convmv -f GBK -t UTF-8）再试。\n")
                .arg(*bad));
        return nbapply::cli::ExitUsage;
    }
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (nbapply::cli::isCommandLineInvocation(arguments)) {
        // validate and export judge a damaged or coarse scan as the wizard does.
        nbapply::cli::installScanChecksOnDemand();
        return nbapply::cli::run(arguments);
    }

    const QString gui = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("nbapply-gui"));
    if (!QFileInfo(gui).isExecutable()) {
        nbapply::cli::printErr(
            QStringLiteral("nbapply: the desktop wizard (%1) is not installed.\n"
                           "nbapply：未安装桌面向导。Run `nbapply --help` for the command line.\n")
                .arg(gui));
        return nbapply::cli::ExitUsage;
    }
    std::vector<char *> guiArgv(argv, argv + argc);
    const QByteArray guiPath = QFile::encodeName(gui);
    guiArgv[0] = const_cast<char *>(guiPath.constData());
    guiArgv.push_back(nullptr);
    ::execv(guiPath.constData(), guiArgv.data());
    nbapply::cli::printErr(QStringLiteral("nbapply: could not start %1\n").arg(gui));
    return nbapply::cli::ExitUsage;
}

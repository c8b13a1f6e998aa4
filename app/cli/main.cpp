// nbapply: the command line, and the launcher of the desktop wizard. This executable links Qt Core
// and the core library only, so subcommands start fast and never touch a display; without a
// subcommand it replaces itself with nbapply-gui, installed beside it.
#include "commands.h"
#include "output.h"

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

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (nbapply::cli::isCommandLineInvocation(arguments))
        return nbapply::cli::run(arguments);

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

// nbapply-gui: the desktop wizard. Everything lives in the nbapply_gui library; this file reads the
// command line, sets up the application (name, icon, font, language) and shows the main window.
#include "accessibility.h"
#include "form/formdefinition.h"
#include "mainwindow.h"
#include "quitsignals.h"
#include "receivedfolders.h"
#include "review/startupprobe.h" // bench/startup: hidden --bench-* options
#include "scan/scancheck.h"
#include "screenshot.h"
#include "uifont.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace
{

// Without a display Qt would abort with a message about platform plugins; say what to do instead.
bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char **argv)
{
    if (!haveDisplay()) {
        std::fputs(
            "nbapply-gui：没有可用的图形显示。命令行用法见 `nbapply --help`。\n"
            "nbapply-gui: no graphical display is available. See `nbapply --help` for the command line.\n",
            stderr);
        return 2;
    }
    // QtWebEngine reads this once, when it starts: without it Review's document has no accessible
    // objects on Linux (a screen reader finds it empty). Set before QApplication, never overridden.
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    QApplication app(argc, argv);
    // Every check of the application (each page, Review, the Export page) judges scans alike.
    nbapply::installScanChecks();
    QApplication::setApplicationName(QStringLiteral("nbapply"));
    QApplication::setOrganizationName(QStringLiteral("nbapply"));
    QApplication::setApplicationVersion(QStringLiteral(NBAPPLY_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(NBAPPLY_APP_ID));
    const QString icon = QFile::exists(QStringLiteral(":/icons/nbapply.svg"))
                             ? QStringLiteral(":/icons/nbapply.svg")
                             : QStringLiteral(":/gui/wizard-logo.svg");
    QApplication::setWindowIcon(QIcon(icon));
    nbapply::gui::useUiFont();
    // Readable placeholder text and a visible focus ring (docs/accessibility.md).
    nbapply::gui::a11y::applyAccessibleLook();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption language(QStringLiteral("language"), QStringLiteral("UI language: zh_CN or en."),
                                QStringLiteral("code"));
    QCommandLineOption open(QStringLiteral("open"),
                            QStringLiteral("Open a draft, a package, an nbapply PDF or e-mail."),
                            QStringLiteral("file"));
    QCommandLineOption shotPage(QStringLiteral("screenshot-page"), QStringLiteral("Page to grab."),
                                QStringLiteral("n"));
    QCommandLineOption shotOut(QStringLiteral("screenshot-out"), QStringLiteral("PNG to write."),
                               QStringLiteral("file"));
    QCommandLineOption shotSize(QStringLiteral("screenshot-size"), QStringLiteral("Window size, WxH."),
                                QStringLiteral("size"));
    QCommandLineOption shotCompare(QStringLiteral("screenshot-compare"),
                                   QStringLiteral("File to compare with."), QStringLiteral("file"));
    shotPage.setFlags(QCommandLineOption::HiddenFromHelp);
    shotOut.setFlags(QCommandLineOption::HiddenFromHelp);
    shotSize.setFlags(QCommandLineOption::HiddenFromHelp);
    shotCompare.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({language, open, shotPage, shotOut, shotSize, shotCompare});
    parser.addOptions(nbapply::gui::startupProbeOptions());
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A draft, a package, an nbapply PDF or e-mail to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    using namespace nbapply::gui;
    // A kill ends the window like Quit (destructors run: the extracted documents of a received file go),
    // and what a killed (-9) instance extracted is swept now.
    quitOnTerminationSignals();
    sweepReceivedFolders(QDir::tempPath());

    QSettings settings;
    const auto chosen =
        languageFromCode(parser.isSet(language) ? parser.value(language)
                                                : settings.value(QStringLiteral("language")).toString());
    setUiLanguage(chosen.value_or(systemLanguage()));

    // Only Welcome is built before the window shows; the other pages follow once it has been painted.
    MainWindow window(nbapply::FormDefinition::builtin(), nullptr, MainWindow::PageBuilding::FirstPageFirst);
    window.show();
    installStartupProbe(window.wizard(), parser);

    QString toOpen = parser.value(open);
    if (toOpen.isEmpty() && !parser.positionalArguments().isEmpty())
        toOpen = parser.positionalArguments().constFirst();
    if (parser.isSet(shotPage)) {
        const QStringList size = parser.value(shotSize).split(u'x');
        ScreenshotRequest request;
        request.page = parser.value(shotPage).toInt();
        request.openPath = toOpen;
        request.outPath = parser.value(shotOut);
        request.compareWith = parser.value(shotCompare);
        if (size.size() == 2)
            request.size = QSize(size[0].toInt(), size[1].toInt());
        scheduleScreenshot(&window, request);
    } else {
        QTimer::singleShot(0, &window, [&window, toOpen] {
            if (!toOpen.isEmpty())
                window.openFile(toOpen);
            else
                window.offerRecovery();
        });
    }
    const int result = QApplication::exec();
    settings.setValue(QStringLiteral("language"), languageCode(uiLanguage()));
    return result;
}

// nbapply-bench [--runs N] [DRAFT]
// Times, as whole processes (what a user waits for), `nbapply export DRAFT --pdf-only` against a
// small QtWebEngine program that prints the same application (the review page's HTML) with
// QWebEnginePage::printToPdf; prints medians, sizes and their ratios, and the in-process export time.
// nbapply's wall time includes the fdatasync with which QSaveFile makes the PDF durable (5-20 ms on
// this project's VMs); the QtWebEngine program writes its file without one. CPU time is not compared:
// QtWebEngine's helper processes are not children it waits for, so getrusage would undercount them.
// `nbapply-bench webengine-child DRAFT OUT.pdf` is that QtWebEngine program.
#include "application/checkedapplication.h"
#include "common/exportclock.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "pdf/pdfexporter.h"
#include "received/receivedfile.h"
#include "review/reviewhtml.h"
#include "scan/scancheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>

#include <algorithm>
#include <cstdio>

using namespace nbapply;

namespace
{

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1")); // root in CI
    environment.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--disable-gpu"));
    environment.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1795680000"));
    return environment;
}

// Wall time of one process in milliseconds, or -1 when it failed.
double timeProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

int webEngineChild(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const DraftLoadResult loaded = loadDraftFile(args.at(2));
    if (!loaded.ok())
        return 2;
    const QString html = renderReviewHtml(
        CheckedApplication::check(FormDefinition::builtin(), *loaded.draft, ValidationContext{}),
        Language::Chinese);
    QWebEnginePage page;
    int status = 1;
    QObject::connect(&page, &QWebEnginePage::loadFinished, [&](bool ok) {
        if (!ok)
            return app.exit(1);
        page.printToPdf(args.at(3), QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                                QMarginsF(15, 15, 15, 15)));
    });
    QObject::connect(&page, &QWebEnginePage::pdfPrintingFinished, [&](const QString &, bool ok) {
        status = ok ? 0 : 1;
        app.exit(status);
    });
    page.setHtml(html, QUrl(QStringLiteral("about:blank")));
    QTimer::singleShot(60000, &app, [&] { app.exit(3); });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "webengine-child") == 0)
        return webEngineChild(argc, argv);

    QCoreApplication app(argc, argv);
    // As the wizard and the command line do: the per-keystroke check includes the scan checks.
    installScanChecks();
    QStringList args = app.arguments().mid(1);
    int runs = 7;
    if (args.size() >= 2 && args.first() == QStringLiteral("--runs")) {
        runs = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    const QString draftPath =
        args.isEmpty() ? QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json") : args.first();
    const DraftLoadResult loaded = loadDraftFile(draftPath);
    if (!loaded.ok()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(draftPath));
        return 2;
    }
    QTemporaryDir dir;
    const QString cli = QStringLiteral(NBAPPLY_CLI_PATH);
    const QString webPdf = dir.filePath(QStringLiteral("webengine.pdf"));

    QList<double> inProcess;
    PdfExportResult pdf;
    for (int i = 0; i < std::max(runs, 10); ++i) {
        QElapsedTimer timer;
        timer.start();
        pdf = renderApplicationPdf(FormDefinition::builtin(), *loaded.draft);
        inProcess << timer.nsecsElapsed() / 1e6;
        if (!pdf.ok) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(pdf.error.en));
            return 1;
        }
    }

    // What the wizard pays per keystroke: checking the application once (normalise, validate, the
    // documents' files, display texts), with the font coverage the GUI holds for the session.
    QList<double> checks;
    ValidationContext context;
    context.draftFolder = QFileInfo(draftPath).absolutePath();
    context.canPrint = printableCharacters();
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CheckedApplication checked =
            CheckedApplication::check(FormDefinition::builtin(), *loaded.draft, context);
        checks << timer.nsecsElapsed() / 1e6;
        if (checked.fields().isEmpty())
            return 1;
    }

    QList<double> cliTimes, webTimes, fullTimes;
    // Every run exports into the same folder: --force replaces the previous run's files, as a user
    // exporting again does (without it nbapply export refuses to replace anything).
    for (int i = 0; i < runs; ++i) {
        const double c =
            timeProcess(cli, {QStringLiteral("export"), draftPath, QStringLiteral("--out"), dir.path(),
                              QStringLiteral("--pdf-only"), QStringLiteral("--force")});
        const double f = timeProcess(cli, {QStringLiteral("export"), draftPath, QStringLiteral("--out"),
                                           dir.path(), QStringLiteral("--force")});
        fullTimes << f;
        const double w = timeProcess(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("webengine-child"), draftPath, webPdf});
        if (c < 0 || w < 0 || f < 0)
            return 1;
        cliTimes << c;
        webTimes << w;
    }
    const qint64 webSize = QFileInfo(webPdf).size();
    const double cliMedian = median(cliTimes), webMedian = median(webTimes);
    QTextStream out(stdout);
    out << "draft: " << QFileInfo(draftPath).fileName() << ", " << runs << " runs each (medians)\n";
    out << QStringLiteral("nbapply export (whole process):     %1 ms, PDF %2 KB, %3 pages\n")
               .arg(cliMedian, 0, 'f', 1)
               .arg(pdf.pdf.size() / 1024.0, 0, 'f', 1)
               .arg(pdf.pageCount);
    out << QStringLiteral("  of which renderApplicationPdf:    %1 ms (in process)\n")
               .arg(median(inProcess), 0, 'f', 1);
    out << QStringLiteral("nbapply export PDF + e-mail:        %1 ms (whole process)\n")
               .arg(median(fullTimes), 0, 'f', 1);
    out << QStringLiteral("CheckedApplication::check:          %1 ms (in process, median of 200)\n")
               .arg(median(checks), 0, 'f', 2);
    out << QStringLiteral("QtWebEngine printToPdf (process):   %1 ms, PDF %2 KB\n")
               .arg(webMedian, 0, 'f', 1)
               .arg(webSize / 1024.0, 0, 'f', 1);
    out << QStringLiteral("speed-up: %1x, size ratio: %2x smaller\n")
               .arg(webMedian / cliMedian, 0, 'f', 1)
               .arg(double(webSize) / pdf.pdf.size(), 0, 'f', 1);
    const bool goals = webMedian / cliMedian >= 10 && pdf.pdf.size() < 100 * 1024;
    out << (goals ? "goals met (>= 10x faster, < 100 KB)\n" : "goals NOT met (>= 10x faster, < 100 KB)\n");
    return 0;
}

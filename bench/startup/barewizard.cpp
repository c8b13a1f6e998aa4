// The peer of nbapply-gui in bench_startup (issue 21): a bare Qt QWizard with one page of ten labelled
// line edits, what any small Qt Widgets application costs to show its first window. It reports like
// nbapply-gui's --bench-quit-after-first-page (app/gui/review/startupprobe.cpp): once the page has
// painted, "nbapply-bench: first-page VmHWM=…" on standard error, then it quits.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

#include <cstdio>
#include <cstdlib>

namespace
{

QByteArray peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed();
    return "unknown";
}

class FirstPaint : public QObject
{
  protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, [] {
                std::fprintf(stderr, "nbapply-bench: first-page VmHWM=%s\n", peakRss().constData());
                std::fflush(stderr);
                // startup_bench.py --callgrind counts the instructions to here (startupprobe.cpp too).
                if (qEnvironmentVariableIsSet("NBAPPLY_BENCH_EXIT_AT_FIRST_PAGE"))
                    std::_Exit(0);
                QApplication::exit(0);
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Bare wizard"));
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Applicant"));
    auto *form = new QFormLayout(page);
    for (int i = 1; i <= 10; ++i)
        form->addRow(QStringLiteral("Field %1").arg(i), new QLineEdit);
    wizard.addPage(page);
    FirstPaint watcher;
    page->installEventFilter(&watcher);
    wizard.show();
    return QApplication::exec();
}

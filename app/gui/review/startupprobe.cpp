#include "startupprobe.h"

#include "reviewpage.h"
#include "wizard/applicationwizard.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace nbapply::gui
{

namespace
{

const QString kQuitAfterFirstPage = QStringLiteral("bench-quit-after-first-page");
const QString kOpenReview = QStringLiteral("bench-open-review");
const QString kCloseReview = QStringLiteral("bench-close-review");

// After the view is gone, time for its renderer process to end before the memory is read.
constexpr int kSettleAfterCloseMs = 1000;

// A line of /proc/self/status: VmHWM, the peak resident set of this process so far; VmRSS, the current.
QByteArray statusValue(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith(key))
                return line.mid(qstrlen(key)).trimmed();
    return "unknown";
}

// Whether QtWebEngine or an OpenGL driver is mapped (the wizard starts without them, issue 21).
const char *heavyMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return "unknown";
    const QByteArray all = maps.readAll();
    for (const char *name : {"libQt6WebEngine", "libQt6Quick", "libGLX_mesa", "libEGL_mesa", "libLLVM"})
        if (all.contains(name))
            return "yes";
    return "no";
}

void report(const char *milestone)
{
    std::fprintf(stderr, "nbapply-bench: %s VmHWM=%s VmRSS=%s webengine-or-gl-mapped=%s\n", milestone,
                 statusValue("VmHWM:").constData(), statusValue("VmRSS:").constData(), heavyMapped());
    std::fflush(stderr);
}

// Waits for the first paint of the first page, then reports (and goes on to Review when asked).
class FirstPaintWatcher : public QObject
{
  public:
    FirstPaintWatcher(ApplicationWizard *wizard, bool openReview, bool closeReview)
        : QObject(wizard), m_wizard(wizard), m_openReview(openReview || closeReview),
          m_closeReview(closeReview)
    {
        wizard->currentPage()->installEventFilter(this);
    }

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            // After the paint has been delivered, not before it.
            QTimer::singleShot(0, this, [this] { firstPageShown(); });
        }
        return false;
    }

  private:
    void firstPageShown()
    {
        report("first-page");
        // bench/startup's instruction count ends here, as the bare wizard's does: not the quitting,
        // nor the pages built after the first paint.
        if (!m_openReview && qEnvironmentVariableIsSet("NBAPPLY_BENCH_EXIT_AT_FIRST_PAGE"))
            std::_Exit(0);
        if (m_openReview)
            m_wizard->buildAllPages();
        auto *review = qobject_cast<ReviewPage *>(m_wizard->page(Review));
        if (!m_openReview || !review) {
            QApplication::exit(m_openReview ? 1 : 0);
            return;
        }
        connect(review, &ReviewPage::reviewLoaded, this, [this, review](bool ok) {
            if (m_loaded)
                return;
            m_loaded = true;
            report("review-loaded");
            if (!ok || !m_closeReview) {
                QApplication::exit(ok ? 0 : 1);
                return;
            }
            // Leave Review as a user does, then wait until its view is gone and its renderer has ended.
            m_wizard->back();
            auto *poll = new QTimer(this);
            connect(poll, &QTimer::timeout, this, [poll, review] {
                if (review->view())
                    return;
                poll->stop();
                QTimer::singleShot(kSettleAfterCloseMs, [] {
                    report("review-closed");
                    QApplication::exit(0);
                });
            });
            poll->start(50);
        });
        m_wizard->setCurrentId(Review);
        if (m_wizard->currentId() != Review)
            QApplication::exit(1);
    }

    ApplicationWizard *m_wizard;
    bool m_openReview;
    bool m_closeReview;
    bool m_seen = false;
    bool m_loaded = false;
};

} // namespace

QList<QCommandLineOption> startupProbeOptions()
{
    QCommandLineOption quit(kQuitAfterFirstPage,
                            QStringLiteral("Benchmark: quit once the first page is shown."));
    QCommandLineOption review(kOpenReview, QStringLiteral("Benchmark: open the Review page, then quit."));
    quit.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption close(kCloseReview,
                             QStringLiteral("Benchmark: open the Review page, leave it again, then quit."));
    review.setFlags(QCommandLineOption::HiddenFromHelp);
    close.setFlags(QCommandLineOption::HiddenFromHelp);
    return {quit, review, close};
}

void installStartupProbe(ApplicationWizard *wizard, const QCommandLineParser &parser)
{
    const bool openReview = parser.isSet(kOpenReview);
    const bool closeReview = parser.isSet(kCloseReview);
    if (openReview || closeReview || parser.isSet(kQuitAfterFirstPage))
        new FirstPaintWatcher(wizard, openReview, closeReview);
}

} // namespace nbapply::gui

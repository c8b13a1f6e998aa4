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

namespace nbapply::gui
{

namespace
{

const QString kQuitAfterFirstPage = QStringLiteral("bench-quit-after-first-page");
const QString kOpenReview = QStringLiteral("bench-open-review");

// VmHWM: the peak resident set of this process so far.
QByteArray peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed();
    return "unknown";
}

void report(const char *milestone)
{
    std::fprintf(stderr, "nbapply-bench: %s VmHWM=%s\n", milestone, peakRss().constData());
    std::fflush(stderr);
}

// Waits for the first paint of the first page, then reports (and goes on to Review when asked).
class FirstPaintWatcher : public QObject
{
  public:
    FirstPaintWatcher(ApplicationWizard *wizard, bool openReview)
        : QObject(wizard), m_wizard(wizard), m_openReview(openReview)
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
        auto *review = qobject_cast<ReviewPage *>(m_wizard->page(Review));
        if (!m_openReview || !review) {
            QApplication::exit(m_openReview ? 1 : 0);
            return;
        }
        connect(review, &ReviewPage::reviewLoaded, this, [](bool ok) {
            report("review-loaded");
            QApplication::exit(ok ? 0 : 1);
        });
        m_wizard->setCurrentId(Review);
        if (m_wizard->currentId() != Review)
            QApplication::exit(1);
    }

    ApplicationWizard *m_wizard;
    bool m_openReview;
    bool m_seen = false;
};

} // namespace

QList<QCommandLineOption> startupProbeOptions()
{
    QCommandLineOption quit(kQuitAfterFirstPage,
                            QStringLiteral("Benchmark: quit once the first page is shown."));
    QCommandLineOption review(kOpenReview, QStringLiteral("Benchmark: open the Review page, then quit."));
    quit.setFlags(QCommandLineOption::HiddenFromHelp);
    review.setFlags(QCommandLineOption::HiddenFromHelp);
    return {quit, review};
}

void installStartupProbe(ApplicationWizard *wizard, const QCommandLineParser &parser)
{
    const bool openReview = parser.isSet(kOpenReview);
    if (openReview || parser.isSet(kQuitAfterFirstPage))
        new FirstPaintWatcher(wizard, openReview);
}

} // namespace nbapply::gui

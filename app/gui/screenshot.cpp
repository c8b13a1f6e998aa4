#include "screenshot.h"

#include "draftsession.h"
#include "mainwindow.h"
#include "wizard/applicationwizard.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace nbapply::gui
{

void scheduleScreenshot(MainWindow *window, const ScreenshotRequest &request)
{
    QTimer::singleShot(0, window, [window, request] {
        if (!request.openPath.isEmpty() && !window->openFile(request.openPath)) {
            std::fprintf(stderr, "nbapply-gui: could not open the draft for the screenshot\n");
            QApplication::exit(1);
            return;
        }
        ApplicationWizard *wizard = window->wizard();
        wizard->restartAtWelcome();
        while (wizard->currentId() < request.page) {
            const int before = wizard->currentId();
            wizard->next();
            if (wizard->currentId() == before)
                break;
        }
        // The Review page loads its web view after it opens: give it longer to paint.
        const int settle = request.settleMs + (request.page >= Review ? 1500 : 0);
        QTimer::singleShot(settle, window, [window, request] {
            const bool ok = window->grab().save(request.outPath, "PNG");
            if (!ok)
                std::fprintf(stderr, "nbapply-gui: could not write the screenshot\n");
            // A screenshot run must not leave a recovery file or ask about unsaved changes.
            window->session()->discardChanges();
            QApplication::exit(ok && window->wizard()->currentId() == request.page ? 0 : 1);
        });
    });
}

} // namespace nbapply::gui

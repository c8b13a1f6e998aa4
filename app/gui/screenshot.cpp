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
        if (request.size.isValid())
            window->resize(request.size);
        ApplicationWizard *wizard = window->wizard();
        wizard->restartAtWelcome();
        // By position, not id: the section pages are as many as the form has sections.
        while (wizard->stepOf(wizard->currentId()) - 1 < request.page) {
            const int before = wizard->currentId();
            wizard->next();
            if (wizard->currentId() == before)
                break;
        }
        // The Review page loads its web view after it opens: give it longer to paint.
        const int settle = request.settleMs + (wizard->currentId() >= Review ? 1500 : 0);
        QTimer::singleShot(settle, window, [window, request] {
            const bool ok = window->grab().save(request.outPath, "PNG");
            if (!ok)
                std::fprintf(stderr, "nbapply-gui: could not write the screenshot\n");
            // A screenshot run must not leave a recovery file or ask about unsaved changes.
            window->session()->discardChanges();
            ApplicationWizard *shown = window->wizard();
            QApplication::exit(ok && shown->stepOf(shown->currentId()) - 1 == request.page ? 0 : 1);
        });
    });
}

} // namespace nbapply::gui

#pragma once

#include <QSize>
#include <QString>

namespace nbapply::gui
{

class MainWindow;

// Hidden command-line mode for docs/screenshots.sh: open a draft, go to a page, wait for the event
// loop to settle, grab the real window to a PNG and quit.
struct ScreenshotRequest {
    int page = -1;    // the page's position in the wizard, 0 = Welcome; -1 = no screenshot
    QString openPath; // a draft or PDF to open first (optional)
    QString outPath;  // the PNG to write
    QSize size;       // the window's size when valid (Review's normalised values sit below the fold)
    int settleMs = 600;
};

// Schedules the screenshot; the application quits with 0 when the PNG is written, 1 otherwise.
void scheduleScreenshot(MainWindow *window, const ScreenshotRequest &request);

} // namespace nbapply::gui

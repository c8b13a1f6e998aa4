#pragma once

#include <QList>

class QCommandLineOption;
class QCommandLineParser;

namespace nbapply::gui
{

class ApplicationWizard;

// Hidden options for bench/startup/startup_bench.py:
//   --bench-quit-after-first-page  print "nbapply-bench: first-page" once the first wizard page has
//                                  painted, then the peak RSS, and quit;
//   --bench-open-review            the same, then open the Review page (QtWebEngine) and quit once it
//                                  has loaded ("nbapply-bench: review-loaded");
//   --bench-close-review           the same, then leave Review again and report once its view and
//                                  renderer are gone ("nbapply-bench: review-closed").
// Each line has the peak and current RSS and whether QtWebEngine or an OpenGL driver is mapped.
QList<QCommandLineOption> startupProbeOptions();
// Installs the probe when one of the options is set; does nothing otherwise.
void installStartupProbe(ApplicationWizard *wizard, const QCommandLineParser &parser);

} // namespace nbapply::gui

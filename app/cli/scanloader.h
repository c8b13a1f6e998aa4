#pragma once

// The scan checks for the command line, loaded on demand (app/core/scan/scanmodule.cpp).

namespace nbapply::cli
{

// Makes every ValidationContext created from now on check documents as the wizard does: the size by
// the core, and an image (mayBeImage) by the scan checks of libnbapply-scan.so, which is loaded the
// first time a draft has one — a command that meets no image never loads Qt Gui. The module is looked
// for beside the executable (the build tree) and in <libdir>/nbapply (installed). Without it, images are
// checked for their size only, and the first one met says so on standard error, once.
void installScanChecksOnDemand();

} // namespace nbapply::cli

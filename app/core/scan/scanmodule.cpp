// libnbapply-scan.so: the scan checks as a module the command line loads only when a draft has an image
// (app/cli/scanloader.cpp), so that `nbapply` itself does not link Qt Gui. One C entry point; the
// types are Qt Core's and the core's, which the program and the module share (same build).
#include "scancheck.h"

extern "C" __attribute__((visibility("default"))) void
nbapply_scan_inspect(const nbapply::DocumentContent *content, nbapply::Problems *problems)
{
    static const nbapply::DocumentInspector inspector = nbapply::scanDocumentInspector();
    *problems = inspector(*content);
}

#pragma once

// The structural PDF/A-3b check (tests/tools/check-pdfa.py, pikepdf), as the application, letter,
// report and signing tests run it.

#include "pdftools.h"
#include "testpaths.h"

namespace nbapply::test
{

// /usr/bin/python3 tests/tools/check-pdfa.py FILE: exit 0 and "PDF/A-3b structure: ok", or exit 1 and
// one problem a line.
inline ToolRun checkPdfA(const QString &pdfPath)
{
    return runTool(QStringLiteral(NBAPPLY_SYSTEM_PYTHON),
                   {sourcePath(QStringLiteral("tests/tools/check-pdfa.py")), pdfPath});
}

} // namespace nbapply::test

#include "scanloader.h"

#include "output.h"
#include "validation/documentinspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace nbapply::cli
{

namespace
{

using ScanFunction = void (*)(const DocumentContent *, Problems *);

ScanFunction loadScanModule()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("libnbapply-scan.so")),
                                     here.filePath(QStringLiteral(NBAPPLY_SCAN_MODULE_FROM_BIN))}) {
        if (!QFileInfo::exists(candidate))
            continue;
        QLibrary module(candidate);
        // Kept loaded until the process ends: its cache and Qt Gui's image plugins live there.
        module.setLoadHints(QLibrary::PreventUnloadHint);
        if (auto scan = reinterpret_cast<ScanFunction>(module.resolve("nbapply_scan_inspect")))
            return scan;
    }
    printErr(QStringLiteral(
        "nbapply：未安装扫描件检查模块（libnbapply-scan.so），图片只检查了大小，未检查是否损坏和"
        "分辨率。请重新安装 nbapply。\n"
        "nbapply: the scan checks (libnbapply-scan.so) are not installed: images were checked "
        "for their size only, not for damage or resolution. Reinstall nbapply.\n"));
    return nullptr;
}

Problems inspectOnDemand(const DocumentContent &content)
{
    if (!mayBeImage(content))
        return checkDocumentSize(content);
    // Loaded once, by the first check that meets an image (thread-safe initialisation).
    static const ScanFunction scan = loadScanModule();
    if (!scan)
        return checkDocumentSize(content);
    Problems problems;
    scan(&content, &problems);
    return problems;
}

} // namespace

void installScanChecksOnDemand()
{
    installDocumentInspector(inspectOnDemand);
}

} // namespace nbapply::cli

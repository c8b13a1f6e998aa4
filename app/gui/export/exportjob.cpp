#include "exportjob.h"

namespace nbapply::gui
{

ExportJob::ExportJob(const CheckedApplication &checked, const QString &outDir,
                     const ApplicationExportOptions &options, QObject *parent)
    : QThread(parent), m_checked(checked), m_outDir(outDir), m_options(options)
{
    setStackSize(kStackSize);
    setObjectName(QStringLiteral("nbapply-export"));
}

ExportJob::~ExportJob()
{
    // The files are written atomically; letting the export finish is the only way to leave neither
    // a half-done job nor a dangling thread when the window closes meanwhile.
    wait();
}

void ExportJob::run()
{
    m_result = exportApplication(m_checked, m_outDir, m_options);
}

} // namespace nbapply::gui

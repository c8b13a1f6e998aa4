#include "exportjob.h"

namespace nbapply::gui
{

ExportJob::ExportJob(const CheckedApplication &checked, const QString &outDir,
                     const ApplicationExportOptions &options, const QSet<QString> &privatePaths,
                     QObject *parent)
    : QThread(parent), m_checked(checked), m_outDir(outDir), m_options(options), m_privatePaths(privatePaths)
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
    if (!m_result.ok)
        return;
    QList<Enclosure> files = m_checked.enclosures();
    files.first().path = m_result.pdfPath; // the PDF exists now
    files.first().size = m_result.pdfBytes;
    m_attachments = copyPrivateAttachments(files, m_privatePaths, attachmentFolderFor(m_result.pdfPath));
}

} // namespace nbapply::gui

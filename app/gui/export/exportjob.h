#pragma once

#include "application/checkedapplication.h"
#include "attachmentcopies.h"
#include "export/applicationexport.h"

#include <QSet>
#include <QThread>

namespace nbapply::gui
{

// One export (exportApplication of a checked application: PDF and e-mail draft together) on its own thread,
// so the window stays responsive while libharu and the attachments work. The thread gets a 1 MiB stack:
// libharu keeps a 128 KiB buffer on it, and some platforms' default thread stacks are smaller than that.
// Start it with start(); finished() arrives on the thread that created the job; then read result().
// After a successful export the documents at `privatePaths` (in folders the user does not see:
// attachmentcopies.h) are copied beside the PDF; attachments() lists every file the e-mail carries as
// the user finds it.
class ExportJob : public QThread
{
    Q_OBJECT
  public:
    static constexpr uint kStackSize = 1024 * 1024;

    // The checked application is copied: the user may go on editing while the export runs.
    ExportJob(const CheckedApplication &checked, const QString &outDir,
              const ApplicationExportOptions &options, const QSet<QString> &privatePaths = {},
              QObject *parent = nullptr);
    ~ExportJob() override;

    QString outDir() const { return m_outDir; }
    const CheckedApplication &checked() const { return m_checked; }
    const ApplicationExportOptions &options() const { return m_options; }
    // Valid once finished() was emitted.
    const ApplicationExportResult &result() const { return m_result; }
    // Valid once finished() was emitted after a successful export: the enclosures (the PDF first, as
    // written), the private documents pointing at their copies beside it.
    const AttachmentCopies &attachments() const { return m_attachments; }

  protected:
    void run() override;

  private:
    const CheckedApplication m_checked;
    const QString m_outDir;
    const ApplicationExportOptions m_options;
    const QSet<QString> m_privatePaths;
    ApplicationExportResult m_result;
    AttachmentCopies m_attachments;
};

} // namespace nbapply::gui

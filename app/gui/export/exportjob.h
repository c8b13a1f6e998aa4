#pragma once

#include "draft/draft.h"
#include "export/applicationexport.h"

#include <QThread>

namespace nbapply
{
class FormDefinition;
}

namespace nbapply::gui
{

// One export (exportApplication: validate, PDF, e-mail draft) on its own thread, so the window stays
// responsive while libharu and the attachments work. The thread gets a 1 MiB stack: libharu keeps a
// 128 KiB buffer on it, and some platforms' default thread stacks are smaller than that.
// Start it with start(); finished() arrives on the thread that created the job; then read result().
class ExportJob : public QThread
{
    Q_OBJECT
  public:
    static constexpr uint kStackSize = 1024 * 1024;

    // The draft is copied: the user may go on editing while the export runs.
    ExportJob(const FormDefinition &form, const Draft &draft, const QString &outDir,
              const ApplicationExportOptions &options, QObject *parent = nullptr);
    ~ExportJob() override;

    QString outDir() const { return m_outDir; }
    const Draft &draft() const { return m_draft; }
    const ApplicationExportOptions &options() const { return m_options; }
    // Valid once finished() was emitted.
    const ApplicationExportResult &result() const { return m_result; }

  protected:
    void run() override;

  private:
    const FormDefinition &m_form;
    const Draft m_draft;
    const QString m_outDir;
    const ApplicationExportOptions m_options;
    ApplicationExportResult m_result;
};

} // namespace nbapply::gui

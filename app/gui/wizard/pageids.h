#pragma once

namespace nbapply::gui
{

// The wizard's pages, in order. Review and Export are built by the review/export engineer:
//   app/gui/review/reviewpage.h: class nbapply::gui::ReviewPage : public QWizardPage
//       ReviewPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);
//       signal editFieldRequested(const QString &fieldPath) -> the wizard jumps to the page of
//       that field ("documents" for the Documents page) and focuses its editor.
//   app/gui/export/exportpage.h: class nbapply::gui::ExportPage : public QWizardPage
//       ExportPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);
enum PageId : int {
    Welcome,
    Applicant,
    Representative,
    Plan,
    Documents,
    Review,
    Export,
};

} // namespace nbapply::gui

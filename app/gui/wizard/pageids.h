#pragma once

namespace nbapply::gui
{

// The wizard's page ids, in order. The form's sections get one SectionPage each, numbered from
// FirstSection in the form's order (ApplicationWizard::sectionPageId()); the fixed pages after them
// leave room for any number of sections. Review and Export are built by the review/export engineer:
//   app/gui/review/reviewpage.h: class nbapply::gui::ReviewPage : public QWizardPage
//       ReviewPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);
//       signal editFieldRequested(const QString &fieldPath) -> the wizard jumps to the page of
//       that field ("documents" or "documents.<kind>" for the Documents page) and focuses its editor.
//   app/gui/export/exportpage.h: class nbapply::gui::ExportPage : public QWizardPage
//       ExportPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);
enum PageId : int {
    Welcome = 0,
    FirstSection = 1,
    Documents = 100,
    Review,
    Export,
};

} // namespace nbapply::gui

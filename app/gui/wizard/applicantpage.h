#pragma once

#include "sectionpage.h"

namespace nbapply::gui
{

// The form's "applicant" section as a wizard page.
class ApplicantPage : public SectionPage
{
    Q_OBJECT
  public:
    ApplicantPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);

  protected:
    QString subTitleText() const override;
};

} // namespace nbapply::gui

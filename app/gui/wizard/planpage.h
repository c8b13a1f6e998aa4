#pragma once

#include "sectionpage.h"

namespace nbapply::gui
{

// The form's "plan" section as a wizard page.
class PlanPage : public SectionPage
{
    Q_OBJECT
  public:
    PlanPage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);

  protected:
    QString subTitleText() const override;
};

} // namespace nbapply::gui

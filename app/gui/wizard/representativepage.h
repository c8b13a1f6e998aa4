#pragma once

#include "sectionpage.h"

namespace nbapply::gui
{

// The form's "representative" section as a wizard page.
class RepresentativePage : public SectionPage
{
    Q_OBJECT
  public:
    RepresentativePage(const FormDefinition &form, DraftSession *session, QWidget *parent = nullptr);

  protected:
    QString subTitleText() const override;
};

} // namespace nbapply::gui

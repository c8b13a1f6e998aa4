#include "planpage.h"

namespace nbapply::gui
{

PlanPage::PlanPage(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : SectionPage(form, session, QStringLiteral("plan"), parent)
{
    retranslateUi();
}

QString PlanPage::subTitleText() const
{
    return tr("How the licensed models will be used commercially. The licensor decides on the basis of these "
              "answers: be specific.");
}

} // namespace nbapply::gui

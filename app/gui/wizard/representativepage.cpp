#include "representativepage.h"

namespace nbapply::gui
{

RepresentativePage::RepresentativePage(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : SectionPage(form, session, QStringLiteral("representative"), parent)
{
    retranslateUi();
}

QString RepresentativePage::subTitleText() const
{
    return tr("The person who acts for the applicant and whom the licensor will contact. The e-mail address "
              "and telephone number must reach this person.");
}

} // namespace nbapply::gui

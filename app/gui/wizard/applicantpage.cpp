#include "applicantpage.h"

namespace nbapply::gui
{

ApplicantPage::ApplicantPage(const FormDefinition &form, DraftSession *session, QWidget *parent)
    : SectionPage(form, session, QStringLiteral("applicant"), parent)
{
    retranslateUi();
}

QString ApplicantPage::subTitleText() const
{
    return tr("Who is applying: choose a legal person or other organisation, or a natural person, then give "
              "the details exactly as on the registration or identity document.");
}

} // namespace nbapply::gui

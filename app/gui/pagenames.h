#pragma once

#include <QString>

namespace nbapply::gui
{

class ApplicationWizard;

// The wizard's pages by stable names, for what outlives the process (the page kept with a recovery,
// Autosaver::setCurrentPage): a section's id from the form ("applicant", "plan"), else "welcome",
// "documents", "review", "export". Page numbers are not stable: they depend on the form's sections.

// The name of page `id` of `wizard`; empty for an unknown id.
QString pageName(const ApplicationWizard &wizard, int id);
// The id of the page named `name`, or -1 (an unknown name, or a section the form no longer has).
int pageIdOfName(const ApplicationWizard &wizard, const QString &name);

} // namespace nbapply::gui

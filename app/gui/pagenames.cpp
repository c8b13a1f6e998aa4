#include "pagenames.h"

#include "wizard/applicationwizard.h"
#include "wizard/sectionpage.h"

namespace nbapply::gui
{

namespace
{

struct FixedPage {
    int id;
    const char *name;
};

constexpr FixedPage kFixedPages[] = {
    {Welcome, "welcome"}, {Documents, "documents"}, {Review, "review"}, {Export, "export"}};

} // namespace

QString pageName(const ApplicationWizard &wizard, int id)
{
    for (const FixedPage &page : kFixedPages)
        if (page.id == id)
            return QString::fromLatin1(page.name);
    const SectionPage *section = wizard.sectionPage(id);
    return section ? section->sectionId() : QString();
}

int pageIdOfName(const ApplicationWizard &wizard, const QString &name)
{
    if (name.isEmpty())
        return -1;
    for (const FixedPage &page : kFixedPages)
        if (name == QLatin1String(page.name))
            return wizard.stepOf(page.id) > 0 ? page.id : -1; // planned, built yet or not
    return wizard.sectionPageId(name);
}

} // namespace nbapply::gui

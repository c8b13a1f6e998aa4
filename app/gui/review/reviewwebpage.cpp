#include "reviewwebpage.h"

#include "review/reviewhtml.h"

namespace nbapply::gui
{

bool ReviewWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == reviewEditScheme()) {
        emit editFieldRequested(url.path());
        return false;
    }
    if (type == NavigationTypeLinkClicked)
        return false;
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace nbapply::gui

#include "reviewwebpage.h"

namespace nbapply::gui
{

ReviewWebPage::ReviewWebPage(std::function<bool(const QUrl &, bool)> accept, QObject *parent)
    : QWebEnginePage(parent), m_accept(std::move(accept))
{
}

bool ReviewWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_accept && !m_accept(url, type == NavigationTypeLinkClicked))
        return false;
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace nbapply::gui

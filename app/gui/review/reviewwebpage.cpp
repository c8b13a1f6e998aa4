#include "reviewwebpage.h"

#include "review/commentshtml.h"
#include "review/reviewhtml.h"

#include <QUrlQuery>

namespace nbapply::gui
{

bool ReviewWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (url.scheme() == reviewEditScheme()) {
        emit editFieldRequested(url.path());
        return false;
    }
    if (url.scheme() == commentActionScheme()) {
        const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
        if (!id.isEmpty())
            emit commentActionRequested(url.path(), id);
        return false;
    }
    if (type == NavigationTypeLinkClicked)
        return false;
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace nbapply::gui

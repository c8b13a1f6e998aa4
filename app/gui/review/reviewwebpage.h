#pragma once

#include "reviewview.h"

#include <QWebEnginePage>

namespace nbapply::gui
{

// The review's web page (in libnbapply-review.so): every navigation is put to the Review page
// (ReviewViewEvents::acceptNavigation), which follows its own links and refuses every other click, so
// the view never navigates away from the rendered application.
class ReviewWebPage : public QWebEnginePage
{
  public:
    ReviewWebPage(std::function<bool(const QUrl &, bool)> accept, QObject *parent);

  protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

  private:
    std::function<bool(const QUrl &, bool)> m_accept;
};

} // namespace nbapply::gui

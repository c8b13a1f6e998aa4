#pragma once

#include <QWebEnginePage>

namespace nbapply::gui
{

// The review page's web page: it never navigates away from the rendered application. A click on an
// "nbapply-edit:<field path>" link becomes editFieldRequested(); every other link click is refused
// (the page has no external links; a hostile value cannot open one).
class ReviewWebPage : public QWebEnginePage
{
    Q_OBJECT
  public:
    using QWebEnginePage::QWebEnginePage;

  signals:
    void editFieldRequested(const QString &fieldPath);

  protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace nbapply::gui

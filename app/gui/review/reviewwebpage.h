#pragma once

#include <QWebEnginePage>

namespace nbapply::gui
{

// The review page's web page: it never navigates away from the rendered application. A click on an
// "nbapply-edit:<field path>" link becomes editFieldRequested(), one on a comment's action link
// ("nbapply-comment:reply?id=…", commentshtml.h) commentActionRequested("reply", id); every other link
// click is refused (the page has no external links; a hostile value cannot open one).
class ReviewWebPage : public QWebEnginePage
{
    Q_OBJECT
  public:
    using QWebEnginePage::QWebEnginePage;

  signals:
    void editFieldRequested(const QString &fieldPath);
    // `action` is "reply", "resolve" or "reopen".
    void commentActionRequested(const QString &action, const QString &commentId);

  protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace nbapply::gui

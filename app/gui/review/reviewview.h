#pragma once

// The web view of the Review page and the compare view, as the module libnbapply-review.so makes it.
// QtWebEngine (and with it Mesa's OpenGL) costs ~150 ms and ~56 MB when it is mapped: nbapply-gui does
// not link it, and loads the module the first time Review or the compare view opens
// (reviewviewloader.h). Only Qt's types cross this boundary; the module links Qt alone, never the
// core or the wizard, so what the page decides (which links to follow) stays on this side.
#include <QString>

#include <functional>

class QPageLayout;
class QUrl;
class QVariant;
class QWidget;

namespace nbapply::gui
{

// What the view tells its page. Plain callbacks, not signals: the program exports no symbols, so the
// module cannot use a meta-object defined here.
struct ReviewViewEvents {
    // Asked for every navigation (`linkClicked`: the user followed a link); false refuses it. Called
    // from inside the engine's navigation callback: open no dialog here.
    std::function<bool(const QUrl &url, bool linkClicked)> acceptNavigation;
    std::function<void(bool ok)> loadFinished;
    std::function<void(const QString &path, bool ok)> pdfPrinted;
};

class ReviewView
{
  public:
    virtual ~ReviewView() = default;
    // The QWebEngineView, a child of the parent given at creation. Deleting the ReviewView deletes it.
    virtual QWidget *widget() const = 0;
    virtual void setHtml(const QString &html) = 0;
    virtual void load(const QUrl &url) = 0;
    // Runs `script` in the page's own world (not the document's) and hands the result to `result`.
    virtual void runJavaScript(const QString &script, std::function<void(const QVariant &)> result) = 0;
    virtual void printToPdf(const QString &path, const QPageLayout &layout) = 0;
};

// The module's one exported function: a new view under `parent` that reports to `events`, or nullptr
// when `abi` is not the module's (a module left over from another build).
inline constexpr int kReviewViewAbi = 1;
inline constexpr char kCreateReviewViewSymbol[] = "nbapply_review_view_create";
using CreateReviewView = ReviewView *(*)(int abi, QWidget *parent, ReviewViewEvents events);

} // namespace nbapply::gui

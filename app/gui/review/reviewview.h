#pragma once

// The web view of the Review page and the compare view, as the module libnbapply-review.so makes it.
// QtWebEngine (and with it Mesa's OpenGL) costs ~150 ms and ~56 MB when it is mapped: nbapply-gui does
// not link it, and loads the module the first time Review or the compare view opens
// (reviewviewloader.h). Only Qt's types cross this boundary; the module links Qt alone, never the
// core or the wizard, so what the page decides (which links to follow) stays on this side.
#include <QByteArray>
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
    // Renders the page as a PDF and hands its bytes to `done` (empty when printing failed). Bytes, not a
    // file: the review holds ID numbers and phones, and the page writes them owner-only, which
    // QWebEnginePage's own file output (0644 under the usual umask) does not.
    virtual void printToPdf(const QPageLayout &layout, std::function<void(const QByteArray &pdf)> done) = 0;
};

// The module's one exported function: a new view under `parent` that reports to `events`, or nullptr
// when `abi` is not the module's (a module left over from another build).
inline constexpr int kReviewViewAbi = 2;
inline constexpr char kCreateReviewViewSymbol[] = "nbapply_review_view_create";
using CreateReviewView = ReviewView *(*)(int abi, QWidget *parent, ReviewViewEvents events);

} // namespace nbapply::gui

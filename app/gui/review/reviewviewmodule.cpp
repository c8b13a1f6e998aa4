// libnbapply-review.so: the Review page's QWebEngineView, in a module that nbapply-gui loads the first
// time Review or the compare view opens (reviewviewloader.cpp), so that the wizard starts without
// QtWebEngine, Qt Quick and Mesa's OpenGL mapped. One C entry point; only Qt's types cross.
#include "reviewview.h"
#include "reviewwebpage.h"

#include <QCoreApplication>
#include <QOpenGLContext>
#include <QPageLayout>
#include <QPointer>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

// Qt Gui's own (exported; QtWebEngine 5 called it the same way).
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);

namespace nbapply::gui
{

namespace
{

// QtWebEngine 6.4 reads Qt's global OpenGL share context when it starts and crashes when there is
// none. Qt makes one at start-up only with Qt::AA_ShareOpenGLContexts, which QtWebEngine sets when it
// is linked, and which maps Mesa (and its LLVM) before the first page. Loaded later, it gets this
// context instead: never created, so it is not valid, and QtWebEngine composites in software (as with
// --disable-gpu), which is all a static page needs. (On X11, Qt still loads Mesa when QtWebEngine
// asks what the platform can do: when Review opens, not at start-up.)
void provideShareContext()
{
    if (QOpenGLContext::globalShareContext())
        return;
    auto *context = new QOpenGLContext(QCoreApplication::instance()); // lives as long as the application
    context->setFormat(QSurfaceFormat::defaultFormat());
    qt_gl_set_global_share_context(context);
}

class WebReviewView final : public ReviewView
{
  public:
    WebReviewView(QWidget *parent, ReviewViewEvents events)
        : m_events(std::move(events)), m_view(new QWebEngineView(parent))
    {
        m_page = new ReviewWebPage(m_events.acceptNavigation, m_view);
        m_view->setPage(m_page);
        // The page is ours and static: no plugins, no remote content; copying text stays possible.
        QWebEngineSettings *settings = m_page->settings();
        settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
        settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
        settings->setAttribute(QWebEngineSettings::LinksIncludedInFocusChain, true);
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_view->addAction(m_view->pageAction(QWebEnginePage::Copy));
        m_view->addAction(m_view->pageAction(QWebEnginePage::SelectAll));
        QObject::connect(m_page, &QWebEnginePage::loadFinished, m_view, [this](bool ok) {
            if (m_events.loadFinished)
                m_events.loadFinished(ok);
        });
    }

    // The view goes with its page; the renderer process ends once no page is left.
    ~WebReviewView() override { delete m_view.data(); }

    QWidget *widget() const override { return m_view; }
    void setHtml(const QString &html) override { m_page->setHtml(html); }
    void load(const QUrl &url) override { m_page->load(url); }
    void runJavaScript(const QString &script, std::function<void(const QVariant &)> result) override
    {
        m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, std::move(result));
    }
    void printToPdf(const QPageLayout &layout, std::function<void(const QByteArray &pdf)> done) override
    {
        m_page->printToPdf(std::move(done), layout);
    }

  private:
    ReviewViewEvents m_events;
    QPointer<QWebEngineView> m_view;
    ReviewWebPage *m_page;
};

} // namespace

} // namespace nbapply::gui

extern "C" __attribute__((visibility("default"))) nbapply::gui::ReviewView *
nbapply_review_view_create(int abi, QWidget *parent, nbapply::gui::ReviewViewEvents events)
{
    if (abi != nbapply::gui::kReviewViewAbi)
        return nullptr;
    nbapply::gui::provideShareContext();
    return new nbapply::gui::WebReviewView(parent, std::move(events));
}

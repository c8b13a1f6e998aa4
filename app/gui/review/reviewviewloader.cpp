#include "reviewviewloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace nbapply::gui
{

namespace
{

// QtWebEngine, loaded after QApplication, warns that it "seems to be initialized from a plugin": it
// would have set Qt::AA_ShareOpenGLContexts before QApplication. That attribute is what maps Mesa's
// OpenGL at start-up (a shared context for Qt Quick), which the wizard avoids on purpose: Chromium
// composites in software instead (reviewviewmodule.cpp), which is all a static page needs. It then
// says so, and lists its graphics set-up, when the first page is drawn. Those expected messages are
// dropped from the moment the module is loaded; every other one passes.
QtMessageHandler g_previousHandler = nullptr;

void dropExpectedMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool expected = type != QtCriticalMsg && type != QtFatalMsg &&
                          (message.startsWith(QLatin1String("Qt WebEngine seems to be initialized")) ||
                           message.startsWith(QLatin1String("WebEngineContext used before")) ||
                           message.trimmed() == QLatin1String("No suitable graphics backend found") ||
                           (context.category && qstrcmp(context.category, "qt.webenginecontext") == 0));
    if (!expected && g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Module {
    CreateReviewView create = nullptr;
    QString error;
};

Module loadModule()
{
    const QDir here(QCoreApplication::applicationDirPath());
    QString why;
    for (const QString &candidate : {here.filePath(QStringLiteral("libnbapply-review.so")),
                                     here.filePath(QStringLiteral(NBAPPLY_REVIEW_MODULE_FROM_BIN))}) {
        if (!QFileInfo::exists(candidate))
            continue;
        QLibrary module(candidate);
        // Kept loaded until the process ends: QtWebEngine's threads and statics live there.
        module.setLoadHints(QLibrary::PreventUnloadHint);
        if (auto create = reinterpret_cast<CreateReviewView>(module.resolve(kCreateReviewViewSymbol)))
            return {create, {}};
        why = module.errorString();
    }
    Module missing;
    missing.error =
        QStringLiteral("核对页需要的模块 libnbapply-review.so 未安装或无法加载，请重新安装 nbapply。\n"
                       "The Review page needs libnbapply-review.so, which is not installed or cannot be "
                       "loaded. Reinstall nbapply.");
    if (!why.isEmpty())
        missing.error += QStringLiteral("\n(%1)").arg(why);
    return missing;
}

const Module &module()
{
    static const Module loaded = [] {
        g_previousHandler = qInstallMessageHandler(dropExpectedMessages);
        return loadModule();
    }();
    return loaded;
}

} // namespace

std::unique_ptr<ReviewView> createReviewView(QWidget *parent, ReviewViewEvents events)
{
    const Module &loaded = module();
    if (!loaded.create)
        return nullptr;
    return std::unique_ptr<ReviewView>(loaded.create(kReviewViewAbi, parent, std::move(events)));
}

QString reviewModuleError()
{
    const Module &loaded = module();
    if (loaded.create)
        return QStringLiteral("核对页的模块 libnbapply-review.so 来自另一个版本，请重新安装 nbapply。\n"
                              "libnbapply-review.so comes from another version of nbapply. Reinstall "
                              "nbapply.");
    return loaded.error;
}

} // namespace nbapply::gui

// The wizard starts like a small application: until Review (or the compare view) opens, no QtWebEngine,
// Qt Quick or OpenGL library is mapped into the process (issue 21). This executable links nothing of
// QtWebEngine, as nbapply-gui: what /proc/self/maps lists is what the wizard itself loaded.
#include "draftsession.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageids.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace
{

using namespace nbapply::gui;

// The libraries of the shared object mappings, one each (the path, not the whole line).
QStringList mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    QStringList libraries;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString path = QString::fromUtf8(line.mid(slash));
        if (path.contains(QStringLiteral(".so")) && !libraries.contains(path))
            libraries.append(path);
    }
    return libraries;
}

// QtWebEngine and what it brings (Qt Quick, Qt's OpenGL), and an OpenGL implementation: Mesa's GLX or
// EGL driver, its DRI/Gallium drivers and the LLVM they compile shaders with. (libGLX.so.0 and
// libOpenGL.so.0, GLVND's small dispatchers, come with Qt Gui and load no driver by themselves.)
const QRegularExpression kHeavy(QStringLiteral("libQt6WebEngine|libQt6Quick|libQt6Qml|libQt6OpenGL|"
                                               "libGLX_mesa|libEGL_mesa|libgallium|_dri\\.so|/dri/|libLLVM"));

QStringList heavyLibraries()
{
    return mappedLibraries().filter(kHeavy);
}

// To the Review page as a user gets there: Next through every page of a complete draft.
bool walkToReview(ApplicationWizard *wizard)
{
    while (wizard->currentId() != Review) {
        const int before = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == before)
            return false;
    }
    return true;
}

TEST(StartUp, TheFirstPageIsShownWithoutTheBrowserEngineAndReviewStillOpens)
{
    nbapply::test::WindowFixture f;
    MainWindow &window = *f.window;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    // The first page, painted, and the recovery offer (start-up's deferred work) done.
    window.offerRecovery();
    QCoreApplication::processEvents();
    EXPECT_EQ(heavyLibraries(), QStringList()) << "mapped before Review was opened";

    // Opening a draft and walking the pages still loads nothing of it.
    ASSERT_TRUE(window.openFile(QStringLiteral(NBAPPLY_SOURCE_DIR "/examples/company.nbapply.json")));
    ApplicationWizard *wizard = window.wizard();
    auto *review = qobject_cast<ReviewPage *>(wizard->page(Review));
    ASSERT_NE(review, nullptr);
    while (wizard->currentId() < Review - 1) {
        const int before = wizard->currentId();
        wizard->next();
        ASSERT_NE(wizard->currentId(), before) << "blocked on page " << before;
    }
    EXPECT_EQ(heavyLibraries(), QStringList()) << "mapped before Review was opened";

    // Review opens with QtWebEngine loaded from its module, and shows the application.
    QSignalSpy loaded(review, &ReviewPage::reviewLoaded);
    ASSERT_TRUE(walkToReview(wizard));
    ASSERT_TRUE(loaded.wait(30000)) << "Review never loaded";
    EXPECT_TRUE(loaded.constLast().at(0).toBool());
    ASSERT_NE(review->view(), nullptr);
    EXPECT_FALSE(mappedLibraries().filter(QStringLiteral("libQt6WebEngineCore")).isEmpty());
    QString text;
    bool done = false;
    review->runJavaScript(QStringLiteral("document.body.innerText"), [&](const QVariant &value) {
        text = value.toString();
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 15000));
    EXPECT_TRUE(text.contains(QStringLiteral("北京南山智能科技有限公司"))) << qPrintable(text.left(200));

    // Leaving Review frees its view (and with it the renderer process); coming back brings it again.
    wizard->back();
    EXPECT_TRUE(QTest::qWaitFor([&] { return review->view() == nullptr; }, 10000));
    ASSERT_TRUE(walkToReview(wizard));
    ASSERT_TRUE(loaded.wait(30000)) << "Review did not load again";
    EXPECT_TRUE(loaded.constLast().at(0).toBool());
}

} // namespace

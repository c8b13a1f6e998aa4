#pragma once

// What the Review and Export page tests share: the examples, a session opened from a file, the Export
// page writing into a folder of its own, and JavaScript run in the review's web view.

#include "draftsession.h"
#include "export/exportpage.h"
#include "form/formdefinition.h"
#include "review/reviewpage.h"
#include "testpaths.h"

#include <QDir>
#include <QEventLoop>
#include <QLabel>
#include <QList>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>

namespace nbapply::gui::pagetest
{

inline const FormDefinition &form()
{
    return FormDefinition::builtin();
}

inline QString example(const QString &name)
{
    return nbapply::test::sourcePath(QStringLiteral("examples/") + name);
}

// Runs `script` in the review's web view (ReviewPage::view()), in an isolated world (the page's
// Content-Security-Policy allows no page script), and waits for its result. Through the page: the tests
// do not link QtWebEngine, which the wizard loads on demand, as nbapply-gui does.
inline QVariant runJs(QWidget *view, const QString &script)
{
    QVariant result;
    bool done = false;
    QEventLoop loop;
    ReviewPage *page = nullptr;
    for (QWidget *w = view; w && !page; w = w->parentWidget())
        page = qobject_cast<ReviewPage *>(w);
    if (!page)
        return result;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    return result;
}

// Opens the page for the session's draft and waits until the rendering has loaded.
inline bool openReview(ReviewPage &page)
{
    QSignalSpy loaded(&page, &ReviewPage::reviewLoaded);
    page.initializePage();
    if (!loaded.wait(30000))
        return false;
    return loaded.constLast().at(0).toBool();
}

struct OpenedSession {
    OpenedSession(const QString &file)
    {
        BilingualText error;
        opened = session.open(file, &error);
        if (!opened)
            message = error.en;
    }
    DraftSession session{form()};
    bool opened = false;
    QString message;
};

// An Export page for the example `draft` (or a draft file at an absolute path), writing into `out`;
// URLs it would open are recorded in `opened`.
struct ExportFixture {
    explicit ExportFixture(const QString &draft)
        : s(QDir::isAbsolutePath(draft) ? draft : example(draft)), page(form(), &s.session)
    {
        page.setUrlOpener([this](const QUrl &url) {
            opened << url;
            return true;
        });
        page.initializePage();
        page.setOutputFolder(out.path());
    }
    bool exportNow()
    {
        QSignalSpy finished(&page, &ExportPage::exportFinished);
        if (!page.startExport(false))
            return false;
        EXPECT_TRUE(page.isExporting());
        EXPECT_FALSE(page.isComplete());
        return finished.wait(60000) && finished.at(0).at(0).toBool();
    }
    OpenedSession s;
    ExportPage page;
    QTemporaryDir out;
    QList<QUrl> opened;
};

// The text of the labels of `page` (the Export page's status line among them).
inline QString labelTexts(QWidget *page)
{
    QStringList texts;
    for (QLabel *label : page->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace nbapply::gui::pagetest

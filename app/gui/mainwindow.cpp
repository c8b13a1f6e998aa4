#include "mainwindow.h"

#include "application/displaytext.h"
#include "autosaver.h"
#include "comments/commentindicators.h"
#include "comments/reviewmenu.h"
#include "documentkindbox.h"
#include "draftsession.h"
#include "fieldinput.h"
#include "form/formdefinition.h"
#include "pagenames.h"
#include "print/paperactions.h"
#include "print/printdialog.h"
#include "review/readonlybanner.h"
#include "uilanguage.h"
#include "wizard/applicationwizard.h"
#include "wizard/pageannouncer.h"
#include "wizard/pageids.h"
#ifdef NBAPPLY_GUI_HAVE_EXPORT
#include "export/exportpage.h"
#endif
#include "wizard/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{

const QString kRecentKey = QStringLiteral("recentFiles");
const QString kDraftSuffix = QStringLiteral(".nbapply.json");

// Both languages: the one the user reads first, the other for whoever they ask for help.
QString bilingual(const BilingualText &text)
{
    const Language other = uiLanguage() == Language::Chinese ? Language::English : Language::Chinese;
    if (text.in(other).isEmpty() || text.in(other) == inUi(text))
        return inUi(text);
    return inUi(text) + QStringLiteral("\n\n") + text.in(other);
}

} // namespace

MainWindow::MainWindow(const FormDefinition &form, QWidget *parent, PageBuilding building)
    : QMainWindow(parent), m_form(form), m_session(new DraftSession(form, this)),
      m_autosaver(new Autosaver(m_session, this)),
      m_wizard(new ApplicationWizard(form, m_session, this,
                                     building == PageBuilding::FirstPageFirst
                                         ? ApplicationWizard::PageBuilding::FirstPageFirst
                                         : ApplicationWizard::PageBuilding::AllAtOnce)),
      m_banner(new ReadOnlyBanner(m_session, this))
{
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addWidget(m_wizard, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    connect(m_banner, &ReadOnlyBanner::editCopyRequested, this, &MainWindow::editCopy);
    connect(m_session, &DraftSession::fileChanged, this, &MainWindow::updateReadOnly);
    // An end without the close dialog (SIGTERM, SIGINT, SIGHUP: quitsignals.h) still keeps what was typed
    // in the last second for recovery.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, m_autosaver, &Autosaver::flush);
    // Every page says where the user is: 第 N 步，共 M 步.
    m_step = new QLabel(this);
    m_step->setTextFormat(Qt::PlainText);
    m_step->setIndent(fontMetrics().averageCharWidth() * 2);
    statusBar()->addWidget(m_step, 1);
    statusBar()->setSizeGripEnabled(false);
    connect(m_wizard, &QWizard::currentIdChanged, this, &MainWindow::updateStep);
    // The page shown is kept with the recovery: a recovered draft reopens there.
    connect(m_wizard, &QWizard::currentIdChanged, this,
            [this](int id) { m_autosaver->setCurrentPage(pageName(*m_wizard, id)); });
    new PageAnnouncer(m_wizard, m_step, this); // "Step N of M: <title>", spoken once per page change
    createActions();
    m_reviewMenu = new ReviewMenu(this, m_session, m_wizard);
    // Pages built after the window showed get the comment buttons and the read-only state too.
    connect(m_wizard, &ApplicationWizard::pagesBuilt, this, [this] {
        m_reviewMenu->indicators()->connectRows();
        updateReadOnly();
    });
    connect(m_session, &DraftSession::fileChanged, this, &MainWindow::updateTitle);
    connect(m_wizard, &ApplicationWizard::finishRequested, this, &QWidget::close);
    WelcomePage *welcome = m_wizard->welcomePage();
    connect(welcome, &WelcomePage::startNewRequested, this, [this] {
        if (newDraft())
            m_wizard->next();
    });
    connect(welcome, &WelcomePage::openRequested, this, &MainWindow::openWithDialog);
    connect(welcome, &WelcomePage::recoverRequested, this, &MainWindow::recover);
    welcome->setRecoveryAvailable(m_autosaver->hasPendingRecovery());
    // A size that shows a whole page at 100 %; scaled with the font so 200 % is not cramped.
    resize(QSize(fontMetrics().lineSpacing() * 56, fontMetrics().lineSpacing() * 42));
    retranslateUi();
}

bool MainWindow::newDraft()
{
    if (!maybeSave())
        return false;
    m_session->newDraft();
    m_wizard->restartAtWelcome();
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    BilingualText error;
    if (!m_session->open(path, &error)) {
        showError(tr("Could not open %1").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_wizard->restartAtWelcome();
    m_wizard->next();
    return true;
}

bool MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a draft, a package, an nbapply PDF or e-mail"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Applications: drafts, packages, nbapply PDFs and e-mails (*.nbapply.json *.json *.nbapply.zip "
           "*.zip *.pdf *.eml);;All files (*)"));
    return !path.isEmpty() && openFile(path);
}

bool MainWindow::save()
{
    if (m_session->filePath().isEmpty())
        return saveAsWithDialog();
    BilingualText error;
    if (!m_session->save(&error)) {
        showError(tr("Could not save the draft"), error);
        return false;
    }
    addRecentFile(m_session->filePath());
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    BilingualText error;
    if (!m_session->saveAs(path, &error)) {
        showError(tr("Could not save the draft"), error);
        return false;
    }
    addRecentFile(m_session->filePath());
    return true;
}

bool MainWindow::saveAsWithDialog()
{
    QString suggested = m_session->filePath();
    if (suggested.isEmpty()) {
        QString name = applicantName(m_session->draft());
        name.remove(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")));
        suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                    (name.isEmpty() ? tr("application") : name.left(60)) + kDraftSuffix;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the draft as"), suggested,
                                                tr("nbapply drafts (*.nbapply.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += kDraftSuffix;
    return saveAs(path);
}

bool MainWindow::saveAsPackage(const QString &path)
{
    BilingualText error;
    if (!m_session->saveAsPackage(path, &error)) {
        showError(tr("Could not save the package"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveAsPackageWithDialog()
{
    QString base = m_session->displayName();
    if (base.isEmpty())
        base = QFileInfo(m_session->sourceFile()).fileName();
    for (const QLatin1String suffix : {QLatin1String(".nbapply.json"), QLatin1String(".json"),
                                       QLatin1String(".nbapply.zip"), QLatin1String(".zip")})
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    if (base.isEmpty())
        base = tr("application");
    const QString folder = m_session->filePath().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_session->filePath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save as package"), folder + QLatin1Char('/') + base + QStringLiteral(".nbapply.zip"),
        tr("nbapply packages (*.nbapply.zip)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".nbapply.zip");
    return saveAsPackage(path);
}

bool MainWindow::editCopy()
{
    BilingualText error;
    if (!m_session->editCopy(&error)) {
        showError(tr("Could not make an editable copy"), error);
        return false;
    }
    return true;
}

void MainWindow::updateReadOnly()
{
    // The inputs of a received application are shown but not changed (the session ignores writes
    // too); the navigation, Review, comments and the approval stay available.
    const bool editable = !m_session->isReadOnly();
    for (FieldInput *input : m_wizard->findChildren<FieldInput *>())
        input->setEnabled(editable);
    for (DocumentKindBox *box : m_wizard->findChildren<DocumentKindBox *>())
        for (QPushButton *button : box->findChildren<QPushButton *>())
            button->setEnabled(editable);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty() &&
        event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // The Documents page takes files dropped onto its boxes itself; anywhere else a file is an
    // application to open.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.constFirst().toLocalFile();
    // After the drop returns: opening may ask about unsaved changes, which must not run inside the
    // drag-and-drop loop.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

bool MainWindow::recover()
{
    if (m_session->isDirty() && !maybeSave())
        return false;
    const bool recovered = m_autosaver->recoverNewest();
    m_wizard->welcomePage()->setRecoveryAvailable(m_autosaver->hasPendingRecovery());
    if (!recovered) {
        showError(tr("Could not recover the unsaved work"),
                  {QStringLiteral("恢复文件无法读取，可能已损坏。"),
                   QStringLiteral("The recovery file could not be read; it may be damaged.")});
        return false;
    }
    // The page the user was on (a recovery of an older version names none: the first step).
    const int page = pageIdOfName(*m_wizard, m_autosaver->currentPage());
    m_wizard->restartAtWelcome();
    if (page > Welcome)
        m_wizard->goToPage(page);
    else
        m_wizard->next();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_session->isDirty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The application has changes that are not saved. Save them first?"),
                    QMessageBox::NoButton, this);
    // Own buttons rather than the standard ones: those carry no mnemonic in Chinese, and every
    // choice here must be one key away (保存(&S) / 丢弃(&D) / 取消(&C)).
    QPushButton *saveButton = box.addButton(tr("&Save"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *cancelButton = box.addButton(tr("&Cancel"), QMessageBox::RejectRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    discardButton->setObjectName(QStringLiteral("discardButton"));
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(saveButton);
    box.setEscapeButton(cancelButton);
    box.exec();
    if (box.clickedButton() == saveButton)
        return save();
    if (box.clickedButton() == discardButton) {
        m_session->discardChanges();
        return true;
    }
    return false;
}

QString MainWindow::recoveryQuestion() const
{
    const QStringList pending = m_autosaver->pendingRecoveries();
    if (pending.isEmpty())
        return {};
    const std::optional<Recovery> recovery = Autosaver::readRecovery(pending.first());
    const QString name = recovery ? applicantName(recovery->draft) : QString();
    const QDateTime when = QFileInfo(pending.first()).lastModified();
    const QLocale locale(uiLanguage() == Language::Chinese
                             ? QLocale(QLocale::Chinese, QLocale::China)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString shownName = name.isEmpty() ? tr("an application without an applicant name yet")
                                             : tr("the application of “%1”").arg(name.left(80));
    return tr("nbapply was closed without saving %1 (last changed %2). Recover it now?\n\nIf you "
              "choose Later, it stays available from the Welcome page.")
        .arg(shownName, locale.toString(when, QLocale::LongFormat));
}

void MainWindow::offerRecovery()
{
    if (!m_autosaver->hasPendingRecovery())
        return;
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved work?"), recoveryQuestion(),
                    QMessageBox::NoButton, this);
    QPushButton *recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box.addButton(tr("&Discard it"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recoverButton);
    box.exec();
    if (box.clickedButton() == recoverButton)
        recover();
    else if (box.clickedButton() == discardButton)
        m_autosaver->discardPending();
    m_wizard->welcomePage()->setRecoveryAvailable(m_autosaver->hasPendingRecovery());
}

QString MainWindow::printExported()
{
#ifdef NBAPPLY_GUI_HAVE_EXPORT
    m_wizard->buildAllPages();
    if (auto *page = qobject_cast<ExportPage *>(m_wizard->page(Export)))
        return page->paper()->print();
#endif
    return nothingToPrintText();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        m_autosaver->flush();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_new = m_fileMenu->addAction(QString(), QKeySequence::New, this, [this] { newDraft(); });
    m_open = m_fileMenu->addAction(QString(), QKeySequence::Open, this, [this] { openWithDialog(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_save = m_fileMenu->addAction(QString(), QKeySequence::Save, this, [this] { save(); });
    m_saveAs = m_fileMenu->addAction(QString(), QKeySequence(QStringLiteral("Ctrl+Shift+S")), this,
                                     [this] { saveAsWithDialog(); });
    m_savePackage = m_fileMenu->addAction(QString(), this, [this] { saveAsPackageWithDialog(); });
    m_fileMenu->addSeparator();
    m_compare = m_fileMenu->addAction(QString(), this, [this] { m_reviewMenu->compareWithDialog(); });
    m_fileMenu->addSeparator();
    m_print = m_fileMenu->addAction(QString(), QKeySequence::Print, this, [this] {
        const QString message = printExported();
        if (!message.isEmpty())
            QMessageBox::information(this, tr("Print"), message);
    });
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    m_chinese = m_languageMenu->addAction(QStringLiteral("中文（简体）"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *action : {m_chinese, m_english}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_chinese, &QAction::triggered, this, [] { setUiLanguage(Language::Chinese); });
    connect(m_english, &QAction::triggered, this, [] { setUiLanguage(Language::English); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_savePackage->setText(tr("Save as Pac&kage…"));
    m_compare->setText(tr("Co&mpare with…"));
    m_print->setText(tr("&Print…"));
    m_quit->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About nbapply"));
    if (m_reviewMenu)
        m_reviewMenu->retranslateUi();
    m_chinese->setChecked(uiLanguage() == Language::Chinese);
    m_english->setChecked(uiLanguage() == Language::English);
    updateRecentMenu();
    updateTitle();
    updateStep();
}

QString MainWindow::stepText() const
{
    return m_step->text();
}

void MainWindow::updateStep()
{
    // The page's own title is in the wizard's header; this line only says where it is in the whole.
    m_step->setText(
        tr("Step %1 of %2").arg(m_wizard->stepOf(m_wizard->currentId())).arg(m_wizard->stepCount()));
}

void MainWindow::updateTitle()
{
    // A draft read from a PDF (a package, an e-mail) is named after it until it is saved as a draft.
    QString name = m_session->displayName();
    if (name.isEmpty() && !m_session->sourceFile().isEmpty())
        name = tr("%1 (opened from this file, not saved as a draft yet)")
                   .arg(QFileInfo(m_session->sourceFile()).fileName());
    if (name.isEmpty())
        name = tr("New application");
    setWindowTitle(QStringLiteral("%1[*] — nbapply").arg(name));
    setWindowModified(m_session->isDirty());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu
            ->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                        [this, path] { openFile(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void MainWindow::showError(const QString &action, const BilingualText &error)
{
    QMessageBox::warning(this, action, action + QStringLiteral("\n\n") + bilingual(error));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About nbapply"),
        tr("nbapply %1\n\nPrepares the application for commercial use of the Nanbeige licensed "
           "models: the form, a bilingual PDF and an e-mail draft. Not affiliated with the "
           "licensor; the licensor alone decides.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace nbapply::gui

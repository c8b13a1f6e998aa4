#pragma once

#include "common/bilingualtext.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace nbapply
{
class FormDefinition;
}

namespace nbapply::gui
{

class ApplicationWizard;
class Autosaver;
class DraftSession;
class ReadOnlyBanner;
class ReviewMenu;

// The window: menus for drafts (New, Open, Save, Save As, recent files, Quit), the UI language and
// help, and the wizard as its content. It owns the draft session and its autosaver, offers to recover
// unsaved work at start-up and asks before unsaved changes are lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    static constexpr int kMaxRecentFiles = 8;

    // FirstPageFirst (nbapply-gui) builds the wizard's other pages after the window has shown
    // (ApplicationWizard); tests build them all at once unless they test that.
    enum class PageBuilding { AllAtOnce, FirstPageFirst };

    explicit MainWindow(const FormDefinition &form, QWidget *parent = nullptr,
                        PageBuilding building = PageBuilding::AllAtOnce);

    DraftSession *session() const { return m_session; }
    Autosaver *autosaver() const { return m_autosaver; }
    ApplicationWizard *wizard() const { return m_wizard; }
    ReadOnlyBanner *readOnlyBanner() const { return m_banner; }
    ReviewMenu *reviewMenu() const { return m_reviewMenu; }

    // The actions behind the menus; dialogs only where a choice is needed. Each returns whether it
    // went through.
    bool newDraft();
    bool openFile(const QString &path);
    bool openWithDialog();
    bool save();
    bool saveAs(const QString &path);
    bool saveAsWithDialog();
    // File › Save as package…: one file with the draft and its documents (docs/package-format.md).
    bool saveAsPackage(const QString &path);
    bool saveAsPackageWithDialog();
    // "Edit a copy" of a received, read-only application.
    bool editCopy();
    bool recover();
    // File › Print: the exported application and letter (the Export page's), at actual size after the
    // print dialog. Returns what the user is told (what to export first; why printing failed), which
    // the menu action shows in a message box; empty when printed or cancelled.
    QString printExported();
    QAction *printAction() const { return m_print; }
    // When the draft has unsaved changes asks Save / Discard / Cancel; true when it is safe to go on.
    bool maybeSave();
    // Asks whether to recover the work an earlier session did not save (called once after start-up).
    void offerRecovery();
    QStringList recentFiles() const;
    // "Step N of M" under the wizard, for whichever page is shown.
    QString stepText() const;
    // The question the recovery prompt asks: which application, saved when.
    QString recoveryQuestion() const;

  protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    // A draft, a package, a PDF or an e-mail dropped onto the window opens like File › Open.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

  private:
    void createActions();
    void retranslateUi();
    void updateTitle();
    void updateStep();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showError(const QString &action, const BilingualText &error);
    void showAbout();
    void updateReadOnly();

    const FormDefinition &m_form;
    DraftSession *m_session;
    Autosaver *m_autosaver;
    ApplicationWizard *m_wizard;
    ReadOnlyBanner *m_banner;
    ReviewMenu *m_reviewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_savePackage = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_print = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_about = nullptr;
    QLabel *m_step = nullptr;
};

} // namespace nbapply::gui

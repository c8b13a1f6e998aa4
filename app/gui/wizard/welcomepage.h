#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace nbapply
{
class FormDefinition;
}

namespace nbapply::gui
{

// What nbapply does and does not do, what the user will need, the licence's key points with the full
// text one click away, and the three ways to begin: a new application, an existing draft or PDF, or
// the work an earlier session left unsaved.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
  public:
    explicit WelcomePage(const FormDefinition &form, QWidget *parent = nullptr);

    void setRecoveryAvailable(bool available);
    void cleanupPage() override {}

  signals:
    void startNewRequested();
    void openRequested();
    void recoverRequested();

  protected:
    void changeEvent(QEvent *event) override;
    // The focus starts on "Start a new application", the page's main action (not on the licence
    // button, which is first in the tab order because it is read first).
    void showEvent(QShowEvent *event) override;

  private:
    void retranslateUi();
    void showLicence();

    const FormDefinition &m_form;
    QLabel *m_about;
    QLabel *m_needsTitle;
    QLabel *m_needs;
    QLabel *m_licenceTitle;
    QLabel *m_licence;
    QPushButton *m_readLicence;
    QPushButton *m_startNew;
    QPushButton *m_open;
    QPushButton *m_recover;
};

} // namespace nbapply::gui

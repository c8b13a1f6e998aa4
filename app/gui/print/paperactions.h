#pragma once

#include "application/checkedapplication.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace nbapply::gui
{

// The paper half of an application, as buttons: create the letter of authorisation (授权委托书) from
// the checked application, with an optional last day, and print the application and the letter at
// actual size. The Export page shows it after an export (the exported application, its folder and
// PDF); the Documents page shows it where the letter is asked for, for the application as it stands.
class PaperActions : public QWidget
{
    Q_OBJECT
  public:
    // What the buttons work on: the checked application, the folder the letter goes to and the
    // exported application PDF (empty on the Documents page).
    struct Source {
        std::optional<CheckedApplication> checked;
        QString folder;
        QString applicationPdf;
    };
    enum class Mode { Export, Documents };

    PaperActions(Mode mode, std::function<Source()> source, QWidget *parent = nullptr);

    // Writes the letter into the source's folder; returns its path, or empty (the reason is shown).
    QString createLetter();
    // Prints the exported application (Export mode) and the letter, if created, after the print
    // dialog. Returns what the user is told (empty when printed or cancelled).
    QString print();
    QString letterPath() const { return m_letterPath; }
    QString statusText() const;
    QPushButton *letterButton() const { return m_letterButton; }
    QPushButton *printButton() const { return m_printButton; }
    QCheckBox *limitBox() const { return m_limit; }
    QDateEdit *untilEdit() const { return m_until; }
    // Forgets the letter written for an earlier export.
    void reset();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslateUi();
    void showStatus(const QString &text);

    Mode m_mode;
    std::function<Source()> m_source;
    QString m_letterPath;
    QLabel *m_intro;
    QCheckBox *m_limit;
    QDateEdit *m_until;
    QPushButton *m_letterButton;
    QPushButton *m_printButton;
    QLabel *m_status;
};

} // namespace nbapply::gui

#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace nbapply
{
struct DocumentKind;
}

namespace nbapply::gui
{

class DraftSession;
class ProblemLabel;

// One supporting document of 特别提示: whether this applicant needs it, whether it must bear the
// official seal, the files attached for it (name, type, size, a Remove button) and an Add button.
// Files can also be dropped onto it. Its problems are the checked application's for this kind, scan
// checks included (scancheck.h: damage, resolution at A4, size for the mail): a required document not
// added yet is a warning, a file that cannot be found or read, or a scan that cannot be decoded, an error.
class DocumentKindBox : public QGroupBox
{
    Q_OBJECT
  public:
    DocumentKindBox(const DocumentKind &kind, DraftSession *session, QWidget *parent);

    const DocumentKind &kind() const { return m_kind; }
    QPushButton *addButton() const { return m_add; }
    // "Not applicable" and its reason: a required kind this applicant does not have (a company outside
    // mainland China has no 营业执照 and no 法定代表人) is marked so, with the reason the PDF and the
    // e-mail state. The reason typed stays in the box when the mark is cleared.
    QCheckBox *notApplicableBox() const { return m_notApplicable; }
    QLineEdit *reasonEdit() const { return m_reason; }
    // Attaches files (absolute paths) as documents of this kind; already attached ones are skipped.
    void addFiles(const QStringList &paths);
    // Rebuilds the file list and the texts from the draft.
    void refresh();
    // The warning line (empty when nothing is missing).
    QString statusText() const;
    // The last widget of this box in tab order (for the page's tab chain).
    QList<QWidget *> tabOrder() const;
    // How to prepare the file (the form's `prepare`, or its equivalent's for the identifier type
    // chosen), shown when this applicant must seal it or the kind takes no seal; empty when hidden.
    QString guidanceText() const;
    // Adds `widget` under the guidance (the Documents page's offer to create the letter).
    void addGuidanceWidget(QWidget *widget);

  protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

  private:
    void chooseFiles();
    void removeDocument(int index);
    void updateNotApplicable();

    const DocumentKind &m_kind;
    DraftSession *m_session;
    QVBoxLayout *m_files;
    QPushButton *m_add;
    ProblemLabel *m_status;
    QCheckBox *m_notApplicable;
    QLineEdit *m_reason;
    QLabel *m_prepare;
    QWidget *m_extra = nullptr;
    QList<QWidget *> m_fileWidgets;
    QStringList m_shownFiles;
};

// Local file paths among dropped URLs.
QStringList localFilesOf(const QMimeData *mime);

} // namespace nbapply::gui

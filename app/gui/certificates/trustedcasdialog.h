#pragma once

#include <QDialog>

#include <functional>

class QListWidget;
class QPushButton;

namespace nbapply::gui
{

// Settings › the company CA certificates trusted besides the system's: a list of PEM files with Add and
// Remove. Signatures whose certificate chains to one of them read "trusted" instead of "identity not
// verified". Changes are kept when the dialog is accepted.
class TrustedCasDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit TrustedCasDialog(QWidget *parent = nullptr);

    // Tests replace the file dialog.
    void setFileChooser(std::function<QStringList()> chooser) { m_chooseFiles = std::move(chooser); }
    QStringList files() const;
    void accept() override;

  private:
    void addFiles();
    void removeSelected();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    std::function<QStringList()> m_chooseFiles;
};

} // namespace nbapply::gui

#pragma once

#include "common/bilingualtext.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace nbapply::gui
{

class ProblemLabel;

// The password of one certificate file: a masked field, the file it is for, and the reason the
// previous try failed (announced on the field, as every problem is).
class PasswordDialog : public QDialog
{
    Q_OBJECT
  public:
    PasswordDialog(const QString &title, const QString &certificateFile, QWidget *parent = nullptr);

    void showError(const BilingualText &message);
    // The typed password as UTF-8; the field is cleared on reading so it does not linger in the widget.
    QByteArray takePassword();

  private:
    QLabel *m_fileLabel;
    QLineEdit *m_password;
    ProblemLabel *m_error;
};

} // namespace nbapply::gui

#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;

namespace nbapply::gui
{

// The licence text as it was extracted from the licensor's PDF: every printed line is a line of the
// file, followed by an empty line, and a paragraph's last line ends in a space. Joined back into
// paragraphs here, so the text reflows to the window instead of breaking after every printed line.
QStringList licenceParagraphs(const QString &text);

// The full licence (Chinese), one paragraph per block, the article headings (第一条 …) in bold.
class LicenceDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit LicenceDialog(QWidget *parent = nullptr);

    QTextBrowser *text() const { return m_text; }

  private:
    QTextBrowser *m_text;
};

} // namespace nbapply::gui

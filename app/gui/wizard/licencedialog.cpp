#include "licencedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nbapply::gui
{

QStringList licenceParagraphs(const QString &text)
{
    QStringList paragraphs;
    QString current;
    const auto finish = [&] {
        if (!current.trimmed().isEmpty())
            paragraphs << current.trimmed();
        current.clear();
    };
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        // The empty line after each printed line says nothing; a line of spaces separates paragraphs.
        if (line.isEmpty())
            continue;
        if (line.trimmed().isEmpty()) {
            finish();
            continue;
        }
        // Chinese lines join without a space; a Latin word cut at the line end keeps one.
        if (!current.isEmpty() && current.back().unicode() < 0x80 && current.back().isLetterOrNumber() &&
            line.front().unicode() < 0x80 && line.front().isLetterOrNumber())
            current += QLatin1Char(' ');
        current += line;
        if (line.back().isSpace())
            finish();
    }
    finish();
    return paragraphs;
}

LicenceDialog::LicenceDialog(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Nanbeige Large Language Model Licence Agreement v1.0 (Chinese)"));
    m_text->setAccessibleName(windowTitle());
    m_text->setOpenLinks(false);
    QFile file(QStringLiteral(":/licence/nanbeige-licence-v1.0.txt"));
    QString html;
    if (file.open(QIODevice::ReadOnly)) {
        static const QRegularExpression heading(QStringLiteral("^第[一二三四五六七八九十]+条"));
        for (const QString &paragraph : licenceParagraphs(QString::fromUtf8(file.readAll()))) {
            const QString escaped = paragraph.toHtmlEscaped();
            html += heading.match(paragraph).hasMatch() ? QStringLiteral("<p><b>%1</b></p>").arg(escaped)
                                                        : QStringLiteral("<p>%1</p>").arg(escaped);
        }
    }
    m_text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("This is the licence's own text. Only the Chinese version exists and it "
                               "governs."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 35);
    m_text->setFocus();
}

} // namespace nbapply::gui

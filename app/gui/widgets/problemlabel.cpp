#include "problemlabel.h"

#include "uilanguage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace nbapply::gui
{

ProblemLabel::ProblemLabel(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ProblemLabel::setProblems(const Problems &problems, const QString &prefix)
{
    m_problems = problems;
    m_prefix = prefix;
    m_information.clear();
    render();
}

void ProblemLabel::setInformation(const QString &text)
{
    m_problems.clear();
    m_prefix.clear();
    m_information = text;
    render();
}

QString ProblemLabel::text() const
{
    return m_text->text();
}

void ProblemLabel::retranslateUi()
{
    render();
}

void ProblemLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProblemLabel::render()
{
    QStringList lines;
    bool anyError = false;
    for (const Problem &p : m_problems) {
        anyError = anyError || p.isError();
        const QString kind = p.isError() ? tr("Error:") : tr("Warning:");
        // Validator messages often start with the field's label already ("证件类型：…").
        const QString message = inUi(p.message);
        const QString prefix =
            m_prefix.isEmpty() || message.startsWith(m_prefix) ? QString() : m_prefix + tr(": ");
        lines << kind + QLatin1Char(' ') + prefix + message;
    }
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (!m_problems.isEmpty())
        icon = anyError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    else if (!m_information.isEmpty())
        lines << m_information;
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    const QString text = lines.join(QLatin1Char('\n'));
    // Every name change is an event a screen reader may speak: the page renders on every validation
    // pass, so only a real change is passed on.
    if (m_text->text() != text)
        m_text->setText(text);
    if (accessibleName() != text)
        setAccessibleName(text);
    setVisible(!lines.isEmpty());
}

} // namespace nbapply::gui

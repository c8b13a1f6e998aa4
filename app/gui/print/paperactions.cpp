#include "paperactions.h"

#include "letter/letterpdf.h"
#include "printdialog.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{

// The fields the letter prints: with an error among them the letter would carry a wrong value.
bool letterFieldsHaveErrors(const CheckedApplication &checked)
{
    for (const Problem &problem : checked.problems())
        if (problem.isError() && (problem.field.startsWith(QLatin1String("applicant.")) ||
                                  problem.field.startsWith(QLatin1String("representative."))))
            return true;
    return false;
}

} // namespace

PaperActions::PaperActions(Mode mode, std::function<Source()> source, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_source(std::move(source)), m_intro(new QLabel(this)),
      m_limit(new QCheckBox(this)), m_until(new QDateEdit(this)), m_letterButton(new QPushButton(this)),
      m_printButton(new QPushButton(this)), m_status(new QLabel(this))
{
    for (QLabel *label : {m_intro, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    for (QPushButton *button : {m_letterButton, m_printButton})
        button->setAutoDefault(false); // Enter stays with the wizard's Next
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setDate(QDate::currentDate().addYears(1));
    m_until->setEnabled(false);
    connect(m_limit, &QCheckBox::toggled, m_until, &QWidget::setEnabled);

    auto *period = new QHBoxLayout;
    period->setContentsMargins(0, 0, 0, 0);
    period->addWidget(m_limit);
    period->addWidget(m_until);
    period->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_letterButton);
    buttons->addWidget(m_printButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(period);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    m_status->hide();

    connect(m_letterButton, &QPushButton::clicked, this, [this] {
        // On the Documents page the letter is made to be printed, sealed and scanned: print it at once.
        if (!createLetter().isEmpty() && m_mode == Mode::Documents)
            print();
    });
    connect(m_printButton, &QPushButton::clicked, this, [this] { print(); });
    retranslateUi();
}

void PaperActions::reset()
{
    m_letterPath.clear();
    m_status->clear();
    m_status->hide();
}

QString PaperActions::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void PaperActions::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString PaperActions::createLetter()
{
    const Source source = m_source();
    if (!source.checked) {
        showStatus(nothingToPrintText());
        return QString();
    }
    if (letterFieldsHaveErrors(*source.checked)) {
        showStatus(tr("The letter prints the applicant and the representative: fix their errors first (the "
                      "Review page lists them), then create the letter."));
        return QString();
    }
    LetterPdfOptions options;
    options.exportTime = source.checked->date().startOfDay(Qt::UTC);
    if (m_limit->isChecked())
        options.period.until = m_until->date();
    const QString folder = source.folder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : source.folder;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(letterFileName(*source.checked, uiLanguage()));
    const LetterPdfResult written = writeLetterPdf(*source.checked, path, options);
    if (!written.ok) {
        showStatus(inUi(written.error));
        return QString();
    }
    m_letterPath = path;
    showStatus(tr("Letter written: %1. Check it, print it at actual size, seal and sign it, scan it and "
                  "attach the scan as the letter of authorisation on the Documents page.")
                   .arg(QDir::toNativeSeparators(path)));
    return path;
}

QString PaperActions::print()
{
    const Source source = m_source();
    QStringList paths;
    if (m_mode == Mode::Export && !source.applicationPdf.isEmpty())
        paths << source.applicationPdf;
    if (!m_letterPath.isEmpty() && QFileInfo::exists(m_letterPath))
        paths << m_letterPath;
    const QString message = printExportedFiles(this, paths);
    if (!message.isEmpty())
        showStatus(message);
    return message;
}

void PaperActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PaperActions::retranslateUi()
{
    m_intro->setText(m_mode == Mode::Documents
                         ? tr("Create the letter, print it, stamp and sign it, then attach the scan.")
                         : tr("Print the application at actual size on A4. The letter of authorisation "
                              "(授权委托书) can be created here beside it, then printed with it."));
    m_limit->setText(tr("Letter valid &until:"));
    m_limit->setToolTip(tr("Without a last day the letter is valid until the matters of the application "
                           "are concluded."));
    m_until->setAccessibleName(tr("Last day of the letter of authorisation"));
    m_letterButton->setText(m_mode == Mode::Documents ? tr("Create and &print the letter…")
                                                      : tr("&Create the letter of authorisation"));
    // Named by its visible text (voice control says what it sees); the rest is the description.
    m_letterButton->setAccessibleDescription(
        tr("Create the letter of authorisation (授权委托书) from the application"));
    m_printButton->setText(tr("Pri&nt…"));
    m_printButton->setAccessibleName(tr("Print the application and the letter at actual size"));
    m_printButton->setVisible(m_mode == Mode::Export);
}

} // namespace nbapply::gui

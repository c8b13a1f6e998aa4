// The Export page hands the exported files on: to the PDF viewer, the mail program (a compose window
// through xdg-email, the .eml, or a mailto: message), the clipboard and the file manager.
#include "exportpage.h"
#include "form/formdefinition.h"
#include "mail/applicationemail.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace nbapply::gui
{

void ExportPage::open(const QUrl &url, const QString &what)
{
    // Without a viewer or mail program the user still learns where the file is.
    m_actionMessage = m_openUrl(url) ? QString()
                                     : tr("Could not open %1: no application is set up for it. The file is "
                                          "%2; use “Show folder” and open it from there.")
                                           .arg(what, QDir::toNativeSeparators(url.toLocalFile()));
    renderStatus();
}

void ExportPage::openPdf()
{
    open(QUrl::fromLocalFile(m_result->pdfPath), tr("the PDF"));
}

void ExportPage::openEmailDraft()
{
    open(QUrl::fromLocalFile(m_result->emailPath), tr("the e-mail draft"));
}

bool ExportPage::openInMailProgram()
{
    if (!m_result || !m_result->ok || !m_exported)
        return false;
    // xdg-email (xdg-utils) hands recipient, subject, text and attachments to the desktop's mail program
    // as a compose window: Thunderbird through its -compose option, others as a mailto: URL with attach=.
    // An .eml opened by double-click is a received message to most of them (README, "Sending").
    const QString program = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
    if (program.isEmpty()) {
        mailProgramFailed(
            tr("xdg-email, which hands a message to your mail program, is not installed (Debian "
               "package xdg-utils)."));
        emit mailProgramFinished(false);
        return false;
    }
    // An argument list, no shell: the subject and the text are the applicant's words.
    QStringList arguments{QStringLiteral("--utf8"), QStringLiteral("--subject"),
                          applicationEmailSubject(*m_exported), QStringLiteral("--body"),
                          applicationEmailText(*m_exported)};
    for (const Enclosure &file : std::as_const(m_files))
        arguments << QStringLiteral("--attach") << file.path;
    arguments << m_form.recipient;
    // No parent: when xdg-email starts the mail program itself (Thunderbird not yet running), it lasts as
    // long as that program, and a QProcess destroyed with the page would kill it. Deleted when it ends.
    auto *process = new QProcess;
    process->setProgram(program);
    process->setArguments(arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice()); // it names the attachments: nothing is logged
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const bool ok = status == QProcess::NormalExit && code == 0;
        if (ok) {
            m_actionMessage =
                tr("Your mail program has the message with its %n attachment(s): check it there "
                   "and send it.",
                   nullptr, int(m_files.size()));
            renderStatus();
        } else {
            mailProgramFailed(
                tr("xdg-email could not hand the message to a mail program (it ended with code %1).")
                    .arg(code));
        }
        emit mailProgramFinished(ok);
    });
    connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) // no finished() follows
            process->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash also ends in finished()
        mailProgramFailed(tr("xdg-email could not be started."));
        emit mailProgramFinished(false);
    });
    // Said before start(): a program that cannot be started may report it from within start().
    m_actionMessage = tr("Opening a new message in your mail program…");
    renderStatus();
    process->start();
    return true;
}

void ExportPage::mailProgramFailed(const QString &why)
{
    // The fallbacks: the .eml (every attachment inside) in its folder, and mailto: with the list below.
    const bool shown = m_openUrl(QUrl::fromLocalFile(QFileInfo(m_result->emailPath).absolutePath()));
    m_actionMessage =
        why + QLatin1Char(' ') +
        (shown ? tr("The folder with the e-mail draft %1 is open: open the draft with your mail program, or "
                    "use “Compose without attachments (mailto:)” and attach the files listed below by hand.")
               : tr("The e-mail draft is %1: open it with your mail program, or use “Compose without "
                    "attachments (mailto:)” and attach the files listed below by hand."))
            .arg(QDir::toNativeSeparators(m_result->emailPath));
    renderStatus();
}

void ExportPage::composeMailto()
{
    open(applicationMailtoUrl(*m_exported), tr("a new message in the mail client"));
}

void ExportPage::copyEmailText()
{
    QGuiApplication::clipboard()->setText(applicationEmailText(*m_exported));
    m_actionMessage = tr("The e-mail text is on the clipboard.");
    renderStatus();
}

void ExportPage::showFolder()
{
    open(QUrl::fromLocalFile(QFileInfo(m_result->pdfPath).absolutePath()), tr("the folder"));
}

} // namespace nbapply::gui

// What the Export page says about the export: the status line (ready, running, done, refused, failed),
// its problems, the files written and the note for composing by mailto:.
#include "attachmentcopies.h"
#include "draftsession.h"
#include "exportpage.h"
#include "form/formdefinition.h"
#include "uilanguage.h"
#include "widgets/problemlabel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>

namespace nbapply::gui
{

namespace
{

QString sizeText(qint64 bytes)
{
    return bytes < 0 ? ExportPage::tr("unreadable") : QLocale().formattedDataSize(bytes);
}

// An error message in the UI language first, then in the other one: the user may forward it.
BilingualText bothLanguages(const BilingualText &text)
{
    if (text.zh == text.en)
        return text;
    return {text.zh + QLatin1Char('\n') + text.en, text.en + QLatin1Char('\n') + text.zh};
}

} // namespace

QString ExportPage::mailtoNote() const
{
    QStringList lines;
    lines << tr("“Compose” opens a new message to %1 with the subject and text filled in, but without "
                "attachments: a mailto: link cannot carry files. Attach these files by hand:")
                 .arg(m_form.recipient);
    for (const Enclosure &file : m_files)
        lines << QStringLiteral("• %1 — %2 (%3)")
                     .arg(inUi(file.label), QDir::toNativeSeparators(file.path), sizeText(file.size));
    if (m_copiedAttachments > 0 && m_result)
        lines << tr("%n document(s) were in a private folder of nbapply that a mail program's file dialog "
                    "does not show: those listed are copies in %1, beside the PDF.",
                    nullptr, m_copiedAttachments)
                     .arg(QDir::toNativeSeparators(attachmentFolderFor(m_result->pdfPath)));
    return lines.join(QLatin1Char('\n'));
}

void ExportPage::renderStatus()
{
    QString status;
    if (m_job) {
        status = tr("Exporting…");
    } else if (!m_result) {
        status = tr("Writes the application PDF and an e-mail draft (.eml) with every document attached into "
                    "this folder.");
        // The same verdict as Review: the session's checked application.
        const CheckedApplication &checked = m_session->checked();
        status += QLatin1Char(' ');
        status +=
            checked.readyToExport() ? tr("Ready to export: the e-mail will carry %n file(s).", nullptr,
                                         int(checked.enclosures().size()))
            : checked.errorCount() > 0
                ? tr("Not ready: the application has %n error(s). Go back to fix them (the Review page "
                     "lists them all).",
                     nullptr, int(checked.errorCount()))
                : tr("Not ready: %n document file(s) did not come with the application. Put them beside "
                     "the file you opened and open it again.",
                     nullptr, int(checked.documentsNotAtHand()));
    } else if (m_result->ok) {
        status = tr("Exported: the PDF (%n page(s)) and the e-mail draft are in the folder.", nullptr,
                    m_result->pageCount);
        if (!m_signedBy.isEmpty())
            status +=
                QLatin1Char(' ') + tr("The PDF is signed with the certificate of %1; the e-mail carries the "
                                      "signed PDF.")
                                       .arg(m_signedBy);
        if (m_stale)
            status += QLatin1Char(' ') + tr("The application has changed since: export again to include the "
                                            "changes.");
    } else if (m_result->refused) {
        status = tr("Not exported: the application has errors. Go back to fix them (the Review page lists "
                    "them all).");
    } else {
        status = tr("Not exported: nothing was written.");
    }
    if (!m_actionMessage.isEmpty())
        status += QLatin1Char('\n') + m_actionMessage;
    m_status->setText(status);

    if (m_result && m_result->refused) {
        Problems errors;
        for (const Problem &problem : m_result->problems)
            if (problem.isError())
                errors << problem;
        m_problems->setProblems(errors);
    } else if (m_result && !m_result->ok) {
        m_problems->setProblems(
            {{Severity::Error, QStringLiteral("export.failed"), QString(), bothLanguages(m_result->error)}});
    } else {
        m_problems->setProblems({});
    }

    if (m_result && m_result->ok) {
        QStringList lines;
        lines << tr("PDF: %1 (%2)")
                     .arg(QDir::toNativeSeparators(m_result->pdfPath),
                          sizeText(QFileInfo(m_result->pdfPath).size()));
        if (!m_result->emailPath.isEmpty())
            lines << tr("E-mail draft: %1 (%2)")
                         .arg(QDir::toNativeSeparators(m_result->emailPath),
                              sizeText(QFileInfo(m_result->emailPath).size()));
        qint64 total = 0;
        for (const Enclosure &file : std::as_const(m_files))
            total += qMax<qint64>(file.size, 0);
        lines << tr("The e-mail attaches %n file(s), %1 in total.", nullptr, int(m_files.size()))
                     .arg(sizeText(total));
        m_filesLabel->setText(lines.join(QLatin1Char('\n')));
        m_mailWarnings->setProblems(m_result->emailWarnings);
        m_mailtoNote->setText(mailtoNote());
    }
}

} // namespace nbapply::gui

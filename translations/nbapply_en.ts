<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to %1’s comment on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1’s comment on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates with their key (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are recorded with your name; approvals are signed with your certificate. The name is kept in nbapply&apos;s settings and can be changed from the Review menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ApplicationWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ApprovalLine</name>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s).</source>
        <translation>
            <numerusform>%n open comment.</numerusform>
            <numerusform>%n open comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::CommentIndicators</name>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 open</source>
        <translation>
            <numerusform>%n comment, %1 open</numerusform>
            <numerusform>%n comments, %1 open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbapply::gui::CommentsDialog</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment, or select one and write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::DocumentKindBox</name>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — must bear the official seal (加盖公章)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop files onto this box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.ofd);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable to this applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick it when the applicant has no such document, and say why; the form and the e-mail state it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it does not apply, e.g. registered in Hong Kong: no business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: why it is not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::DocumentsPage</name>
    <message>
        <source>The documents the licensor asks for. Attach scans or PDFs now, or later: a missing document is a warning and does not stop you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files with the buttons, or drop them onto a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ExportPage</name>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the PDF and the e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files already exist and will be replaced:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Compose” opens a new message to %1 with the subject and text filled in, but without attachments: a mailto: link cannot carry files. Attach these files by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the application PDF and an e-mail draft (.eml) with every document attached into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported: the PDF (%n page(s)) and the e-mail draft are in the folder.</source>
        <translation>
            <numerusform>Exported: the PDF (%n page) and the e-mail draft are in the folder.</numerusform>
            <numerusform>Exported: the PDF (%n pages) and the e-mail draft are in the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The application has changed since: export again to include the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: the application has errors. Go back to fix them (the Review page lists them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The e-mail attaches %n file(s), %1 in total.</source>
        <translation>
            <numerusform>The e-mail attaches %n file, %1 in total.</numerusform>
            <numerusform>The e-mail attaches %n files, %1 in total.</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new message in the mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail text is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the application PDF and the e-mail draft to %1, check the PDF, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;to folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that receives the PDF and the e-mail draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF and the e-mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the exported PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF in the PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open e-&amp;mail draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e-mail draft, with its attachments, in the mail client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pose without attachments (mailto:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a new message in the mail client; attach the files by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y e-mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text of the e-mail to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the export folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready to export: the e-mail will carry %n file(s).</source>
        <translation>
            <numerusform>Ready to export: the e-mail will carry %n file.</numerusform>
            <numerusform>Ready to export: the e-mail will carry %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: the application has %n error(s). Go back to fix them (the Review page lists them all).</source>
        <translation>
            <numerusform>Not ready: the application has %n error. Go back to fix it (the Review page lists it).</numerusform>
            <numerusform>Not ready: the application has %n errors. Go back to fix them (the Review page lists them all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: no application is set up for it. The file is %2; use “Show folder” and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n document file(s) did not come with the application. Put them beside the file you opened and open it again.</source>
        <translation>
            <numerusform>Not ready: %n document file did not come with the application. Put it beside the file you opened and open it again.</numerusform>
            <numerusform>Not ready: %n document files did not come with the application. Put them beside the file you opened and open it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export and si&amp;gn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the application PDF with your certificate (a PKCS#12 file) while exporting it; the password is asked each time and never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the application PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is signed with the certificate of %1; the e-mail carries the signed PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xdg-email, which hands a message to your mail program, is not installed (Debian package xdg-utils).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has the message with its %n attachment(s): check it there and send it.</source>
        <translation>
            <numerusform>Your mail program has the message with its %n attachment: check it there and send it.</numerusform>
            <numerusform>Your mail program has the message with its %n attachments: check it there and send it.</numerusform>
        </translation>
    </message>
    <message>
        <source>xdg-email could not hand the message to a mail program (it ended with code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xdg-email could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a new message in your mail program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with the e-mail draft %1 is open: open the draft with your mail program, or use “Compose without attachments (mailto:)” and attach the files listed below by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail draft is %1: open it with your mail program, or use “Compose without attachments (mailto:)” and attach the files listed below by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in my m&amp;ail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new message in your mail program with the recipient, subject, text and every attachment filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were in a private folder of nbapply that a mail program&apos;s file dialog does not show: those listed are copies in %1, beside the PDF.</source>
        <translation>
            <numerusform>%n document was in a private folder of nbapply that a mail program&apos;s file dialog does not show: the one listed is a copy in %1, beside the PDF.</numerusform>
            <numerusform>%n documents were in a private folder of nbapply that a mail program&apos;s file dialog does not show: those listed are copies in %1, beside the PDF.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbapply::gui::FieldInput</name>
    <message>
        <source>Choose or type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::FieldRow</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as entered — checked against the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: confirms the value as you entered it. The export marks it as unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as entered — I have checked the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s): %1</source>
        <translation>
            <numerusform>%n comment: %1</numerusform>
            <numerusform>%n comments: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbapply::gui::LicenceDialog</name>
    <message>
        <source>Nanbeige Large Language Model Licence Agreement v1.0 (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the licence&apos;s own text. Only the Chinese version exists and it governs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::MainWindow</name>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbapply drafts (*.nbapply.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recover the unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About nbapply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About nbapply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbapply %1

Prepares the application for commercial use of the Nanbeige licensed models: the form, a bilingual PDF and an e-mail draft. Not affiliated with the licensor; the licensor alone decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an application without an applicant name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbapply was closed without saving %1 (last changed %2). Recover it now?

If you choose Later, it stays available from the Welcome page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (opened from this file, not saved as a draft yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a draft, a package, an nbapply PDF or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: drafts, packages, nbapply PDFs and e-mails (*.nbapply.json *.json *.nbapply.zip *.zip *.pdf *.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbapply packages (*.nbapply.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make an editable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Pac&amp;kage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PageAnnouncer</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PaperActions</name>
    <message>
        <source>The letter prints the applicant and the representative: fix their errors first (the Review page lists them), then create the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written: %1. Check it, print it at actual size, seal and sign it, scan it and attach the scan as the letter of authorisation on the Documents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the letter, print it, stamp and sign it, then attach the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the application at actual size on A4. The letter of authorisation (授权委托书) can be created here beside it, then printed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a last day the letter is valid until the matters of the application are concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the letter of authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and &amp;print the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the letter of authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the letter of authorisation (授权委托书) from the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the application and the letter at actual size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PasswordDialog</name>
    <message>
        <source>Certificate file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PdfPrinting</name>
    <message>
        <source>Could not read %1 to print it. Export again, then print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check it in the system&apos;s printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not render page %1 to print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print yet. Export the application first (the Export page, “Export”), then print it from there or with File › Print. To print the letter of authorisation, create it on the Export page or the Documents page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ProblemLabel</name>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ReadOnlyBanner</name>
    <message>
        <source>&amp;Edit a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its pages were re-derived from its data and are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was made by %1: only the text of its pages was compared with its data, and it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier nbapply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: %1 SHA-256 verified, %2 differ, %3 not enclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received application, read-only. File: %1. Applicant: %2. %3. Fingerprint: %4. %5 %6 Comments and an approval can be added; to change the application itself, edit a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s).</source>
        <translation>
            <numerusform>%n open comment.</numerusform>
            <numerusform>%n open comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF signature: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ReviewMenu</name>
    <message>
        <source>Comment on this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus into a field or a document box first (Tab), then choose this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment on this field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign your review of this application (fingerprint %1) with your certificate (a PKCS#12 .p12/.pfx file). The signature names you as your certificate does; it reads &quot;covers an older version&quot; when the application changes, and it does not stop an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pproved for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications: drafts, packages, nbapply PDFs and e-mails (*.nbapply.json *.json *.nbapply.zip *.zip *.pdf *.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted company CA certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note signed with your verdict (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval could not be signed with this certificate. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are still open. Approve anyway?</source>
        <translation>
            <numerusform>%n comment is still open. Approve anyway?</numerusform>
            <numerusform>%n comments are still open. Approve anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments, replies and resolutions are recorded with this name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ReviewPage</name>
    <message>
        <source>The review page could not be prepared: the temporary folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export. Please check the warnings above; they do not block the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to export: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the review to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole application as the licensor will read it, in Chinese and English. Click any item to go back and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this review page as a PDF file, for example to print it or to show it to a colleague. This is not the application PDF: that is written on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application with its problems; each item is a link to its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. It is a review aid, not the application: send the PDF the Export page writes, and print that one (File › Print).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this application (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from %1 to this application: deleted text struck through, inserted text underlined, comments alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print revie&amp;w report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal PDF with the verdict, every comment thread and the documents&apos; SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the internal review report (内部 / INTERNAL on every page): the approval, who commented, replied, resolved and reopened what and when, the documents with their SHA-256 and, while comparing, the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report written: %1. It is internal (内部 / INTERNAL on every page): keep it inside the firm, never send it to the licensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be printed to a PDF. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::SectionPage</name>
    <message>
        <source>Fields marked * are required. Problems are listed under each field and below; warnings do not stop you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched from “%1” to “%2”. What you entered for “%1” is kept and comes back if you switch back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::TrustedCasDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add company CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted company CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures made with a certificate issued by one of these CAs, or by a CA of the system&apos;s store, read &quot;trusted&quot;. Others read &quot;identity not verified&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM files):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (PEM files)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nbapply::gui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbapply helps you fill in the application form for commercial use of the Nanbeige licensed models, checks your answers as you type, and produces a bilingual PDF and an e-mail draft addressed to %1. Your drafts stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nbapply is not affiliated with the licensor and cannot grant a licence: it only prepares the application. It sends nothing by itself, and the licensor alone decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial use of the Nanbeige models needs the licensor&apos;s written approval; without it no commercial licence is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form and its documents are sent by e-mail to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licensor may ask for further documents and reviews the application once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese text of the licence and of the form prevails; English is for reference only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the full licence (Chinese)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a draft or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover &amp;unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begins an empty application and goes to the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a saved draft or a PDF that nbapply exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores what an earlier session had not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

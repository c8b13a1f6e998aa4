<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>回复批注</translation>
    </message>
    <message>
        <source>&amp;Reply to %1’s comment on %2:</source>
        <translation>回复%1对“%2”的批注(&amp;R)：</translation>
    </message>
    <message>
        <source>Reply to %1’s comment on %2</source>
        <translation>回复%1对“%2”的批注</translation>
    </message>
    <message>
        <source>Certificates with their key (*.p12 *.pfx);;All files (*)</source>
        <translation>含私钥的证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Comments are recorded with your name; approvals are signed with your certificate. The name is kept in nbapply&apos;s settings and can be changed from the Review menu.</source>
        <translation>批注会记录您的姓名；审批则用您的证书签名。姓名保存在 nbapply 的设置中，可在“审阅”菜单中修改。</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ApplicationWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>完成(&amp;I)</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ApprovalLine</name>
    <message>
        <source>Review: %1</source>
        <translation>审阅：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s).</source>
        <translation>
            <numerusform>%n 条批注未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF signature: %1</source>
        <translation>PDF 签名：%1</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::CommentIndicators</name>
    <message>
        <source>Add a comment</source>
        <translation>添加批注</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 open</source>
        <translation>
            <numerusform>%n 条批注，%1 条未解决</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbapply::gui::CommentsDialog</name>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Comments on: %1</source>
        <translation>批注对象：%1</translation>
    </message>
    <message>
        <source>Comment or reply</source>
        <translation>批注或回复</translation>
    </message>
    <message>
        <source>Write a comment, or select one and write a reply</source>
        <translation>写一条批注，或选中一条批注后写回复</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add comment</source>
        <translation>添加批注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>标为已解决(&amp;S)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::DocumentKindBox</name>
    <message>
        <source> (required)</source>
        <translation>（必需）</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source> — must bear the official seal (加盖公章)</source>
        <translation> —— 须加盖公章</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>You can also drop files onto this box.</source>
        <translation>也可以把文件拖放到此框中。</translation>
    </message>
    <message>
        <source>Add files for: %1</source>
        <translation>添加文件：%1</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.ofd);;All files (*)</source>
        <translation>材料 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not add the file</source>
        <translation>无法添加文件</translation>
    </message>
    <message>
        <source>Not applicable to this applicant</source>
        <translation>本申请人不适用</translation>
    </message>
    <message>
        <source>Tick it when the applicant has no such document, and say why; the form and the e-mail state it.</source>
        <translation>申请人没有这份材料时勾选，并说明理由；申请表和邮件会写明。</translation>
    </message>
    <message>
        <source>Why it does not apply, e.g. registered in Hong Kong: no business licence</source>
        <translation>不适用的理由，例如：在香港注册，没有营业执照</translation>
    </message>
    <message>
        <source>%1: why it is not applicable</source>
        <translation>%1：不适用的理由</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::DocumentsPage</name>
    <message>
        <source>The documents the licensor asks for. Attach scans or PDFs now, or later: a missing document is a warning and does not stop you.</source>
        <translation>许可方要求提交的材料。现在或稍后附上扫描件或 PDF：缺少材料只是警告，不会阻止您继续。</translation>
    </message>
    <message>
        <source>Add files with the buttons, or drop them onto a box.</source>
        <translation>用按钮添加文件，或把文件拖放到对应的框中。</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>申请材料</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ExportPage</name>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF and the e-mail draft</source>
        <translation>选择保存 PDF 和邮件草稿的文件夹</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>替换这些文件？</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced:
%1</source>
        <translation>以下文件已存在，将被替换：
%1</translation>
    </message>
    <message>
        <source>“Compose” opens a new message to %1 with the subject and text filled in, but without attachments: a mailto: link cannot carry files. Attach these files by hand:</source>
        <translation>“撰写”会新建一封发给 %1 的邮件并填好主题和正文，但不含附件：mailto: 链接无法携带文件。请手动添加以下附件：</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Writes the application PDF and an e-mail draft (.eml) with every document attached into this folder.</source>
        <translation>把申请表 PDF 和附带全部材料的邮件草稿（.eml）写入此文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Exported: the PDF (%n page(s)) and the e-mail draft are in the folder.</source>
        <translation>
            <numerusform>已导出：PDF（%n 页）和邮件草稿已在文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <source>The application has changed since: export again to include the changes.</source>
        <translation>申请内容此后有改动：请重新导出以包含这些改动。</translation>
    </message>
    <message>
        <source>Not exported: the application has errors. Go back to fix them (the Review page lists them all).</source>
        <translation>未导出：申请中有错误。请返回修改（“核对”页列出了全部问题）。</translation>
    </message>
    <message>
        <source>Not exported: nothing was written.</source>
        <translation>未导出：没有写入任何文件。</translation>
    </message>
    <message>
        <source>PDF: %1 (%2)</source>
        <translation>PDF：%1（%2）</translation>
    </message>
    <message>
        <source>E-mail draft: %1 (%2)</source>
        <translation>邮件草稿：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>The e-mail attaches %n file(s), %1 in total.</source>
        <translation>
            <numerusform>邮件附带 %n 个文件，共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the e-mail draft</source>
        <translation>邮件草稿</translation>
    </message>
    <message>
        <source>a new message in the mail client</source>
        <translation>邮件客户端中的新邮件</translation>
    </message>
    <message>
        <source>The e-mail text is on the clipboard.</source>
        <translation>邮件正文已复制到剪贴板。</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the application PDF and the e-mail draft to %1, check the PDF, then send it.</source>
        <translation>写出申请表 PDF 和发给 %1 的邮件草稿，检查 PDF，然后发送。</translation>
    </message>
    <message>
        <source>Export &amp;to folder:</source>
        <translation>导出到文件夹(&amp;T)：</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>The folder that receives the PDF and the e-mail draft.</source>
        <translation>保存 PDF 和邮件草稿的文件夹。</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>选择(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export the PDF and the e-mail draft</source>
        <translation>导出 PDF 和邮件草稿</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Preview of the exported PDF</source>
        <translation>导出 PDF 的预览</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <source>Open the PDF in the PDF viewer</source>
        <translation>在 PDF 阅读器中打开 PDF</translation>
    </message>
    <message>
        <source>Open e-&amp;mail draft</source>
        <translation>打开邮件草稿(&amp;M)</translation>
    </message>
    <message>
        <source>Open the e-mail draft, with its attachments, in the mail client</source>
        <translation>在邮件客户端中打开带附件的邮件草稿</translation>
    </message>
    <message>
        <source>Com&amp;pose without attachments (mailto:)</source>
        <translation>撰写不带附件的邮件（mailto:）(&amp;P)</translation>
    </message>
    <message>
        <source>Compose a new message in the mail client; attach the files by hand</source>
        <translation>在邮件客户端中新建邮件；附件需手动添加</translation>
    </message>
    <message>
        <source>Cop&amp;y e-mail text</source>
        <translation>复制邮件正文(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the text of the e-mail to the clipboard</source>
        <translation>把邮件正文复制到剪贴板</translation>
    </message>
    <message>
        <source>Show fol&amp;der</source>
        <translation>显示文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Show the export folder in the file manager</source>
        <translation>在文件管理器中显示导出文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Ready to export: the e-mail will carry %n file(s).</source>
        <translation>
            <numerusform>可以导出：邮件将附带 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready: the application has %n error(s). Go back to fix them (the Review page lists them all).</source>
        <translation>
            <numerusform>尚不能导出：申请中有 %n 个错误。请返回修改（“核对”页列出了全部问题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: no application is set up for it. The file is %2; use “Show folder” and open it from there.</source>
        <translation>无法打开%1：系统没有设置相应的应用程序。文件位于 %2；请用“显示文件夹”，从那里打开。</translation>
    </message>
    <message numerus="yes">
        <source>Not ready: %n document file(s) did not come with the application. Put them beside the file you opened and open it again.</source>
        <translation>
            <numerusform>尚不能导出：有 %n 份材料文件没有随申请一起收到。请把它们放在所打开的文件旁边，然后重新打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export and si&amp;gn…</source>
        <translation>导出并签名(&amp;G)…</translation>
    </message>
    <message>
        <source>Sign the application PDF with your certificate (a PKCS#12 file) while exporting it; the password is asked each time and never kept</source>
        <translation>导出时用您的证书（PKCS#12 文件）为申请表 PDF 签名；每次都会询问密码，密码不会被保存</translation>
    </message>
    <message>
        <source>Sign the application PDF</source>
        <translation>为申请表 PDF 签名</translation>
    </message>
    <message>
        <source>The PDF is signed with the certificate of %1; the e-mail carries the signed PDF.</source>
        <translation>PDF 已用 %1 的证书签名；邮件附带的是已签名的 PDF。</translation>
    </message>
    <message>
        <source>xdg-email, which hands a message to your mail program, is not installed (Debian package xdg-utils).</source>
        <translation>未安装 xdg-email（Debian 软件包 xdg-utils），无法把邮件交给您的邮件程序。</translation>
    </message>
    <message numerus="yes">
        <source>Your mail program has the message with its %n attachment(s): check it there and send it.</source>
        <translation>
            <numerusform>邮件及其 %n 个附件已交给您的邮件程序：请在邮件程序中核对后发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>xdg-email could not hand the message to a mail program (it ended with code %1).</source>
        <translation>xdg-email 未能把邮件交给邮件程序（退出码 %1）。</translation>
    </message>
    <message>
        <source>xdg-email could not be started.</source>
        <translation>无法启动 xdg-email，未能把邮件交给邮件程序。</translation>
    </message>
    <message>
        <source>Opening a new message in your mail program…</source>
        <translation>正在您的邮件程序中新建邮件…</translation>
    </message>
    <message>
        <source>The folder with the e-mail draft %1 is open: open the draft with your mail program, or use “Compose without attachments (mailto:)” and attach the files listed below by hand.</source>
        <translation>已打开邮件草稿 %1 所在的文件夹：请用您的邮件程序打开该草稿，或使用“撰写不带附件的邮件（mailto:）”并手动添加下列文件。</translation>
    </message>
    <message>
        <source>The e-mail draft is %1: open it with your mail program, or use “Compose without attachments (mailto:)” and attach the files listed below by hand.</source>
        <translation>邮件草稿为 %1：请用您的邮件程序打开它，或使用“撰写不带附件的邮件（mailto:）”并手动添加下列文件。</translation>
    </message>
    <message>
        <source>Open in my m&amp;ail program</source>
        <translation>在我的邮件程序中打开(&amp;A)</translation>
    </message>
    <message>
        <source>Open a new message in your mail program with the recipient, subject, text and every attachment filled in</source>
        <translation>在您的邮件程序中新建一封邮件，收件人、主题、正文和全部附件均已填好</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were in a private folder of nbapply that a mail program&apos;s file dialog does not show: those listed are copies in %1, beside the PDF.</source>
        <translation>
            <numerusform>有 %n 份文件原在 nbapply 的私有文件夹中，邮件程序的选择文件对话框看不到：上面列出的是它们在 PDF 旁 %1 中的副本。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbapply::gui::FieldInput</name>
    <message>
        <source>Choose or type…</source>
        <translation>选择或输入…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>%1: choices</source>
        <translation>%1：选项列表</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>本月日期</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::FieldRow</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Normalised: %1</source>
        <translation>规范化后：%1</translation>
    </message>
    <message>
        <source>Use as entered — checked against the original</source>
        <translation>按原样使用（已与原件核对）</translation>
    </message>
    <message>
        <source>%1: confirms the value as you entered it. The export marks it as unverified.</source>
        <translation>%1：确认按您输入的值使用。导出时会将其标注为未经校验。</translation>
    </message>
    <message>
        <source>Use as entered — I have checked the number</source>
        <translation>按原样使用（已核实号码无误）</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s): %1</source>
        <translation>
            <numerusform>%n 条批注：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nbapply::gui::LicenceDialog</name>
    <message>
        <source>Nanbeige Large Language Model Licence Agreement v1.0 (Chinese)</source>
        <translation>南北阁大语言模型许可协议 v1.0（中文）</translation>
    </message>
    <message>
        <source>This is the licence&apos;s own text. Only the Chinese version exists and it governs.</source>
        <translation>以下为许可协议原文。协议只有中文版本，以中文为准。</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::MainWindow</name>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Could not save the draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Save the draft as</source>
        <translation>草稿另存为</translation>
    </message>
    <message>
        <source>nbapply drafts (*.nbapply.json)</source>
        <translation>nbapply 草稿 (*.nbapply.json)</translation>
    </message>
    <message>
        <source>Could not recover the unsaved work</source>
        <translation>无法恢复未保存的内容</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The application has changes that are not saved. Save them first?</source>
        <translation>申请有尚未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About nbapply</source>
        <translation>关于 nbapply(&amp;A)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新申请</translation>
    </message>
    <message>
        <source>About nbapply</source>
        <translation>关于 nbapply</translation>
    </message>
    <message>
        <source>nbapply %1

Prepares the application for commercial use of the Nanbeige licensed models: the form, a bilingual PDF and an e-mail draft. Not affiliated with the licensor; the licensor alone decides.</source>
        <translation>nbapply %1

帮助准备南北阁许可模型商业使用申请：申请表、中英双语 PDF 和邮件草稿。本软件与许可方无关；是否许可完全由许可方决定。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>an application without an applicant name yet</source>
        <translation>一份尚未填写申请人名称的申请</translation>
    </message>
    <message>
        <source>the application of “%1”</source>
        <translation>“%1”的申请</translation>
    </message>
    <message>
        <source>nbapply was closed without saving %1 (last changed %2). Recover it now?

If you choose Later, it stays available from the Welcome page.</source>
        <translation>nbapply 上次关闭时未保存%1（最后修改于 %2）。现在恢复吗？

如果选择“稍后”，仍可在欢迎页恢复。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>%1 (opened from this file, not saved as a draft yet)</source>
        <translation>%1（从此文件打开，尚未另存为草稿）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Open a draft, a package, an nbapply PDF or e-mail</source>
        <translation>打开草稿、申请包、nbapply PDF 或邮件</translation>
    </message>
    <message>
        <source>Applications: drafts, packages, nbapply PDFs and e-mails (*.nbapply.json *.json *.nbapply.zip *.zip *.pdf *.eml);;All files (*)</source>
        <translation>申请：草稿、申请包、nbapply PDF 和邮件 (*.nbapply.json *.json *.nbapply.zip *.zip *.pdf *.eml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save the package</source>
        <translation>无法保存申请包</translation>
    </message>
    <message>
        <source>Save as package</source>
        <translation>另存为申请包</translation>
    </message>
    <message>
        <source>nbapply packages (*.nbapply.zip)</source>
        <translation>nbapply 申请包 (*.nbapply.zip)</translation>
    </message>
    <message>
        <source>Could not make an editable copy</source>
        <translation>无法创建可编辑的副本</translation>
    </message>
    <message>
        <source>Save as Pac&amp;kage…</source>
        <translation>另存为申请包(&amp;K)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>与其他版本对比(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PageAnnouncer</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PaperActions</name>
    <message>
        <source>The letter prints the applicant and the representative: fix their errors first (the Review page lists them), then create the letter.</source>
        <translation>委托书会打印申请人和授权代表的信息：请先更正其中的错误（“核对”页列出了这些错误），再生成委托书。</translation>
    </message>
    <message>
        <source>Letter written: %1. Check it, print it at actual size, seal and sign it, scan it and attach the scan as the letter of authorisation on the Documents page.</source>
        <translation>委托书已写入：%1。请核对后按实际大小打印，盖章并签字，再扫描，并在“申请材料”页把扫描件作为授权委托书附上。</translation>
    </message>
    <message>
        <source>Create the letter, print it, stamp and sign it, then attach the scan.</source>
        <translation>生成委托书，打印，盖章并签字，然后附上扫描件。</translation>
    </message>
    <message>
        <source>Print the application at actual size on A4. The letter of authorisation (授权委托书) can be created here beside it, then printed with it.</source>
        <translation>按实际大小在 A4 纸上打印申请表。可在此生成授权委托书（保存在申请表旁边），并与申请表一起打印。</translation>
    </message>
    <message>
        <source>Letter valid &amp;until:</source>
        <translation>委托书有效期至(&amp;U)：</translation>
    </message>
    <message>
        <source>Without a last day the letter is valid until the matters of the application are concluded.</source>
        <translation>不设截止日期时，委托书有效至本次申请相关事宜办理完毕之日。</translation>
    </message>
    <message>
        <source>Last day of the letter of authorisation</source>
        <translation>授权委托书的截止日期</translation>
    </message>
    <message>
        <source>Create and &amp;print the letter…</source>
        <translation>生成并打印委托书(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Create the letter of authorisation</source>
        <translation>生成授权委托书(&amp;C)</translation>
    </message>
    <message>
        <source>Create the letter of authorisation (授权委托书) from the application</source>
        <translation>根据申请数据生成授权委托书</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>打印(&amp;N)…</translation>
    </message>
    <message>
        <source>Print the application and the letter at actual size</source>
        <translation>按实际大小打印申请表和委托书</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PasswordDialog</name>
    <message>
        <source>Certificate file: %1</source>
        <translation>证书文件：%1</translation>
    </message>
    <message>
        <source>Password of the certificate file</source>
        <translation>证书文件的密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PdfPrinting</name>
    <message>
        <source>Could not read %1 to print it. Export again, then print.</source>
        <translation>无法读取 %1，不能打印。请重新导出后再打印。</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it in the system&apos;s printer settings.</source>
        <translation>无法启动打印机。请在系统的打印机设置中检查。</translation>
    </message>
    <message>
        <source>Could not render page %1 to print it.</source>
        <translation>无法渲染第 %1 页，不能打印。</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>There is nothing to print yet. Export the application first (the Export page, “Export”), then print it from there or with File › Print. To print the letter of authorisation, create it on the Export page or the Documents page.</source>
        <translation>还没有可打印的内容。请先导出申请（“导出”页上的“导出”），再在该页或通过“文件 › 打印”打印。如需打印授权委托书，请先在“导出”页或“申请材料”页生成。</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ProblemLabel</name>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ReadOnlyBanner</name>
    <message>
        <source>&amp;Edit a copy</source>
        <translation>编辑副本(&amp;E)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>导出日期：%1</translation>
    </message>
    <message>
        <source>File date: %1</source>
        <translation>文件日期：%1</translation>
    </message>
    <message>
        <source>Its pages were re-derived from its data and are identical.</source>
        <translation>已按其附带数据重新生成页面并逐页比对，完全一致。</translation>
    </message>
    <message>
        <source>It was made by %1: only the text of its pages was compared with its data, and it matches.</source>
        <translation>该文件由 %1 生成：仅比对了页面文字与附带数据，两者一致。</translation>
    </message>
    <message>
        <source>an earlier nbapply</source>
        <translation>较早版本的 nbapply</translation>
    </message>
    <message>
        <source>Documents: %1 SHA-256 verified, %2 differ, %3 not enclosed.</source>
        <translation>材料：%1 份 SHA-256 已核对一致，%2 份不符，%3 份未随附。</translation>
    </message>
    <message>
        <source>Received application, read-only. File: %1. Applicant: %2. %3. Fingerprint: %4. %5 %6 Comments and an approval can be added; to change the application itself, edit a copy.</source>
        <translation>收到的申请，只读。文件：%1。申请人：%2。%3。数据指纹：%4。%5%6可以添加批注和审批；如需修改申请本身，请编辑副本。</translation>
    </message>
    <message>
        <source>Review: %1.</source>
        <translation>审阅：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s).</source>
        <translation>
            <numerusform>%n 条批注未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF signature: %1.</source>
        <translation>PDF 签名：%1。</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ReviewMenu</name>
    <message>
        <source>Comment on this field</source>
        <translation>批注此字段</translation>
    </message>
    <message>
        <source>Move the focus into a field or a document box first (Tab), then choose this again.</source>
        <translation>请先（用 Tab 键）把焦点移到一个字段或材料框中，再选择此项。</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Comment on this field…</source>
        <translation>批注此字段(&amp;C)…</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>记录审批(&amp;A)…</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>您的姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>Record approval</source>
        <translation>记录审批</translation>
    </message>
    <message>
        <source>Sign your review of this application (fingerprint %1) with your certificate (a PKCS#12 .p12/.pfx file). The signature names you as your certificate does; it reads &quot;covers an older version&quot; when the application changes, and it does not stop an export.</source>
        <translation>用您的证书（PKCS#12 .p12/.pfx 文件）签署您对此申请（数据指纹 %1）的审阅结论。签名按证书上的姓名显示您；申请内容变更后显示“签名针对的是较早版本”；不会阻止导出。</translation>
    </message>
    <message>
        <source>A&amp;pproved for sending</source>
        <translation>批准发送(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hanges requested</source>
        <translation>要求修改(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation>与其他版本对比</translation>
    </message>
    <message>
        <source>Applications: drafts, packages, nbapply PDFs and e-mails (*.nbapply.json *.json *.nbapply.zip *.zip *.pdf *.eml);;All files (*)</source>
        <translation>申请：草稿、申请包、nbapply PDF 和邮件 (*.nbapply.json *.json *.nbapply.zip *.zip *.pdf *.eml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>无法对比</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>&amp;Trusted company CA certificates…</source>
        <translation>受信任的公司 CA 证书(&amp;T)…</translation>
    </message>
    <message>
        <source>A note signed with your verdict (optional):</source>
        <translation>与审阅结论一起签名的附言（可选）：</translation>
    </message>
    <message>
        <source>Sign the approval</source>
        <translation>为审批签名</translation>
    </message>
    <message>
        <source>The approval could not be signed with this certificate. Nothing was recorded.</source>
        <translation>无法用此证书为审批签名。未记录任何内容。</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>未解决的批注</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are still open. Approve anyway?</source>
        <translation>
            <numerusform>还有 %n 条未解决的批注，仍要批准吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve anyway</source>
        <translation>仍然批准(&amp;A)</translation>
    </message>
    <message>
        <source>Comments, replies and resolutions are recorded with this name:</source>
        <translation>批注、回复和解决记录将使用此姓名：</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::ReviewPage</name>
    <message>
        <source>The review page could not be prepared: the temporary folder is not writable.</source>
        <translation>无法准备核对页面：临时文件夹不可写。</translation>
    </message>
    <message>
        <source>Ready to export. Please check the warnings above; they do not block the export.</source>
        <translation>可以导出。请查看上面的警告；警告不会阻止导出。</translation>
    </message>
    <message>
        <source>Ready to export: no problems found.</source>
        <translation>可以导出：未发现问题。</translation>
    </message>
    <message>
        <source>application-review</source>
        <translation>申请核对</translation>
    </message>
    <message>
        <source>Print the review to a PDF file</source>
        <translation>把核对页打印为 PDF 文件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>The whole application as the licensor will read it, in Chinese and English. Click any item to go back and change it.</source>
        <translation>许可方将看到的完整申请（中英文）。点击任一项即可返回修改。</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>打印为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save this review page as a PDF file, for example to print it or to show it to a colleague. This is not the application PDF: that is written on the next page.</source>
        <translation>把此核对页保存为 PDF 文件，例如用于打印或给同事查看。这不是申请表 PDF：申请表 PDF 在下一页生成。</translation>
    </message>
    <message>
        <source>Application review</source>
        <translation>申请核对</translation>
    </message>
    <message>
        <source>The application with its problems; each item is a link to its editor.</source>
        <translation>申请内容及其问题；每一项都链接到对应的编辑位置。</translation>
    </message>
    <message>
        <source>Saved to %1. It is a review aid, not the application: send the PDF the Export page writes, and print that one (File › Print).</source>
        <translation>已保存到 %1。这是供核对用的副本，不是申请表：请发送“导出”页生成的 PDF，并打印那一份（“文件 › 打印”）。</translation>
    </message>
    <message>
        <source>this application (not saved)</source>
        <translation>此申请（未保存）</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <source>What changed from %1 to this application: deleted text struck through, inserted text underlined, comments alongside.</source>
        <translation>从 %1 到此申请的变化：删除的文字加删除线，插入的文字加下划线，批注列在旁边。</translation>
    </message>
    <message>
        <source>Back to the re&amp;view</source>
        <translation>返回核对(&amp;V)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>随附材料</translation>
    </message>
    <message>
        <source>Print review report</source>
        <translation>打印审阅报告</translation>
    </message>
    <message>
        <source>Print revie&amp;w report…</source>
        <translation>打印审阅报告(&amp;W)…</translation>
    </message>
    <message>
        <source>An internal PDF with the verdict, every comment thread and the documents&apos; SHA-256</source>
        <translation>内部 PDF，包含审阅结论、每条批注记录和材料的 SHA-256</translation>
    </message>
    <message>
        <source>Write the internal review report (内部 / INTERNAL on every page): the approval, who commented, replied, resolved and reopened what and when, the documents with their SHA-256 and, while comparing, the changes.</source>
        <translation>生成内部审阅报告（每页标有“内部 / INTERNAL”）：审批结论，谁在何时批注、回复、解决或重新打开了什么，材料及其 SHA-256，以及对比时的差异。</translation>
    </message>
    <message>
        <source>Review report written: %1. It is internal (内部 / INTERNAL on every page): keep it inside the firm, never send it to the licensor.</source>
        <translation>审阅报告已写入：%1。这是内部文件（每页标有“内部 / INTERNAL”）：请仅在公司内部使用，切勿发送给许可方。</translation>
    </message>
    <message>
        <source>The review could not be printed to a PDF. Try again.</source>
        <translation>核对页未能打印为 PDF。请重试。</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::SectionPage</name>
    <message>
        <source>Fields marked * are required. Problems are listed under each field and below; warnings do not stop you.</source>
        <translation>标有 * 的项目为必填。问题显示在各项下方和页面底部；警告不会阻止您继续。</translation>
    </message>
    <message>
        <source>Switched from “%1” to “%2”. What you entered for “%1” is kept and comes back if you switch back.</source>
        <translation>已从“%1”切换为“%2”。为“%1”填写的内容仍然保留，切换回去即可恢复。</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::TrustedCasDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add company CA certificates</source>
        <translation>添加公司 CA 证书</translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>CA 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trusted company CA certificates</source>
        <translation>受信任的公司 CA 证书</translation>
    </message>
    <message>
        <source>Signatures made with a certificate issued by one of these CAs, or by a CA of the system&apos;s store, read &quot;trusted&quot;. Others read &quot;identity not verified&quot;.</source>
        <translation>由这些 CA 或系统证书库中的 CA 签发的证书所做的签名显示为“身份已验证”，其他签名显示为“身份未经验证”。</translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM files):</source>
        <translation>证书（PEM 文件）(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificates (PEM files)</source>
        <translation>证书（PEM 文件）</translation>
    </message>
</context>
<context>
    <name>nbapply::gui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>nbapply helps you fill in the application form for commercial use of the Nanbeige licensed models, checks your answers as you type, and produces a bilingual PDF and an e-mail draft addressed to %1. Your drafts stay on this computer.</source>
        <translation>nbapply 帮助您填写南北阁许可模型商业使用申请表，在您输入时检查内容，并生成中英双语 PDF 和发给 %1 的邮件草稿。草稿只保存在本机。</translation>
    </message>
    <message>
        <source>nbapply is not affiliated with the licensor and cannot grant a licence: it only prepares the application. It sends nothing by itself, and the licensor alone decides.</source>
        <translation>nbapply 与许可方无关，也不能授予许可：它只帮助准备申请。它不会自行发送任何内容，是否许可完全由许可方决定。</translation>
    </message>
    <message>
        <source>What you will need</source>
        <translation>您需要准备的材料</translation>
    </message>
    <message>
        <source>%1 (for: %2)</source>
        <translation>%1（适用于：%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The licence in brief</source>
        <translation>许可协议要点</translation>
    </message>
    <message>
        <source>Commercial use of the Nanbeige models needs the licensor&apos;s written approval; without it no commercial licence is granted.</source>
        <translation>商业使用南北阁模型须获得许可方的书面授权；未获书面授权，视为未获得商业许可。</translation>
    </message>
    <message>
        <source>The application form and its documents are sent by e-mail to %1.</source>
        <translation>申请表及相关材料以电子邮件发送至 %1。</translation>
    </message>
    <message>
        <source>The licensor may ask for further documents and reviews the application once it is complete.</source>
        <translation>许可方可能要求补充材料，并在收到符合要求的申请材料后开始审核。</translation>
    </message>
    <message>
        <source>The Chinese text of the licence and of the form prevails; English is for reference only.</source>
        <translation>许可协议和申请表以中文为准；英文仅供参考。</translation>
    </message>
    <message>
        <source>&amp;Read the full licence (Chinese)…</source>
        <translation>阅读许可协议全文（中文）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Start a new application</source>
        <translation>开始新申请(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open a draft or PDF…</source>
        <translation>打开草稿或 PDF(&amp;O)…</translation>
    </message>
    <message>
        <source>Recover &amp;unsaved work</source>
        <translation>恢复未保存的内容(&amp;U)</translation>
    </message>
    <message>
        <source>Begins an empty application and goes to the next page.</source>
        <translation>新建一份空白申请并进入下一页。</translation>
    </message>
    <message>
        <source>Opens a saved draft or a PDF that nbapply exported.</source>
        <translation>打开已保存的草稿或 nbapply 导出的 PDF。</translation>
    </message>
    <message>
        <source>Restores what an earlier session had not saved.</source>
        <translation>恢复上次未保存的内容。</translation>
    </message>
</context>
</TS>

#include "reviewreportcontent.h"

#include "application/checkedapplication.h"
#include "compare/applicationdiff.h"
#include "draft/draftreview.h"
#include "form/formdefinition.h"
#include "signing/approvalsignature.h"
#include "signing/truststore.h"

namespace nbapply
{

namespace
{

using Style = ReportBlock::Style;

QString both(const BilingualText &text)
{
    return text.zh + QStringLiteral(" / ") + text.en;
}

// A time with its UTC offset: "2026-12-07 21:05:00 +08:00".
QString timeWithOffset(const QDateTime &time)
{
    CommentEvent event;
    event.timeText = time.toString(Qt::ISODate);
    event.time = time;
    return event.timeDisplay();
}

// The label of a comment's or a change's field, in both languages; the path when the form has none.
QString fieldLabel(const FormDefinition &form, const QString &field)
{
    if (const FieldDefinition *definition = form.field(field))
        return both(definition->label) + QStringLiteral(" (") + field + u')';
    const QString prefix = QStringLiteral("documents.");
    if (field.startsWith(prefix))
        if (const DocumentKind *kind = form.documentKind(field.mid(prefix.size())))
            return both(kind->label) + QStringLiteral(" (") + field + u')';
    return field;
}

QString certificateName(const QString &commonName, const QString &organisation)
{
    if (commonName.isEmpty() && organisation.isEmpty())
        return QStringLiteral("未记录 / not recorded");
    return organisation.isEmpty() ? commonName : commonName + QStringLiteral(" (") + organisation + u')';
}

// The verdict as its signature verifies: who signed (from the certificate, never from the JSON), who
// issued the certificate and what the signature covers. A record without a valid signature reads
// "unsigned: not evidence of approval" and names no one.
void approval(const CheckedApplication &checked, const ReviewReportInput &input, QList<ReportBlock> *out)
{
    out->append({Style::Heading, QStringLiteral("审批结论 / Approval")});
    if (!signing::hasApproval(checked.draft())) {
        out->append({Style::Body, QStringLiteral("尚未审阅 / Not reviewed")});
        return;
    }
    const signing::TrustStore system =
        input.trust ? signing::TrustStore() : signing::TrustStore::load({}, nullptr);
    const signing::SignatureReport report =
        signing::verifyApproval(checked.draft(), checked.fingerprint(), input.trust ? *input.trust : system,
                                QDateTime::currentDateTimeUtc());
    const BilingualText summary = report.summary();
    out->append({Style::Body, summary.zh});
    out->append({Style::Detail, summary.en});
    if (report.coverage == signing::SignatureReport::Coverage::Unsigned || !report.cms.intact ||
        report.cms.signer.isNull())
        return;
    const signing::CertificateInfo &signer = report.cms.signer;
    out->append({Style::Body, QStringLiteral("签名人 / Signer: ") +
                                  certificateName(signer.commonName, signer.organisation)});
    out->append({Style::Body, QStringLiteral("证书签发者 / Issuer: ") +
                                  certificateName(signer.issuerCommonName, signer.issuerOrganisation)});
    out->append({Style::Body, QStringLiteral("覆盖范围 / Coverage: ") +
                                  both(report.coverage == signing::SignatureReport::Coverage::Current
                                           ? BilingualText{QStringLiteral("有效，针对当前版本"),
                                                           QStringLiteral("valid, covers this version")}
                                       : report.coverage == signing::SignatureReport::Coverage::OlderVersion
                                           ? BilingualText{QStringLiteral("签名针对的是较早版本"),
                                                           QStringLiteral("covers an older version")}
                                           : BilingualText{QStringLiteral("签名后已被修改"),
                                                           QStringLiteral("changed after signing")})});
    out->append({Style::Detail, QStringLiteral("证书 SHA-256 / Certificate SHA-256: ") + signer.sha256});
}

void comments(const CheckedApplication &checked, QList<ReportBlock> *out)
{
    const QList<ReviewComment> all = reviewComments(checked.draft());
    int open = 0;
    for (const ReviewComment &comment : all)
        open += comment.resolved ? 0 : 1;
    out->append({Style::Heading, QStringLiteral("批注 / Comments")});
    out->append({Style::Detail,
                 QStringLiteral("共 %1 条，%2 条未解决 / %1 in all, %2 open").arg(all.size()).arg(open)});
    int number = 0;
    for (const ReviewComment &comment : all) {
        ++number;
        out->append({Style::Subheading, QStringLiteral("%1. %2 — %3")
                                            .arg(number)
                                            .arg(fieldLabel(checked.form(), comment.field),
                                                 comment.resolved ? QStringLiteral("已解决 / Resolved")
                                                                  : QStringLiteral("未解决 / Open"))});
        for (const CommentEvent &event : comment.events) {
            const QString by = event.by.isEmpty() ? QStringLiteral("未记录 / not recorded") : event.by;
            out->append(
                {Style::Body,
                 QStringLiteral("%1 · %2 · %3").arg(event.timeDisplay(), by, both(event.kindLabel()))});
            if (!event.text.isEmpty())
                out->append({Style::Quote, event.text});
        }
    }
}

void documents(const CheckedApplication &checked, QList<ReportBlock> *out)
{
    out->append({Style::Heading, QStringLiteral("随附材料及其 SHA-256 / Documents and their SHA-256")});
    if (checked.documents().isEmpty())
        out->append({Style::Body, QStringLiteral("无 / None")});
    for (const CheckedDocument &document : checked.documents()) {
        out->append({Style::Body, both(document.label) + QStringLiteral(": ") + document.fileName});
        out->append({Style::Detail, document.sha256.isEmpty() ? QStringLiteral("SHA-256: 未能读取 / not read")
                                                              : QStringLiteral("SHA-256: ") +
                                                                    QString::fromLatin1(document.sha256)});
    }
}

void redline(const CheckedApplication &checked, const ReviewReportInput &input, QList<ReportBlock> *out)
{
    if (!input.diff)
        return;
    out->append({Style::Heading, QStringLiteral("与较早版本的差异 / Changes from the older version")});
    out->append({Style::Detail, QStringLiteral("较早版本 / Older version: ") + input.olderName});
    if (input.diff->refused) {
        out->append({Style::Body, both(input.diff->refused->message)});
        return;
    }
    if (input.diff->changes.isEmpty())
        out->append({Style::Body, QStringLiteral("无差异 / No differences")});
    for (const FieldChange &change : input.diff->changes) {
        out->append({Style::Subheading, fieldLabel(checked.form(), change.field)});
        out->append({Style::Removed,
                     QStringLiteral("− 原 / was: ") +
                         (change.oldValue.isEmpty() ? QStringLiteral("（空 / empty）") : change.oldValue)});
        out->append({Style::Added,
                     QStringLiteral("+ 现 / now: ") +
                         (change.newValue.isEmpty() ? QStringLiteral("（空 / empty）") : change.newValue)});
    }
}

} // namespace

BilingualText internalMark()
{
    return {QStringLiteral("内部"), QStringLiteral("INTERNAL")};
}

BilingualText reviewReportTitle()
{
    return {QStringLiteral("审阅报告"), QStringLiteral("Review report")};
}

QList<ReportBlock> buildReviewReport(const CheckedApplication &checked, const ReviewReportInput &input)
{
    QList<ReportBlock> out;
    out.append({Style::Title, both(reviewReportTitle())});
    out.append(
        {Style::Detail, QStringLiteral("仅供内部审阅，不得发送给许可方 / For internal review only; not "
                                       "for the licensor")});
    const QString applicant = checked.applicantName();
    out.append(
        {Style::Body, QStringLiteral("申请人 / Applicant: ") +
                          (applicant.isEmpty() ? QStringLiteral("（未填写 / not given）") : applicant)});
    out.append({Style::Body, QStringLiteral("数据指纹 / Fingerprint: ") + checked.fingerprint()});
    out.append({Style::Detail, QStringLiteral("表格 / Form: ") + checked.form().tag()});
    out.append({Style::Detail, QStringLiteral("生成时间 / Made: ") + timeWithOffset(input.time)});
    approval(checked, input, &out);
    comments(checked, &out);
    documents(checked, &out);
    redline(checked, input, &out);
    return out;
}

QString printableText(const QString &text, const std::function<bool(char32_t)> &printable)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (c == u'\n' || c == u'\r') {
            out += QChar(c);
            continue;
        }
        const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0);
        if (control || c > 0xFFFF || !printable(c))
            out += QStringLiteral("[U+%1]").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += QChar(c);
    }
    return out;
}

} // namespace nbapply

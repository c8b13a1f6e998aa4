#include "applicationletter.h"

#include "application/checkedapplication.h"
#include "application/displaytext.h"
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "mimeheader.h"

#include <QTextBoundaryFinder>

namespace nbapply::mail
{

namespace
{

QString path(const char *fieldPath)
{
    return QString::fromLatin1(fieldPath);
}

BilingualText same(const QString &text)
{
    return {text, text};
}

// The value of a field as the checked application shows it, on one line; long free text cut short.
// A confirmed value that fails its check carries the same mark as in the PDF.
BilingualText shownValue(const CheckedField &field)
{
    BilingualText value = field.definition->type == FieldType::Multiline
                              ? summarised(field.display.zh, kSummaryValueLimit)
                              : BilingualText{oneLine(field.display.zh), oneLine(field.display.en)};
    if (field.isUnverified()) {
        value.zh += QStringLiteral("（") + unverifiedMark().zh + QStringLiteral("）");
        value.en += QStringLiteral(" (") + unverifiedMark().en + QLatin1Char(')');
    }
    return value;
}

// The label of a line: the field's own, except for an identifier, which is labelled by the type the
// applicant chose ("统一社会信用代码", "身份证号", "护照号"), not the annex's combined
// "统一社会信用代码/身份证号".
// An "other identity document" is labelled by the document's name the applicant gave (the field shown
// for that type: "香港身份证"), so the number is read with its document.
BilingualText lineLabel(const CheckedApplication &checked, const CheckedField &field)
{
    const QString typePath = field.definition->idTypeField;
    if (typePath.isEmpty())
        return field.definition->label;
    for (const CheckedField &other : checked.fields())
        if (other.definition->shownWhen && other.definition->shownWhen->field == typePath && !other.isEmpty())
            return {oneLine(other.display.zh), oneLine(other.display.en)};
    if (const CheckedField *type = checked.field(typePath); type && !type->isEmpty())
        return {oneLine(type->display.zh), oneLine(type->display.en)};
    return field.definition->label;
}

// One line of the letter as the form declares it: a field, optionally followed by another on the same
// line (the country's name and the place: "中国 北京市海淀区" / "北京市海淀区, China").
void addLine(QList<LetterLine> *lines, const CheckedApplication &checked, const nbapply::LetterLine &declared)
{
    const CheckedField *field = checked.field(declared.field);
    if (!field)
        return; // does not apply to this kind of applicant
    BilingualText value = field->isEmpty() ? BilingualText{} : shownValue(*field);
    const CheckedField *with = declared.with.isEmpty() ? nullptr : checked.field(declared.with);
    if (with && !with->isEmpty()) {
        const BilingualText extra = shownValue(*with);
        value.zh = (value.zh + QLatin1Char(' ') + extra.zh).trimmed();
        value.en = value.en.isEmpty() ? extra.en : extra.en + QStringLiteral(", ") + value.en;
    }
    if (!value.isEmpty())
        lines->append({lineLabel(checked, *field), value});
}

} // namespace

QString oneLine(const QString &value)
{
    return mime::sanitizeHeaderText(value);
}

QString cutAtGrapheme(const QString &text, int limit, bool *wasCut)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (graphemes.toNextBoundary() != -1) {
        if (++count == limit && graphemes.position() < text.size()) {
            *wasCut = true;
            return text.left(graphemes.position()).trimmed();
        }
    }
    *wasCut = false;
    return text;
}

BilingualText summarised(const QString &value, int limit)
{
    bool wasCut = false;
    const QString head = cutAtGrapheme(oneLine(value), limit, &wasCut);
    if (!wasCut)
        return same(head);
    return {head + QStringLiteral("……（全文见随附申请表）"),
            head + QStringLiteral("… (full text in the enclosed form)")};
}

QString applicantDisplayName(const Draft &draft, int limit)
{
    bool wasCut = false;
    const QString head = cutAtGrapheme(oneLine(applicantName(draft)), limit, &wasCut);
    return wasCut ? head + QStringLiteral("…") : head;
}

BilingualText modelsSummary(const CheckedApplication &checked)
{
    const CheckedField *field = checked.field(path("plan.models"));
    return field ? BilingualText{oneLine(field->display.zh), oneLine(field->display.en)} : BilingualText{};
}

ApplicationLetter applicationLetter(const CheckedApplication &checked)
{
    // The values as the PDF prints them (the checked application's), so that the letter and the
    // enclosed form never disagree.
    const FormDefinition &form = checked.form();
    const Draft &draft = checked.normalized();
    ApplicationLetter letter;
    const QString applicant = oneLine(checked.applicantName());
    letter.greeting = {QStringLiteral("南北阁团队：您好！"), QStringLiteral("Dear Nanbeige team,")};
    letter.introduction = {
        QStringLiteral(
            "现随函提交%1的《%2》及相关材料，申请商业使用南北阁许可模型，敬请审阅。以下为申请要点：")
            .arg(applicant, form.title.zh),
        QStringLiteral(
            "Please find enclosed the “%1” of %2 and the supporting documents: we apply for the "
            "commercial use of the Nanbeige licensed models and ask you to review the application. "
            "In short:")
            .arg(form.title.en, applicant)};

    for (const LetterSection &declared : form.letterSections) {
        const SectionDefinition *section = form.section(declared.section);
        LetterBlock block{section ? section->label : BilingualText{}, declared.intro, {}};
        for (const nbapply::LetterLine &line : declared.lines)
            addLine(&block.lines, checked, line);
        letter.blocks.append(block);
    }

    letter.enclosuresHeading = {QStringLiteral("附件："), QStringLiteral("Enclosures:")};
    letter.enclosures = checked.enclosures();
    letter.missingHeading = {QStringLiteral("以下必需材料未附："),
                             QStringLiteral("Required documents not attached:")};
    for (const DocumentKind *kind : checked.missingDocumentKinds())
        letter.missing << checked.documentLabel(*kind);
    letter.notApplicableHeading = {QStringLiteral("以下材料不适用，理由如下："),
                                   QStringLiteral("Not applicable to this applicant, and why:")};
    for (const CheckedApplication::NotApplicable &entry : checked.notApplicableDocuments())
        letter.notApplicable << LetterLine{entry.label, {oneLine(entry.reason), oneLine(entry.reason)}};
    letter.closing = {
        QStringLiteral("如需补充材料或信息，请随时与授权代表联系。我们将等候贵方的书面通知，谢谢！"),
        QStringLiteral("Should you need further documents or information, please contact the "
                       "authorised representative. We look forward to your written notice. Thank you.")};
    letter.signOff = {QStringLiteral("此致\n敬礼！"), QStringLiteral("Kind regards,")};
    const QString representativeName = oneLine(draft.text(path("representative.name")));
    if (!representativeName.isEmpty())
        letter.signature << representativeName;
    if (!applicant.isEmpty() && applicant != representativeName)
        letter.signature << applicant;
    letter.governingLanguageNote = form.governingLanguageNote;
    return letter;
}

} // namespace nbapply::mail

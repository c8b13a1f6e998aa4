#include "applicationletter.h"

#include "common/exportclock.h"
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "mimeheader.h"
#include "validation/countries.h"
#include "validation/draftvalidator.h"
#include "validation/identifiers.h"

#include <QFileInfo>
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

// The value of one field as the reader should see it: choice labels in each language, the country's
// name, the phone number formatted; free text on one line.
BilingualText displayValue(const FormDefinition &form, const Draft &draft, const FieldDefinition &field)
{
    const QString kind = draft.applicantKind();
    switch (field.type) {
    case FieldType::Choice: {
        const QString value = draft.text(field.path());
        if (value.isEmpty())
            return {};
        const BilingualText label = field.choiceLabel(value, kind);
        return {oneLine(label.zh), oneLine(label.en)};
    }
    case FieldType::MultiChoice:
        return field.path() == QLatin1String("plan.models") ? modelsSummary(form, draft) : BilingualText{};
    case FieldType::Country: {
        const QString code = draft.text(field.path());
        const validation::Country *country = validation::findCountry(code);
        return country ? BilingualText{country->name.zh, country->name.en} : same(oneLine(code));
    }
    case FieldType::Phone: {
        const QString phone = oneLine(draft.text(field.path()));
        return same(phone.isEmpty() ? phone : oneLine(validation::formatPhoneForDisplay(phone)));
    }
    case FieldType::Multiline:
        return summarised(draft.text(field.path()), kSummaryValueLimit);
    default:
        return same(oneLine(draft.text(field.path())));
    }
}

// Adds "label: value" for `fieldPath` when the form has the field, it applies to this applicant and
// the draft has a value.
void addLine(QList<LetterLine> *lines, const FormDefinition &form, const Draft &draft,
             const QString &fieldPath)
{
    const FieldDefinition *field = form.field(fieldPath);
    if (!field || !field->appliesToKind(draft.applicantKind()))
        return;
    const BilingualText value = displayValue(form, draft, *field);
    if (!value.zh.isEmpty() || !value.en.isEmpty())
        lines->append({field->label, value});
}

// "统一社会信用代码：91110108MA01234567", "身份证号：440305…", "护照号：E12345678": the number under the
// label of the identifier type the applicant chose (the form's choices for that applicant kind), not
// the annex's combined "统一社会信用代码/身份证号". Without a type, the field's own label.
void addIdentifierLine(QList<LetterLine> *lines, const FormDefinition &form, const Draft &draft)
{
    const FieldDefinition *number = form.field(path("applicant.idNumber"));
    const QString value = oneLine(draft.text(path("applicant.idNumber")));
    if (!number || value.isEmpty())
        return;
    BilingualText label = number->label;
    if (const FieldDefinition *type =
            form.field(number->idTypeField.isEmpty() ? path("applicant.idType") : number->idTypeField)) {
        const QString typeValue = draft.text(type->path());
        if (!typeValue.isEmpty()) {
            const BilingualText typeLabel = type->choiceLabel(typeValue, draft.applicantKind());
            label = {oneLine(typeLabel.zh), oneLine(typeLabel.en)};
        }
    }
    lines->append({label, same(value)});
}

// The country's name followed by the free-text place ("中国 北京市海淀区").
void addPlaceLine(QList<LetterLine> *lines, const FormDefinition &form, const Draft &draft)
{
    const FieldDefinition *country = form.field(path("applicant.country"));
    if (!country)
        return;
    BilingualText value = displayValue(form, draft, *country);
    const QString place = oneLine(draft.text(path("applicant.location")));
    if (!place.isEmpty()) {
        value.zh = (value.zh + QLatin1Char(' ') + place).trimmed();
        value.en = (place + QStringLiteral(", ") + value.en);
        if (value.en.endsWith(QStringLiteral(", ")))
            value.en.chop(2);
    }
    if (!value.isEmpty())
        lines->append({country->label, value});
}

LetterBlock block(const FormDefinition &form, const QString &sectionId)
{
    const SectionDefinition *section = form.section(sectionId);
    return {section ? section->label : BilingualText{}, {}};
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
    const QString head = cutAtGrapheme(oneLine(draft.text(path("applicant.name"))), limit, &wasCut);
    return wasCut ? head + QStringLiteral("…") : head;
}

BilingualText modelsSummary(const FormDefinition &form, const Draft &draft)
{
    const FieldDefinition *field = form.field(path("plan.models"));
    QStringList zh;
    QStringList en;
    for (const QString &value : draft.list(path("plan.models"))) {
        const BilingualText label = field ? field->choiceLabel(value, draft.applicantKind()) : same(value);
        zh << oneLine(label.zh);
        en << oneLine(label.en);
    }
    return {zh.join(QStringLiteral("；")), en.join(QStringLiteral("; "))};
}

QList<Enclosure> applicationEnclosures(const FormDefinition &form, const Draft &draft,
                                       const QString &pdfFileName)
{
    QList<Enclosure> enclosures;
    const BilingualText formLabel{QStringLiteral("《") + form.title.zh + QStringLiteral("》（PDF）"),
                                  QStringLiteral("“") + form.title.en + QStringLiteral("” (PDF)")};
    enclosures.append({formLabel, oneLine(pdfFileName)});
    for (const DocumentRef &document : draft.documents()) {
        const DocumentKind *kind = form.documentKind(document.kind);
        enclosures.append({kind ? kind->label : same(oneLine(document.kind)),
                           oneLine(QFileInfo(document.path).fileName())});
    }
    return enclosures;
}

ApplicationLetter applicationLetter(const FormDefinition &form, const Draft &input,
                                    const QList<Enclosure> &enclosures)
{
    // The values as the PDF prints them (full-width digits and lower-case letters of a credit code
    // normalised, …), so that the letter and the enclosed form never disagree.
    const Draft draft = normalizedDraft(form, input, exportClock().date());
    ApplicationLetter letter;
    const QString applicant = oneLine(draft.text(path("applicant.name")));
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

    LetterBlock applicantBlock = block(form, QStringLiteral("applicant"));
    addLine(&applicantBlock.lines, form, draft, path("applicant.name"));
    addLine(&applicantBlock.lines, form, draft, path("applicant.kind"));
    addIdentifierLine(&applicantBlock.lines, form, draft);
    addPlaceLine(&applicantBlock.lines, form, draft);
    letter.blocks.append(applicantBlock);

    LetterBlock representative = block(form, QStringLiteral("representative"));
    for (const char *field : {"representative.name", "representative.email", "representative.phone"})
        addLine(&representative.lines, form, draft, path(field));
    letter.blocks.append(representative);

    LetterBlock plan = block(form, QStringLiteral("plan"));
    for (const char *field :
         {"plan.models", "plan.regions", "plan.usage", "plan.duration", "plan.derivativeTraining"})
        addLine(&plan.lines, form, draft, path(field));
    letter.blocks.append(plan);

    letter.enclosuresHeading = {QStringLiteral("附件："), QStringLiteral("Enclosures:")};
    letter.enclosures = enclosures;
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

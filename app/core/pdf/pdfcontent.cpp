#include "pdfcontent.h"

#include "application/checkedapplication.h"
#include "application/displaytext.h"
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "pdfstrings.h"

#include <QSet>

#include <algorithm>

namespace nbapply::pdf
{

namespace
{

// Options whose bracketed text (Chinese + English) is longer than this get the English on a line
// of its own, so that short options can sit side by side.
constexpr int kInlineOptionChars = 28;

bool isCheckboxField(const FieldDefinition &field)
{
    if (field.type == FieldType::MultiChoice)
        return true;
    return field.type == FieldType::Choice && !field.freeText && field.inAnnex;
}

// The value as the checked application shows it (displaytext.h), on one line in both languages.
QString shownValue(const CheckedApplication &checked, const FieldDefinition &field)
{
    const CheckedField *value = checked.field(field.path());
    return value ? bilingualLine(value->display) : QString();
}

TableRow checkboxRow(const FieldDefinition &field, const Draft &draft, const QString &kind)
{
    TableRow row;
    row.prefix = field.prefix.en.isEmpty() ? field.prefix.zh
                                           : field.prefix.zh + QStringLiteral(" / ") + field.prefix.en;
    QStringList chosen = field.type == FieldType::MultiChoice ? draft.list(field.path())
                                                              : QStringList{draft.text(field.path())};
    for (const Choice &choice : field.choicesFor(kind)) {
        CheckOption option;
        option.checked = chosen.contains(choice.value);
        const QString bracketed =
            englishAddsInformation(choice.label)
                ? choice.label.zh + QStringLiteral("（") + choice.label.en + QStringLiteral("）")
                : choice.label.zh;
        if (bracketed.size() <= kInlineOptionChars) {
            option.text = bracketed;
        } else {
            option.text = choice.label.zh;
            option.english = englishAddsInformation(choice.label) ? choice.label.en : QString();
        }
        row.options << option;
    }
    return row;
}

// A field nbapply adds to the annex (applicant kind, identifier type, province) is printed as a
// detail line of the annex row it belongs to: the identifier whose type it gives, else the annex
// field before it in its section, else the one after it.
const FieldDefinition *hostOf(const SectionDefinition &section, int index, const QString &kind)
{
    const FieldDefinition &extra = section.fields.at(index);
    for (const FieldDefinition &field : section.fields)
        if (field.inAnnex && field.idTypeField == extra.path() && field.appliesToKind(kind))
            return &field;
    for (int i = index - 1; i >= 0; --i)
        if (section.fields.at(i).inAnnex && section.fields.at(i).appliesToKind(kind))
            return &section.fields.at(i);
    for (int i = index + 1; i < section.fields.size(); ++i)
        if (section.fields.at(i).inAnnex && section.fields.at(i).appliesToKind(kind))
            return &section.fields.at(i);
    return nullptr;
}

TableSection buildSection(const SectionDefinition &section, const CheckedApplication &checked)
{
    const Draft &draft = checked.normalized();
    const QString kind = checked.applicantKind();
    TableSection table;
    table.heading = section.label;
    QHash<QString, QList<CellText>> details; // host path -> detail lines
    for (int i = 0; i < section.fields.size(); ++i) {
        const FieldDefinition &field = section.fields.at(i);
        if (field.inAnnex || !field.appliesToDraft(draft))
            continue;
        const QString value = shownValue(checked, field);
        const FieldDefinition *host = hostOf(section, i, kind);
        if (value.isEmpty() || !host)
            continue;
        details[host->path()] << CellText{CellText::Detail, field.label.zh + QStringLiteral("：") + value};
    }
    for (const FieldDefinition &field : section.fields) {
        if (!field.inAnnex || !field.appliesToDraft(draft))
            continue;
        TableRow row = isCheckboxField(field) ? checkboxRow(field, draft, kind) : TableRow{};
        row.fieldPath = field.path();
        row.label = field.label;
        if (!isCheckboxField(field)) {
            const QString value = shownValue(checked, field);
            if (!value.isEmpty())
                row.texts << CellText{CellText::Value, value};
            // A value the user confirmed although it fails a check (docs/validation-rules.md).
            if (const CheckedField *checkedField = checked.field(field.path());
                checkedField && checkedField->isUnverified())
                row.texts << CellText{CellText::Mark, QStringLiteral("【") + unverifiedMark().zh +
                                                          QStringLiteral(" / ") + unverifiedMark().en +
                                                          QStringLiteral("】")};
        }
        row.texts << details.value(field.path());
        table.rows << row;
    }
    return table;
}

QList<DocumentLine> buildDocuments(const CheckedApplication &checked)
{
    QList<DocumentLine> lines;
    for (const DocumentKindRow &row : checked.documentKinds()) {
        if (!row.kind)
            continue; // a kind the form does not know is an error: such a draft is never exported
        if (!row.notApplicableReason.isNull()) {
            lines << DocumentLine{row.label, QString(), false, row.notApplicableReason};
            continue;
        }
        if (row.files.isEmpty() && row.required)
            lines << DocumentLine{row.label, QString(), row.sealed, QString()};
        for (qsizetype file : row.files)
            lines << DocumentLine{row.label, checked.documents().at(file).fileName, row.sealed, QString()};
    }
    return lines;
}

void addText(QSet<char32_t> *set, const QString &text)
{
    for (char32_t c : text.toUcs4())
        if (c != U'\n' && c != U'\r')
            set->insert(c);
}

void addText(QSet<char32_t> *set, const BilingualText &text)
{
    addText(set, text.zh);
    addText(set, text.en);
}

} // namespace

PdfContent buildPdfContent(const CheckedApplication &checked)
{
    const FormDefinition &form = checked.form();
    const QString kind = checked.applicantKind();
    PdfContent content;
    content.title = form.title;
    content.source = form.source;
    for (const SectionDefinition &section : form.sections)
        content.sections << buildSection(section, checked);
    content.notesHeading = form.documentsLabel;
    content.notes = form.notes;
    if (form.needsSeal(kind))
        content.stampNote = form.stampNote;
    content.documents = buildDocuments(checked);
    for (const SignatureItem &item : form.signature)
        content.signature << item.label;
    content.governingLanguageNote = form.governingLanguageNote;
    content.formTag = form.tag();
    content.exportDate = checked.date().toString(Qt::ISODate);
    // The data as the user saved it, the form version and every document: what the page check re-derives.
    content.fingerprint = checked.fingerprint();
    return content;
}

QList<char32_t> PdfContent::codePoints(int maxPageCount) const
{
    QSet<char32_t> set;
    addText(&set, title);
    addText(&set, source);
    for (const TableSection &section : sections) {
        addText(&set, section.heading);
        for (const TableRow &row : section.rows) {
            addText(&set, row.label);
            addText(&set, row.prefix);
            for (const CheckOption &option : row.options) {
                addText(&set, option.text);
                addText(&set, option.english);
            }
            for (const CellText &text : row.texts)
                addText(&set, text.text);
        }
    }
    addText(&set, notesHeading);
    for (const BilingualText &note : notes)
        addText(&set, note);
    addText(&set, stampNote);
    for (const DocumentLine &line : documents) {
        addText(&set, line.kind);
        addText(&set, line.fileName);
        addText(&set, line.notApplicableReason);
    }
    for (const BilingualText &item : signature)
        addText(&set, item);
    addText(&set, governingLanguageNote);
    for (const QString &line : digitalSignature)
        addText(&set, line);
    for (const BilingualText &chrome :
         {continuedMark(), pageOfPages(), unverifiedMark(), enclosedDocumentsHeading(), sealRequiredMark(),
          notAttachedMark(), notApplicableMark(), exportedOnLabel(), fingerprintLabel()})
        addText(&set, chrome);
    addText(&set, formTag + exportDate + fingerprint + QString::number(maxPageCount));
    // Punctuation the layout adds around the texts above.
    addText(&set, QStringLiteral("0123456789 /·•：:（）()【】—-"));
    // The invisible glyphs under each checkbox's ActualText (tagged PDF).
    addText(&set, checkboxGlyphs());
    QList<char32_t> list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace nbapply::pdf

#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace nbapply
{

struct Choice {
    QString value;
    BilingualText label;
};

// What a field holds decides its editor, its validator and how the PDF prints it.
enum class FieldType {
    Text,        // one line
    Multiline,   // paragraphs
    Choice,      // one value from `choices` (or free text when `freeText`)
    MultiChoice, // a JSON array of values from `choices`
    Date,        // YYYY-MM-DD
    Email,
    Phone,
    Identifier, // credit code, ID number, passport …: which one is decided by the field named in
                // `idTypeField`
    Country,    // ISO 3166-1 alpha-2
};

// How an identifier field is labelled and explained once the applicant chose its type (passport, Hong
// Kong ID, registration number outside mainland China …). Empty parts keep the field's own.
struct FieldWording {
    BilingualText label;
    BilingualText help;
    BilingualText placeholder;
};

// A field shown only while another field holds one of some values ("which document" when the
// identifier type is "other").
struct FieldCondition {
    QString field;      // path
    QStringList values; // the values that show the field
};

class Draft;

struct FieldDefinition {
    QString section; // "applicant"
    QString key;     // "name"
    FieldType type = FieldType::Text;
    BilingualText label;       // Chinese exactly as the annex writes it
    BilingualText help;        // one or two sentences shown under the field
    BilingualText placeholder; // the annex's own hint text (例如：…), where it has one
    BilingualText prefix;      // printed before the choices (员工人数：)
    bool required = false;
    bool inAnnex = true; // false for the fields nbapply adds (applicant kind, identifier type …)
    bool freeText = false;
    bool notInFuture = false;
    bool adultRequired = false;
    int maxLength = 0; // in characters; 0 = no limit
    QList<Choice> choices;
    QMap<QString, QList<Choice>> choicesByKind; // applicant kind -> choices, overrides `choices`
    QString idTypeField;                        // path of the field that says which identifier this is
    QStringList appliesTo;                      // applicant kinds; empty = every kind
    QMap<QString, FieldWording> byType;         // identifier type -> its label and help (`byType`)
    std::optional<FieldCondition> shownWhen;    // `shownWhen`: applies only while that field has a value

    QString path() const { return section + QLatin1Char('.') + key; }
    bool appliesToKind(const QString &applicantKind) const;
    // Whether the field applies to this draft: its applicant kind and, for a `shownWhen` field, the
    // value of the field it depends on. A field that does not apply is neither shown, checked nor printed.
    bool appliesToDraft(const Draft &draft) const;
    // The field as it is labelled for the identifier type `idType` (its `byType` wording), or itself.
    // What the wizard, Review and every message about the field say; the PDF keeps the annex's label.
    FieldDefinition wordedFor(const QString &idType) const;
    // The same for the type chosen in `draft` (the field named by `idTypeField`).
    FieldDefinition wordedFor(const Draft &draft) const;
    QList<Choice> choicesFor(const QString &applicantKind) const;
    // The label of `value` among this field's choices, or `value` itself for free text.
    BilingualText choiceLabel(const QString &value, const QString &applicantKind) const;
};

struct SectionDefinition {
    QString id;
    BilingualText label;
    BilingualText intro; // one or two sentences under the title of the section's wizard page
    QList<FieldDefinition> fields;
};

// A supporting document that 特别提示 1 asks for.
struct DocumentKind {
    QString value;
    BilingualText label;
    QStringList requiredFor; // applicant kinds
    bool stamp = false;      // 加盖公章 when the applicant is an organisation
    // `byIdType`: the equivalent asked for instead, by the applicant's identifier type (a company
    // registered outside mainland China sends its certificate of incorporation, not a 营业执照): its
    // label and, for a kind that says how to prepare it, how to prepare the equivalent.
    QMap<QString, BilingualText> labelByIdType;
    QMap<QString, BilingualText> prepareByIdType;
    // How to prepare the file (copy, seal across the copy, scan, PDF or JPEG/PNG): required of a kind
    // that takes the seal, shown where the document is asked for.
    BilingualText prepare;
    // The Documents page offers to create this document (the letter of authorisation, letterpdf.h).
    bool offersLetter = false;

    bool isRequiredFor(const QString &applicantKind) const { return requiredFor.contains(applicantKind); }
};

struct SignatureItem {
    QString key;
    BilingualText label;
};

// One line of the cover letter's summary: a field of the section, optionally followed by another field
// on the same line (the country, then the place: "中国 北京市海淀区" / "Haidian, Beijing, China").
struct LetterLine {
    QString field; // path, "applicant.country"
    QString with;  // path or empty
};

// How a section of the form is summarised in the cover letter of the e-mail.
struct LetterSection {
    QString section;     // a section id
    BilingualText intro; // one sentence under the section's heading
    QList<LetterLine> lines;
};

// A cross-field rule, implemented in code once and switched on by name from the form data.
struct RuleDefinition {
    QString rule;
    QStringList fields;
};

// The application form as declared in forms/*.json: one source of truth for the wizard pages, the
// draft format, the PDF and the e-mail.
class FormDefinition
{
  public:
    // Parses and checks a definition. On failure returns nothing and says, in both languages, which
    // part is wrong ("sections[1].fields[2].type: unknown type 'txt'").
    static std::optional<FormDefinition> parse(const QByteArray &json, BilingualText *error);
    // The form compiled into the binary (forms/nanbeige-annex-v1.json). Checked by the test suite;
    // a broken built-in form aborts at start-up with the parse error.
    static const FormDefinition &builtin();

    QString id;
    int version = 0;
    BilingualText title;
    BilingualText source;
    BilingualText governingLanguageNote;
    QString recipient;
    QList<Choice> applicantKinds;
    QList<SectionDefinition> sections;
    BilingualText documentsLabel;
    BilingualText stampNote;
    QStringList sealedKinds; // applicant kinds whose documents bear the official seal (特别提示 1(2))
    QList<DocumentKind> documentKinds;
    QString documentsIdTypeField; // `documents.idTypeField`: the field whose value picks `byIdType`
    QList<BilingualText> notes;
    QList<SignatureItem> signature;
    QList<RuleDefinition> rules;
    QList<LetterSection> letterSections; // the cover letter's summary, in order

    // Whether `applicantKind`'s documents bear the official seal (加盖公章) and the stamp note applies.
    bool needsSeal(const QString &applicantKind) const { return sealedKinds.contains(applicantKind); }

    // "nanbeige-annex@1": written into drafts as "form".
    QString tag() const { return id + QLatin1Char('@') + QString::number(version); }
    const FieldDefinition *field(const QString &path) const;
    const SectionDefinition *section(const QString &id) const;
    const DocumentKind *documentKind(const QString &value) const;
    // The kind's label for this applicant: its `byIdType` equivalent for the identifier type chosen,
    // else the annex's own. What every view and message calls the document.
    BilingualText documentLabel(const DocumentKind &kind, const Draft &draft) const;
    // How to prepare the kind's file for this applicant: its `byIdType` equivalent's for the identifier
    // type chosen, else the annex document's own (`prepare`; empty when the kind has none).
    BilingualText documentPrepare(const DocumentKind &kind, const Draft &draft) const;
    bool hasRule(const QString &rule) const;
};

} // namespace nbapply

#include "checkedapplication.h"

#include "displaytext.h"
#include "filenames.h"
#include "form/formdefinition.h"
#include "validation/documentchecks.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace nbapply
{

QString CheckedField::path() const
{
    return definition ? definition->path() : QString();
}

namespace
{

// The rows of documentKinds(): the kinds the application involves (required, with files, marked not
// applicable; then kinds the form does not know); and, apart, the form's other kinds, so that
// documentKind() answers for every kind the form offers.
std::pair<QList<DocumentKindRow>, QList<DocumentKindRow>> documentKindRows(const CheckedApplication &checked)
{
    const FormDefinition &form = checked.form();
    const QString applicantKind = checked.applicantKind();
    auto rowOf = [&](const DocumentKind *kind, const QString &value) {
        DocumentKindRow row;
        row.kind = kind;
        row.kindValue = value;
        row.label = kind ? checked.documentLabel(*kind) : BilingualText{value, value};
        row.required = kind && kind->isRequiredFor(applicantKind);
        row.sealed = kind && kind->stamp && form.needsSeal(applicantKind);
        for (qsizetype i = 0; i < checked.documents().size(); ++i)
            if (checked.documents().at(i).ref.kind == value)
                row.files << i;
        row.notApplicableReason = checked.notApplicableReason(value);
        row.problems = checked.documentProblems(value);
        return row;
    };
    QList<DocumentKindRow> involved;
    QList<DocumentKindRow> others;
    for (const DocumentKind &kind : form.documentKinds) {
        DocumentKindRow row = rowOf(&kind, kind.value);
        (row.required || !row.files.isEmpty() || !row.notApplicableReason.isNull() ? involved : others)
            << row;
    }
    QStringList unknown;
    for (const CheckedDocument &document : checked.documents())
        if (!document.kind && !unknown.contains(document.ref.kind)) {
            unknown << document.ref.kind;
            involved << rowOf(nullptr, document.ref.kind);
        }
    return {involved, others};
}

} // namespace

CheckedApplication CheckedApplication::check(const FormDefinition &form, const Draft &draft,
                                             const ValidationContext &context)
{
    CheckedApplication checked(form, draft);
    checked.m_date = context.today;
    checked.m_draftFolder = context.draftFolder;
    // Normalised once here; the PDF, the letter and the review only read the result.
    checked.m_normalized = normalizedDraft(form, draft, context.today);
    QList<InspectedDocument> inspected;
    checked.m_problems = validateDraft(form, draft, context, &inspected);

    QHash<QString, Problems> byField;
    for (const Problem &problem : std::as_const(checked.m_problems))
        byField[problem.field] << problem;

    const QString kind = checked.m_normalized.applicantKind();
    for (const SectionDefinition &section : form.sections) {
        for (const FieldDefinition &definition : section.fields) {
            if (!definition.appliesToDraft(checked.m_normalized))
                continue;
            CheckedField field;
            field.definition = &definition;
            const FieldDefinition worded = definition.wordedFor(checked.m_normalized);
            field.label = worded.label;
            field.help = worded.help;
            field.placeholder = worded.placeholder;
            const QString path = definition.path();
            if (definition.type == FieldType::MultiChoice)
                field.values = checked.m_normalized.list(path);
            else
                field.value = checked.m_normalized.text(path);
            field.display = displayText(definition, checked.m_normalized, kind);
            field.confirmed = draft.isConfirmed(path);
            // Only identifiers and phone numbers can be confirmed; the check costs a parse, so skip the rest.
            if ((definition.type == FieldType::Identifier || definition.type == FieldType::Phone) &&
                !field.value.isEmpty())
                field.confirmable = isConfirmable(form, draft, path, context.today);
            field.problems = byField.value(path);
            checked.m_fieldIndex.insert(path, checked.m_fields.size());
            checked.m_fields << field;
        }
    }

    checked.m_received = context.receivedDocuments.has_value();
    // Built from what validateDraft found of each file: its problems are the ones it filed under "documents".
    checked.m_documents =
        checkDocumentFiles(form, draft, context.draftFolder,
                           context.receivedDocuments ? &*context.receivedDocuments : nullptr, inspected);
    const QList<DocumentRef> portable = draft.portableCopy(false).documents();
    for (qsizetype i = 0; i < checked.m_documents.size(); ++i) {
        const CheckedDocument &document = checked.m_documents.at(i);
        ManifestEntry entry;
        entry.kind = document.ref.kind;
        entry.name = portable.value(i).path;
        // A received application is named by the list it came with: a file that differs from it is an
        // error of its own (document.hash-mismatch) and does not change what the application is.
        const ManifestEntry *listed =
            context.receivedDocuments ? context.receivedDocuments->find(entry.name) : nullptr;
        if (listed && !listed->sha256.isEmpty()) {
            entry.sha256 = listed->sha256;
            entry.size = listed->size;
        } else if (!document.sha256.isEmpty()) {
            entry.sha256 = document.sha256;
            entry.size = document.size;
        }
        checked.m_documentList.documents << entry;
    }
    checked.m_documentList.formTag = form.tag();
    checked.m_documentList.checkedOn = context.today;
    checked.m_fingerprint = applicationFingerprint(draft, form.tag(), checked.m_documentList);
    const QList<NotApplicableDocument> notApplicable = draft.notApplicableDocuments();
    for (const DocumentKind &documentKind : form.documentKinds) {
        // Filed with the kind, as the missing warning is: what the Documents page shows beside it.
        Problems problems = validation::checkNotApplicable(form, draft, context, documentKind.value);
        const Problems missing = validation::checkMissingDocumentKind(form, documentKind, draft);
        if (!missing.isEmpty())
            checked.m_missingKinds << &documentKind;
        problems += missing;
        if (!problems.isEmpty())
            checked.m_missingProblems.insert(documentKind.value, problems);
        for (const NotApplicableDocument &entry : notApplicable)
            if (entry.kind == documentKind.value) {
                checked.m_notApplicable << NotApplicable{
                    &documentKind, form.documentLabel(documentKind, draft), entry.reason.trimmed()};
                break;
            }
    }
    std::tie(checked.m_documentKinds, checked.m_otherKinds) = documentKindRows(checked);
    checked.m_baseName = nbapply::exportBaseName(draft, context.today);
    return checked;
}

const DocumentKindRow *CheckedApplication::documentKind(const QString &kindValue) const
{
    for (const QList<DocumentKindRow> *rows : {&m_documentKinds, &m_otherKinds})
        for (const DocumentKindRow &row : *rows)
            if (row.kindValue == kindValue)
                return &row;
    return nullptr;
}

const CheckedField *CheckedApplication::field(const QString &path) const
{
    const auto it = m_fieldIndex.constFind(path);
    return it == m_fieldIndex.cend() ? nullptr : &m_fields.at(*it);
}

Problems CheckedApplication::problemsOf(const QString &path) const
{
    Problems problems;
    for (const Problem &problem : m_problems)
        if (problem.field == path)
            problems << problem;
    return problems;
}

qsizetype CheckedApplication::errorCount() const
{
    return std::count_if(m_problems.cbegin(), m_problems.cend(),
                         [](const Problem &p) { return p.isError(); });
}

qsizetype CheckedApplication::warningCount() const
{
    return std::count_if(m_problems.cbegin(), m_problems.cend(),
                         [](const Problem &p) { return p.severity == Severity::Warning; });
}

QList<Enclosure> CheckedApplication::enclosures() const
{
    QList<Enclosure> enclosures;
    Enclosure pdf;
    pdf.label = applicationPdfLabel(*m_form);
    pdf.fileName = pdfFileName();
    pdf.isApplicationPdf = true;
    enclosures << pdf;
    for (const CheckedDocument &document : m_documents)
        enclosures << Enclosure{document.label, document.fileName, document.path, document.size, false};
    return enclosures;
}

Problems CheckedApplication::documentProblems(const QString &kindValue) const
{
    Problems problems = m_missingProblems.value(kindValue);
    for (const CheckedDocument &document : m_documents)
        if (document.ref.kind == kindValue)
            problems += document.problems;
    return problems;
}

QString CheckedApplication::notApplicableReason(const QString &kindValue) const
{
    for (const NotApplicable &entry : m_notApplicable)
        if (entry.kind->value == kindValue)
            return entry.reason.isNull() ? QStringLiteral("") : entry.reason;
    return {};
}

BilingualText CheckedApplication::documentLabel(const DocumentKind &kind) const
{
    return m_form->documentLabel(kind, m_draft);
}

BilingualText CheckedApplication::documentPrepare(const DocumentKind &kind) const
{
    return m_form->documentPrepare(kind, m_draft);
}

qsizetype CheckedApplication::documentsNotAtHand() const
{
    return std::count_if(m_documents.cbegin(), m_documents.cend(),
                         [](const CheckedDocument &document) { return !document.isAttached(); });
}

bool CheckedApplication::readyToExport() const
{
    if (hasErrors(m_problems))
        return false;
    return std::all_of(m_documents.cbegin(), m_documents.cend(),
                       [](const CheckedDocument &document) { return document.isAttached(); });
}

} // namespace nbapply

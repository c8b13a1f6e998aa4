#include "documentproblems.h"

#include "draft/draft.h"
#include "validation/draftvalidator.h"

namespace nbapply::gui
{

namespace
{

const QString kDocuments = QStringLiteral("documents");
const QString kMissing = QStringLiteral("document.missing");

Problems documentProblems(const FormDefinition &form, const Draft &draft, const QList<DocumentRef> &documents,
                          const ValidationContext &context)
{
    Draft probe = draft;
    probe.setDocuments(documents);
    return validateField(form, probe, kDocuments, context);
}

bool sameProblem(const Problem &a, const Problem &b)
{
    return a.code == b.code && a.severity == b.severity && a.message.en == b.message.en;
}

} // namespace

Problems problemsOfDocument(const FormDefinition &form, const Draft &draft, int index,
                            const ValidationContext &context)
{
    const QList<DocumentRef> documents = draft.documents();
    if (index < 0 || index >= documents.size())
        return {};
    // The draft with only this document: what the core says about the list then is about it, apart
    // from the kinds the list now lacks, which are the kinds' own problems (missingProblemsOfKind).
    Problems own;
    for (const Problem &p : documentProblems(form, draft, {documents[index]}, context))
        if (p.code != kMissing)
            own << p;
    return own;
}

Problems missingProblemsOfKind(const FormDefinition &form, const Draft &draft, const QString &kind,
                               const ValidationContext &context)
{
    for (const DocumentRef &document : draft.documents())
        if (document.kind == kind && !document.path.trimmed().isEmpty())
            return {};
    // What the core says with no documents at all, minus what it still says when this kind has one:
    // the difference is the problem of this kind's absence, in the core's own words.
    const Problems none = documentProblems(form, draft, {}, context);
    const Problems withKind =
        documentProblems(form, draft, {DocumentRef{kind, QStringLiteral("-")}}, context);
    Problems missing;
    for (const Problem &p : none) {
        if (p.code != kMissing)
            continue;
        bool stillThere = false;
        for (const Problem &q : withKind)
            stillThere = stillThere || sameProblem(p, q);
        if (!stillThere)
            missing << p;
    }
    return missing;
}

} // namespace nbapply::gui

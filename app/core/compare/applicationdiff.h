#pragma once

#include "common/bilingualtext.h"

#include <QList>
#include <QString>

namespace nbapply
{

struct DraftLoadResult;
class FormDefinition;

// One difference between two versions of an application.
struct FieldChange {
    QString field;    // "plan.duration", "applicant.idNumberConfirmed", "documents.business-licence"
    QString oldValue; // empty when the field was empty or the document absent
    QString newValue;
};

// What changed from `before` to `after` (any two loaded files: draft, package, PDF, e-mail): each
// field of the form in form order, its value normalised as the checked application normalises it, each
// "confirmed as entered" marker, then the documents by kind, compared by content (SHA-256 of the file, or the
// digest the PDF or package lists when the file did not travel) and by file name only when neither digest is
// known. A kind marked "not applicable" is part of the application too: a mark added, removed or whose
// reason changed is a change of that kind's "documents.<kind>" line, its value reading "不适用：<reason>" or
// "not applicable: <reason>" in `language`. A draft and its own export compare equal. Review comments and
// approvals are not part of the application and are not compared.
QList<FieldChange> diffApplications(const FormDefinition &form, const DraftLoadResult &before,
                                    const DraftLoadResult &after, Language language);

} // namespace nbapply

#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"

#include <QList>
#include <QString>

#include <optional>

namespace nbapply
{

class CheckedApplication;
class FormDefinition;
struct DraftLoadResult;

// One difference between two versions of an application.
struct FieldChange {
    QString field;    // "plan.duration", "applicant.idNumberConfirmed", "documents.business-licence"
    QString oldValue; // empty when the field was empty or the document absent
    QString newValue;
};

// What a comparison found: the changes, or why it was refused.
struct ApplicationDiff {
    QList<FieldChange> changes;
    // A document on either side that the confined reader refused (DocumentState::Refused: outside the
    // file's folder, not a regular file, empty, too large, a disguising name), as the checked application
    // reports it (document.outside-folder …). Then nothing was compared, and nothing read from or derived
    // from that file is in `changes`: `validate` refuses the same draft.
    std::optional<Problem> refused;

    bool ok() const { return !refused.has_value(); }
};

// What changed from `before` to `after`, each the checked application of a loaded file (any of draft,
// package, PDF, e-mail): each field of the form in form order, its value as
// the PDF prints it (CheckedField::display on one line, bilingualLine), so "138 0013 8000" and
// "+86 13800138000" are the same; each "confirmed as entered" marker; then the documents by kind,
// compared by content (CheckedDocument::sha256: of the file the
// confined reader accepted, or the digest a received file lists for one that did not travel) and by file name
// only when a digest is not known on both sides. A kind marked "not applicable" is part of the application
// too: a mark added, removed or whose reason changed is a change of that kind's "documents.<kind>" line, its
// value reading "不适用：<reason>" or "not applicable: <reason>" in `language`. A draft and its own export
// compare equal. Review comments and approvals are not part of the application and are not compared. Refused
// (ApplicationDiff::refused) when either side has a document the confined reader refused.
ApplicationDiff diffApplications(const CheckedApplication &before, const CheckedApplication &after,
                                 Language language);

// Both loaded files checked as `validate` checks them (checkLoadedApplication: a received PDF or e-mail
// as of the day it was exported), then compared with diffApplications(). What `nbapply diff` and the compare
// view show. Both must be ok().
ApplicationDiff diffLoadedApplications(const FormDefinition &form, const DraftLoadResult &before,
                                       const DraftLoadResult &after, Language language);

} // namespace nbapply

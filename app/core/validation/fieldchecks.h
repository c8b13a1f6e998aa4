#pragma once

// Internal: the checks of one field value that do not depend on other fields. Used by the draft
// validator; each function returns problems with `field` already set and the field named.

#include "common/problem.h"
#include "draftvalidator.h"
#include "form/formdefinition.h"

#include <QString>
#include <QStringList>

namespace nbapply::validation
{

// The problem with the field's path set and its label in front of the message ("申请人名称：…").
Problem forField(Problem problem, const FieldDefinition &field);

// The number of characters (code points) as a user counts them.
qsizetype characterCount(const QString &text);

// Control characters (LF allowed in multiline fields, as LF or CRLF), characters the PDF cannot print,
// and the length limit. Stops at the first kind of problem found: a control character makes the rest moot.
Problems checkTextCharacters(const FieldDefinition &field, const QString &value,
                             const ValidationContext &context);

Problems checkChoice(const FieldDefinition &field, const QString &value, const QString &applicantKind,
                     bool anyKindAllowed);
Problems checkMultiChoice(const FieldDefinition &field, const QStringList &values,
                          const QString &applicantKind);
Problems checkDate(const FieldDefinition &field, const QString &value, const QDate &today);
Problems checkCountry(const FieldDefinition &field, const QString &value);
// A plan answer (multiline, section "plan") with Latin letters and no Chinese: a warning, since the
// Chinese text governs (agreement 10.2).
Problems checkPlanLanguage(const FieldDefinition &field, const QString &value);

// "2016-03-09" for a real date typed 2016-03-09, 2016-3-9, 2016/03/09, 2016.03.09 or 2016年3月9日 (after
// NFKC); empty otherwise. The stored form of every date field.
QString normalizedDate(const QString &value);

} // namespace nbapply::validation

#pragma once

#include "common/bilingualtext.h"
#include "common/problem.h"
#include "signing/signaturereport.h"

#include <QList>
#include <QString>

namespace nbapply
{

class CheckedApplication;
namespace signing
{
class TrustStore;
}

// Links in the review page lead back to where a value is edited: "nbapply-edit:applicant.name".
// Field rows link to their field path; the documents section links to "documents" and each kind of
// document to "documents.<kind>" (e.g. "documents.business-licence").
inline QString reviewEditScheme()
{
    return QStringLiteral("nbapply-edit");
}
QString reviewEditLink(const QString &fieldPath);

// A value longer than this is cut short on the review page (the validators limit real values to a
// few thousand characters; the cut keeps a hostile draft from producing a page too big to show).
constexpr int kReviewValueLimit = 10000;

// The whole application as one self-contained, print-friendly HTML page: every section of the annex
// with its Chinese and English labels, the values (choices with their bilingual labels), the
// supporting documents with their 加盖公章 marks, 特别提示, and the problems — a summary at the top and
// each problem next to its field, marked by an icon and a word, not by colour alone. Texts that are
// not part of the annex (the summary, "not filled in") follow `uiLanguage`. Every value is escaped and
// isolated for bidi; the page carries no script. Every value reads exactly as the PDF prints it (the
// checked application's display text), a confirmed value with the mark 未经校验 / unverified.
// The review's approval is verified against `trust` (null: the system's CAs alone); `pdfSignatures`, the
// received PDF's signatures (signing/applicationsignatures.h), are listed under it with their verdicts.
QString renderReviewHtml(const CheckedApplication &checked, Language uiLanguage,
                         const signing::TrustStore *trust = nullptr,
                         const QList<signing::SignatureReport> &pdfSignatures = {});
// The same page showing `shownProblems` instead of checked.problems() (tests of the page's layout).
QString renderReviewHtml(const CheckedApplication &checked, const Problems &shownProblems,
                         Language uiLanguage, const signing::TrustStore *trust = nullptr);

} // namespace nbapply

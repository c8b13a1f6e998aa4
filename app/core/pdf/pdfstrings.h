#pragma once

#include "application/displaytext.h"
#include "common/bilingualtext.h"

namespace nbapply::pdf
{

using nbapply::unverifiedMark;

// The PDF's own wording — page furniture, not form labels (those come from forms/*.json). Kept in one
// place so that both languages are reviewed together.
inline BilingualText continuedMark()
{
    return {QStringLiteral("（续）"), QStringLiteral("continued")};
}
// %1 = page number, %2 = page count.
inline BilingualText pageOfPages()
{
    return {QStringLiteral("第 %1 页 / 共 %2 页"), QStringLiteral("Page %1 of %2")};
}
inline BilingualText enclosedDocumentsHeading()
{
    return {QStringLiteral("随附材料"), QStringLiteral("Enclosed documents")};
}
inline BilingualText sealRequiredMark()
{
    return {QStringLiteral("须加盖公章"), QStringLiteral("official seal required")};
}
// Beside a document the applicant marked not applicable, before the reason given.
inline BilingualText notApplicableMark()
{
    return {QStringLiteral("不适用"), QStringLiteral("not applicable")};
}

// What a checkbox says to a reader (its ActualText, pdftagging.h): the state in words, after the sign.
inline BilingualText checkedMark()
{
    return {QStringLiteral("☑ 已选"), QStringLiteral("selected")};
}
inline BilingualText uncheckedMark()
{
    return {QStringLiteral("☐ 未选"), QStringLiteral("not selected")};
}
// The glyphs drawn invisibly in an unticked and a ticked box, under that ActualText (hpdfdocument.h).
inline QString checkboxGlyphs()
{
    return QStringLiteral("□✓");
}

inline BilingualText notAttachedMark()
{
    return {QStringLiteral("未附"), QStringLiteral("not attached")};
}
inline BilingualText exportedOnLabel()
{
    return {QStringLiteral("导出日期"), QStringLiteral("Exported")};
}
inline BilingualText fingerprintLabel()
{
    return {QStringLiteral("数据指纹"), QStringLiteral("Fingerprint")};
}

// The visible block of a PDF signature: heading, signer (%1 = "CN (O)"), time (%1 = "2026-12-07 21:05
// +08:00").
inline BilingualText digitallySignedHeading()
{
    return {QStringLiteral("电子签名"), QStringLiteral("Digitally signed")};
}
inline BilingualText signedByLabel()
{
    return {QStringLiteral("签名人"), QStringLiteral("Signed by")};
}
inline BilingualText signingTimeLabel()
{
    return {QStringLiteral("签名时间"), QStringLiteral("Time")};
}

} // namespace nbapply::pdf

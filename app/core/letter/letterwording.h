#pragma once

#include "common/bilingualtext.h"

namespace nbapply::letter
{

// The letter of authorisation's own wording, both languages side by side so they are reviewed
// together. Values come from the checked application; these are the sentences around them.

inline BilingualText letterTitle()
{
    return {QStringLiteral("授权委托书"), QStringLiteral("Letter of Authorisation")};
}
// For an organisation, which seals and signs.
inline BilingualText templateNotice()
{
    return {
        QStringLiteral("【模板】本委托书由 nbapply 根据申请数据预填，请申请人逐项核对、修改后再盖章签字。"),
        QStringLiteral("[Template] Prefilled by nbapply from the application's data. The applicant must "
                       "check and correct every item before sealing and signing it.")};
}
// For a natural person, who has no seal and signs.
inline BilingualText templateNoticeForPerson()
{
    return {QStringLiteral("【模板】本委托书由 nbapply 根据申请数据预填，请申请人逐项核对、修改后再签字。"),
            QStringLiteral("[Template] Prefilled by nbapply from the application's data. The applicant must "
                           "check and correct every item before signing it.")};
}
inline BilingualText principalHeading()
{
    return {QStringLiteral("委托人"), QStringLiteral("Principal")};
}
inline BilingualText representativeHeading()
{
    return {QStringLiteral("受托人（授权代表）"), QStringLiteral("Authorised representative")};
}
inline BilingualText matterHeading()
{
    return {QStringLiteral("委托事项"), QStringLiteral("Matter")};
}
inline BilingualText matterText()
{
    return {
        QStringLiteral("委托人兹委托上述受托人作为其授权代表，代表委托人依据《南北阁大语言模型许可协议》"
                       "向许可方申请南北阁（Nanbeige）许可模型的商业使用，提交申请表及相关材料，"
                       "并办理与本申请有关的后续沟通事宜。受托人在委托权限内所作的行为，委托人均予以承认。"
                       "受托人无转委托权。"),
        QStringLiteral("The principal authorises the representative named above to act as its authorised "
                       "representative: to apply to the licensor, under the Nanbeige Large Language Model "
                       "Licence Agreement, for commercial use of the Nanbeige licensed models, to submit "
                       "the application form and the documents, and to handle the communication that "
                       "follows about this application. The principal accepts what the representative "
                       "does within this authority. The representative may not delegate it.")};
}
inline BilingualText periodHeading()
{
    return {QStringLiteral("委托期限"), QStringLiteral("Period")};
}
// %1 = first day, %2 = last day (YYYY-MM-DD).
inline BilingualText periodUntil()
{
    return {QStringLiteral("自 %1 起至 %2 止。"), QStringLiteral("From %1 to %2.")};
}
// %1 = first day (YYYY-MM-DD).
inline BilingualText periodOpenEnded()
{
    return {QStringLiteral("自 %1 起至本次申请相关事宜办理完毕之日止。"),
            QStringLiteral("From %1 until the matters of this application are concluded.")};
}
inline BilingualText sealBox()
{
    return {QStringLiteral("委托人（盖章）"), QStringLiteral("Principal (official seal)")};
}
inline BilingualText legalRepresentativeBox()
{
    return {QStringLiteral("法定代表人（签字）"), QStringLiteral("Legal representative (signature)")};
}
// Who signs for a company registered outside mainland China, which has no 法定代表人.
inline BilingualText directorBox()
{
    return {QStringLiteral("董事或授权签署人（签字）"),
            QStringLiteral("Director or authorised signatory (signature)")};
}
inline BilingualText principalSignatureBox()
{
    return {QStringLiteral("委托人（签字）"), QStringLiteral("Principal (signature)")};
}
inline BilingualText representativeSignatureBox()
{
    return {QStringLiteral("受托人（签字）"), QStringLiteral("Representative (signature)")};
}
inline BilingualText handwrittenName()
{
    return {QStringLiteral("姓名："), QStringLiteral("Name:")};
}
inline BilingualText dateBox()
{
    return {QStringLiteral("日期：    年    月    日"), QStringLiteral("Date:")};
}
// The letter's file name after the export base name, in the user's language.
inline BilingualText fileNameSuffix()
{
    return {letterTitle().zh, QStringLiteral("letter-of-authorisation")};
}
inline BilingualText governingNote()
{
    return {QStringLiteral("本委托书以中文和英文书就，两种文本如有不一致，以中文文本为准。"),
            QStringLiteral("This letter is written in Chinese and English; if the two differ, the Chinese "
                           "text governs.")};
}

} // namespace nbapply::letter

#pragma once

#include "draft/draft.h"
#include "form/formdefinition.h"

namespace nbapply::test
{

// A complete, valid company application (the annex's fields filled as a real applicant would).
inline Draft reviewCompanyDraft(const FormDefinition &form)
{
    Draft draft(form);
    draft.setText(QStringLiteral("applicant.kind"), QStringLiteral("organization"));
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("北京星河智能科技有限公司"));
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("uscc"));
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("91110108MA01W8XK3T"));
    draft.setText(QStringLiteral("applicant.enterpriseType"), QStringLiteral("有限责任公司"));
    draft.setText(QStringLiteral("applicant.industry"), QStringLiteral("I"));
    draft.setText(QStringLiteral("applicant.establishedOn"), QStringLiteral("2019-03-15"));
    draft.setText(QStringLiteral("applicant.country"), QStringLiteral("CN"));
    draft.setText(QStringLiteral("applicant.location"), QStringLiteral("北京市海淀区"));
    draft.setText(QStringLiteral("applicant.address"), QStringLiteral("北京市海淀区中关村大街 1 号"));
    draft.setText(QStringLiteral("applicant.employees"), QStringLiteral("100-999"));
    draft.setText(QStringLiteral("applicant.users"), QStringLiteral("10w-100w"));
    draft.setText(QStringLiteral("representative.name"), QStringLiteral("张伟"));
    draft.setText(QStringLiteral("representative.idType"), QStringLiteral("resident-id"));
    draft.setText(QStringLiteral("representative.idNumber"), QStringLiteral("11010519491231002X"));
    draft.setText(QStringLiteral("representative.email"), QStringLiteral("zhang.wei@example.com"));
    draft.setText(QStringLiteral("representative.phone"), QStringLiteral("+8613812345678"));
    draft.setList(QStringLiteral("plan.models"), {QStringLiteral("16b-chat")});
    draft.setText(QStringLiteral("plan.regions"), QStringLiteral("中国大陆"));
    draft.setText(QStringLiteral("plan.usage"),
                  QStringLiteral("面向企业客户的智能客服系统，私有化部署。\n第二段。"));
    draft.setText(QStringLiteral("plan.duration"), QStringLiteral("自获得书面授权之日起三年"));
    draft.setText(QStringLiteral("plan.derivativeTraining"),
                  QStringLiteral("使用自有客服语料进行 LoRA 微调。"));
    draft.setDocuments({{QStringLiteral("business-licence"), QStringLiteral("docs/营业执照.pdf")},
                        {QStringLiteral("authorization-letter"), QStringLiteral("/tmp/授权委托书.pdf")}});
    return draft;
}

} // namespace nbapply::test

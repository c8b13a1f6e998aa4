#pragma once

// Drafts for the PDF tests: the repository's examples and a company built here with mixed content.

#include "draft/draft.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "pdf/pdfexporter.h"
#include "received/receivedfile.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QStringList>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace nbapply::test
{

inline Draft exampleDraft(const QString &name)
{
    const DraftLoadResult loaded = loadDraftFile(sourcePath(QStringLiteral("examples/") + name));
    return loaded.ok() ? *loaded.draft : Draft(FormDefinition::builtin());
}

inline QString examplesFolder()
{
    return sourcePath(QStringLiteral("examples"));
}

// A company whose values mix Chinese, English, full-width punctuation, digits and CJK Ext-A (䶮).
inline Draft mixedCompanyDraft()
{
    Draft draft(FormDefinition::builtin());
    auto set = [&](const char *path, const QString &value) { draft.setText(QString::fromUtf8(path), value); };
    set("applicant.kind", QStringLiteral("organization"));
    set("applicant.name", QStringLiteral("䶮光（Nanbeige Test）数据科技有限公司"));
    set("applicant.idType", QStringLiteral("uscc"));
    set("applicant.idNumber", QStringLiteral("91110108MA01C3QK0B"));
    set("applicant.enterpriseType", QStringLiteral("有限责任公司"));
    set("applicant.industry", QStringLiteral("I"));
    set("applicant.establishedOn", QStringLiteral("2016-03-18"));
    set("applicant.country", QStringLiteral("CN"));
    set("applicant.location", QStringLiteral("北京市海淀区"));
    set("applicant.address",
        QStringLiteral("北京市海淀区中关村大街 27 号（A 座）12 层 1208 室；Room 1208, Block A"));
    set("applicant.employees", QStringLiteral("1000-9999"));
    set("applicant.users", QStringLiteral("100w+"));
    set("representative.name", QStringLiteral("张伟 Zhang Wei"));
    set("representative.idType", QStringLiteral("resident-id"));
    set("representative.idNumber", QStringLiteral("110105199003071239"));
    set("representative.email", QStringLiteral("zhang.wei@nanshan-ai.example.cn"));
    set("representative.phone", QStringLiteral("+8613800138000"));
    draft.setList(QStringLiteral("plan.models"), {QStringLiteral("16b-base"), QStringLiteral("16b-chat")});
    set("plan.regions", QStringLiteral("中国大陆、香港特别行政区；Singapore, 2 个城市。"));
    set("plan.usage",
        QStringLiteral("在“南山智能客服”SaaS 产品中使用模型：中文问答、工单摘要（Summarisation）与"
                       "检索增强（RAG），私有云部署，API 仅内部调用！费用：¥3,000/月。"));
    set("plan.duration", QStringLiteral("自获得书面授权之日起三年（36 个月）。"));
    set("plan.derivativeTraining",
        QStringLiteral("LoRA 微调：使用已去标识化的客服对话 12,000 条；不对外分发。"));
    return draft;
}

// A text of exactly `length` characters mixing ideographs, Latin words, digits and punctuation.
inline QString mixedText(int length, int seed)
{
    static const QStringList pieces = {
        QStringLiteral("南北阁模型"),
        QStringLiteral("用于企业客服，"),
        QStringLiteral("fine-tuning "),
        QStringLiteral("（私有云）"),
        QStringLiteral("2026 年"),
        QStringLiteral("䶮"),
        QStringLiteral("。"),
        QStringLiteral("Retrieval-augmented generation "),
        QStringLiteral("“引号”"),
        QStringLiteral("、"),
        QStringLiteral("https://example.com/a/very/long/path/without/spaces/at/all/")};
    QString text;
    for (int i = seed; text.size() < length; ++i)
        text += pieces.at(i % pieces.size());
    text.truncate(length);
    return text;
}

// The longest values the validators allow, in mixed scripts: several pages, rows split across pages.
inline Draft longDraft()
{
    Draft draft = mixedCompanyDraft();
    draft.setText(QStringLiteral("applicant.name"), mixedText(200, 1));
    draft.setText(QStringLiteral("applicant.address"), mixedText(300, 2));
    draft.setText(QStringLiteral("plan.regions"), mixedText(500, 3));
    draft.setText(QStringLiteral("plan.usage"), mixedText(2000, 4));
    draft.setText(QStringLiteral("plan.duration"), mixedText(200, 5));
    draft.setText(QStringLiteral("plan.derivativeTraining"),
                  mixedText(900, 6) + QStringLiteral("\n\n第二段：\n") + mixedText(1000, 7));
    return draft;
}

inline QDateTime fixedExportTime()
{
    return QDateTime(QDate(2026, 11, 26), QTime(8, 30), QTimeZone::utc());
}

// `draft`'s application PDF written to `folder`/`name` as exported at fixedExportTime(); its path.
inline QString writeApplicationPdfAtFixedTime(const QString &folder, const Draft &draft, const QString &name)
{
    PdfExportOptions options;
    options.exportTime = fixedExportTime();
    const QString path = QDir(folder).filePath(name);
    const PdfExportResult result = writeApplicationPdf(FormDefinition::builtin(), draft, path, options);
    EXPECT_TRUE(result.ok) << result.error.en.toStdString();
    return path;
}

} // namespace nbapply::test

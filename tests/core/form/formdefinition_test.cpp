// The form definition: the built-in annex is complete and exact, and every kind of mistake in a
// definition file is a clear error that names where it is.
#include "draft/draft.h"
#include "form/formdefinition.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <gtest/gtest.h>

using nbapply::BilingualText;
using nbapply::FieldType;
using nbapply::FormDefinition;

namespace
{

QJsonObject builtinJson()
{
    QFile file(nbapply::test::sourcePath(QStringLiteral("forms/nanbeige-annex-v1.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Parses the built-in definition after `edit` and returns the English error ("" when it parses).
QString errorAfter(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = builtinJson();
    edit(root);
    BilingualText error;
    const auto form = FormDefinition::parse(QJsonDocument(root).toJson(), &error);
    EXPECT_EQ(form.has_value(), error.en.isEmpty());
    if (!form) {
        EXPECT_FALSE(error.zh.isEmpty()) << "every error is bilingual";
    }
    return error.en;
}

// Applies `edit` to field `f` of section `s`.
std::function<void(QJsonObject &)> editField(int s, int f, const std::function<void(QJsonObject &)> &edit)
{
    return [=](QJsonObject &root) {
        QJsonArray sections = root[QStringLiteral("sections")].toArray();
        QJsonObject section = sections[s].toObject();
        QJsonArray fields = section[QStringLiteral("fields")].toArray();
        QJsonObject field = fields[f].toObject();
        edit(field);
        fields[f] = field;
        section[QStringLiteral("fields")] = fields;
        sections[s] = section;
        root[QStringLiteral("sections")] = sections;
    };
}

} // namespace

TEST(FormDefinition, BuiltinFormReproducesTheAnnexLabelsExactly)
{
    const FormDefinition &form = FormDefinition::builtin();
    EXPECT_EQ(form.tag(), QStringLiteral("nanbeige-annex@1"));
    EXPECT_EQ(form.title.zh, QStringLiteral("南北阁（Nanbeige）许可模型商业使用申请表"));
    EXPECT_EQ(form.recipient, QStringLiteral("nanbeige@126.com"));
    ASSERT_EQ(form.sections.size(), 3);
    EXPECT_EQ(form.sections[0].label.zh, QStringLiteral("一、申请人基本信息"));
    EXPECT_EQ(form.sections[1].label.zh, QStringLiteral("二、申请人授权代表基本信息"));
    EXPECT_EQ(form.sections[2].label.zh, QStringLiteral("三、申请人商业使用计划"));

    // Every label of the annex, in its order, from the fields that are part of the annex.
    QStringList annexLabels;
    for (const auto &section : form.sections)
        for (const auto &field : section.fields)
            if (field.inAnnex)
                annexLabels << field.label.zh;
    EXPECT_EQ(
        annexLabels,
        (QStringList{QStringLiteral("申请人名称"), QStringLiteral("统一社会信用代码/身份证号"),
                     QStringLiteral("企业类型"), QStringLiteral("所属行业"), QStringLiteral("成立时间"),
                     QStringLiteral("所在地"), QStringLiteral("经营地址"), QStringLiteral("企业员工规模"),
                     QStringLiteral("用户量"), QStringLiteral("姓名"), QStringLiteral("身份证号"),
                     QStringLiteral("电子邮箱"), QStringLiteral("联系电话"), QStringLiteral("申请模型种类"),
                     QStringLiteral("商业使用地区"), QStringLiteral("商业使用方式"),
                     QStringLiteral("商业使用时长"), QStringLiteral("模型衍生品训练计划")}));
    EXPECT_EQ(form.field(QStringLiteral("applicant.enterpriseType"))->placeholder.zh,
              QStringLiteral("例如：xx 有限责任公司/xx 股份有限公司"));
    EXPECT_EQ(form.field(QStringLiteral("applicant.country"))->placeholder.zh,
              QStringLiteral("请详细列明国家或地区"));
    EXPECT_EQ(form.field(QStringLiteral("applicant.address"))->placeholder.zh,
              QStringLiteral("请详细列明具体地址"));
    EXPECT_EQ(form.field(QStringLiteral("applicant.employees"))->prefix.zh, QStringLiteral("员工人数："));
}

TEST(FormDefinition, ChoicesAreThoseOfTheAnnex)
{
    const FormDefinition &form = FormDefinition::builtin();
    const auto values = [&](const char *path) {
        QStringList result;
        for (const auto &choice : form.field(QString::fromLatin1(path))->choices)
            result << choice.value;
        return result;
    };
    EXPECT_EQ(values("applicant.employees"), (QStringList{"1-99", "100-999", "1000-9999", "10000+"}));
    EXPECT_EQ(values("applicant.users"), (QStringList{"1-999", "1000-10w", "10w-100w", "100w+"}));
    EXPECT_EQ(values("plan.models"), (QStringList{"16b-base", "16b-chat"}));
    EXPECT_EQ(form.field(QStringLiteral("plan.models"))->choices[0].label.zh,
              QStringLiteral("南北阁 16B 基座模型（Nanbeige 16B 基座模型）"));
    EXPECT_EQ(form.field(QStringLiteral("plan.models"))->choices[1].label.zh,
              QStringLiteral("南北阁 16Bchat 模型（Nanbeige 16Bchat 模型）"));
    EXPECT_EQ(values("applicant.industry").size(), 20);
    EXPECT_EQ(form.field(QStringLiteral("plan.models"))->type, FieldType::MultiChoice);
}

TEST(FormDefinition, CompanyOnlyFieldsDoNotApplyToANaturalPerson)
{
    const FormDefinition &form = FormDefinition::builtin();
    for (const char *path : {"applicant.enterpriseType", "applicant.industry", "applicant.establishedOn",
                             "applicant.employees"}) {
        const auto *field = form.field(QString::fromLatin1(path));
        ASSERT_NE(field, nullptr) << path;
        EXPECT_TRUE(field->appliesToKind(QStringLiteral("organization"))) << path;
        EXPECT_FALSE(field->appliesToKind(QStringLiteral("individual"))) << path;
    }
    EXPECT_TRUE(form.field(QStringLiteral("applicant.users"))->appliesToKind(QStringLiteral("individual")));
    const auto *idType = form.field(QStringLiteral("applicant.idType"));
    EXPECT_EQ(idType->choicesFor(QStringLiteral("organization"))[0].value, QStringLiteral("uscc"));
    EXPECT_EQ(idType->choicesFor(QStringLiteral("individual"))[0].value, QStringLiteral("resident-id"));
}

TEST(FormDefinition, DocumentsFollowTheSpecialNotes)
{
    const FormDefinition &form = FormDefinition::builtin();
    QStringList person, organisation;
    for (const auto &kind : form.documentKinds) {
        if (kind.isRequiredFor(QStringLiteral("individual")))
            person << kind.value;
        if (kind.isRequiredFor(QStringLiteral("organization")))
            organisation << kind.value;
    }
    EXPECT_EQ(person, (QStringList{"applicant-id-copy", "authorization-letter", "representative-id-copy"}));
    EXPECT_EQ(organisation, (QStringList{"business-licence", "legal-representative-id-copy",
                                         "authorization-letter", "representative-id-copy"}));
    ASSERT_EQ(form.notes.size(), 3);
    EXPECT_TRUE(form.notes[0].zh.contains(QStringLiteral("以上材料均须加盖公章")));
    EXPECT_TRUE(form.notes[1].zh.contains(QStringLiteral("【nanbeige@126.com】")));
    ASSERT_EQ(form.signature.size(), 3);
    EXPECT_EQ(form.signature[0].label.zh, QStringLiteral("申请人（盖章）"));
}

// How to prepare each sealed document is form data, parsed as strictly as the rest.
TEST(FormDefinition, EverySealedDocumentSaysHowToPrepareIt)
{
    const FormDefinition &form = FormDefinition::builtin();
    int letters = 0;
    for (const nbapply::DocumentKind &kind : form.documentKinds) {
        if (kind.stamp) {
            EXPECT_TRUE(kind.prepare.zh.contains(QStringLiteral("加盖公章"))) << kind.value.toStdString();
            EXPECT_TRUE(kind.prepare.en.contains(QStringLiteral("seal"))) << kind.value.toStdString();
        }
        if (!kind.prepare.zh.isEmpty()) {
            EXPECT_TRUE(kind.prepare.zh.contains(QStringLiteral("150 dpi"))) << kind.value.toStdString();
            EXPECT_TRUE(kind.prepare.en.contains(QStringLiteral("JPEG/PNG"))) << kind.value.toStdString();
        }
        letters += kind.offersLetter ? 1 : 0;
    }
    ASSERT_NE(form.documentKind(QStringLiteral("authorization-letter")), nullptr);
    EXPECT_TRUE(form.documentKind(QStringLiteral("authorization-letter"))->offersLetter);
    EXPECT_EQ(letters, 1);

    auto editKind = [](int index, std::function<void(QJsonObject &)> edit) {
        return [index, edit](QJsonObject &root) {
            QJsonObject documents = root[QStringLiteral("documents")].toObject();
            QJsonArray kinds = documents[QStringLiteral("kinds")].toArray();
            QJsonObject kind = kinds[index].toObject();
            edit(kind);
            kinds[index] = kind;
            documents[QStringLiteral("kinds")] = kinds;
            root[QStringLiteral("documents")] = documents;
        };
    };
    EXPECT_TRUE(errorAfter(editKind(1, [](QJsonObject &k) {
                    k.remove(QStringLiteral("prepare"));
                })).contains(QStringLiteral("documents.kinds[1].prepare")));
    EXPECT_TRUE(
        errorAfter(editKind(1, [](QJsonObject &k) {
            k[QStringLiteral("prepare")] = QJsonObject{{QStringLiteral("zh"), QStringLiteral("复印")}};
        })).contains(QStringLiteral("documents.kinds[1].prepare.en")));
    EXPECT_TRUE(errorAfter(editKind(3, [](QJsonObject &k) {
                    k[QStringLiteral("offersLetter")] = 1;
                })).contains(QStringLiteral("documents.kinds[3].offersLetter")));
    EXPECT_TRUE(errorAfter(editKind(3, [](QJsonObject &k) {
                    k[QStringLiteral("prepair")] = 1;
                })).contains(QStringLiteral("documents.kinds[3].prepair: unknown key")));
    // A kind without the seal may leave it out.
    EXPECT_EQ(errorAfter(editKind(0, [](QJsonObject &k) { k.remove(QStringLiteral("prepare")); })),
              QString());
}

// A company registered outside mainland China sends its certificate of incorporation, not a 营业执照:
// the guidance says how to prepare that document, not the business licence (data of the form).
TEST(FormDefinition, AnEquivalentDocumentSaysHowToPrepareItself)
{
    const FormDefinition &form = FormDefinition::builtin();
    nbapply::Draft draft(form);
    draft.setText(QStringLiteral("applicant.kind"), QStringLiteral("organization"));
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("foreign-registration"));
    const nbapply::DocumentKind *licence = form.documentKind(QStringLiteral("business-licence"));
    ASSERT_NE(licence, nullptr);
    const BilingualText prepare = form.documentPrepare(*licence, draft);
    EXPECT_TRUE(prepare.zh.contains(QStringLiteral("公司注册证书或商业登记证"))) << prepare.zh.toStdString();
    EXPECT_FALSE(prepare.zh.contains(QStringLiteral("营业执照"))) << prepare.zh.toStdString();
    EXPECT_TRUE(prepare.en.contains(QStringLiteral("certificate of incorporation")))
        << prepare.en.toStdString();
    EXPECT_FALSE(prepare.en.contains(QStringLiteral("business licence"))) << prepare.en.toStdString();
    const nbapply::DocumentKind *legal = form.documentKind(QStringLiteral("legal-representative-id-copy"));
    ASSERT_NE(legal, nullptr);
    EXPECT_FALSE(form.documentPrepare(*legal, draft).zh.contains(QStringLiteral("法定代表人")));
    EXPECT_TRUE(
        form.documentPrepare(*legal, draft).en.contains(QStringLiteral("director or authorised signatory")));

    // Every equivalent of a kind with guidance has its own, sealed where the kind is, and a mainland
    // company still reads the annex document's.
    for (const nbapply::DocumentKind &kind : form.documentKinds) {
        if (kind.prepare.zh.isEmpty())
            continue;
        for (auto it = kind.labelByIdType.cbegin(); it != kind.labelByIdType.cend(); ++it) {
            SCOPED_TRACE(kind.value.toStdString() + " / " + it.key().toStdString());
            ASSERT_TRUE(kind.prepareByIdType.contains(it.key()));
            const BilingualText own = kind.prepareByIdType.value(it.key());
            EXPECT_NE(own.zh, kind.prepare.zh);
            EXPECT_NE(own.en, kind.prepare.en);
            EXPECT_TRUE(own.zh.contains(QStringLiteral("150 dpi")));
            EXPECT_EQ(own.zh.contains(QStringLiteral("加盖公章")), kind.stamp);
        }
    }
    draft.setText(QStringLiteral("applicant.idType"), QStringLiteral("uscc"));
    EXPECT_EQ(form.documentPrepare(*licence, draft).zh, licence->prepare.zh);

    // An equivalent of a kind with guidance must say how to prepare it; it is named by its label.
    auto editLicenceEquivalent = [](const std::function<void(QJsonObject &)> &edit) {
        return [edit](QJsonObject &root) {
            QJsonObject documents = root[QStringLiteral("documents")].toObject();
            QJsonArray kinds = documents[QStringLiteral("kinds")].toArray();
            QJsonObject kind = kinds[1].toObject();
            QJsonObject byIdType = kind[QStringLiteral("byIdType")].toObject();
            QJsonObject equivalent = byIdType[QStringLiteral("foreign-registration")].toObject();
            edit(equivalent);
            byIdType[QStringLiteral("foreign-registration")] = equivalent;
            kind[QStringLiteral("byIdType")] = byIdType;
            kinds[1] = kind;
            documents[QStringLiteral("kinds")] = kinds;
            root[QStringLiteral("documents")] = documents;
        };
    };
    EXPECT_TRUE(errorAfter(editLicenceEquivalent([](QJsonObject &e) {
                    e.remove(QStringLiteral("prepare"));
                })).contains(QStringLiteral("documents.kinds[1].byIdType.foreign-registration.prepare")));
    EXPECT_TRUE(errorAfter(editLicenceEquivalent([](QJsonObject &e) {
                    e.remove(QStringLiteral("label"));
                })).contains(QStringLiteral("documents.kinds[1].byIdType.foreign-registration.label")));
    EXPECT_TRUE(errorAfter(editLicenceEquivalent([](QJsonObject &e) {
                    e[QStringLiteral("prepar")] = 1;
                })).contains(QStringLiteral("foreign-registration.prepar: unknown key")));
}

TEST(FormDefinition, EachKindOfMistakeIsAClearErrorNamingItsPlace)
{
    EXPECT_EQ(errorAfter([](QJsonObject &) {}), QString());
    EXPECT_TRUE(errorAfter([](QJsonObject &r) {
                    r.remove(QStringLiteral("title"));
                }).contains(QStringLiteral("title")));
    EXPECT_TRUE(errorAfter([](QJsonObject &r) {
                    r[QStringLiteral("schema")] = QStringLiteral("other");
                }).contains(QStringLiteral("schema")));
    EXPECT_TRUE(errorAfter([](QJsonObject &r) {
                    r[QStringLiteral("schemaVersion")] = 99;
                }).contains(QStringLiteral("newer")));
    EXPECT_TRUE(errorAfter([](QJsonObject &r) {
                    r[QStringLiteral("colour")] = 1;
                }).contains(QStringLiteral("colour: unknown key")));
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f[QStringLiteral("type")] = QStringLiteral("txt");
                })).contains(QStringLiteral("sections[0].fields[1].type: unknown field type 'txt'")));
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f[QStringLiteral("requird")] = true;
                })).contains(QStringLiteral("sections[0].fields[1].requird: unknown key")));
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f.remove(QStringLiteral("label"));
                })).contains(QStringLiteral("sections[0].fields[1].label")));
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f[QStringLiteral("label")] = QJsonObject{{QStringLiteral("zh"), QStringLiteral("名称")}};
                })).contains(QStringLiteral("label.en")));
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f[QStringLiteral("key")] = QStringLiteral("kind");
                })).contains(QStringLiteral("duplicate field key 'kind'")));
    // Field 11 of the applicant's section is the number of employees (a choice).
    EXPECT_TRUE(errorAfter(editField(0, 11, [](QJsonObject &f) {
                    f[QStringLiteral("choices")] = QStringLiteral("@sizes");
                })).contains(QStringLiteral("'@sizes', which does not exist")));
    EXPECT_TRUE(errorAfter(editField(0, 11, [](QJsonObject &f) {
                    f.remove(QStringLiteral("choices"));
                })).contains(QStringLiteral("needs \"choices\"")));
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f[QStringLiteral("maxLength")] = -3;
                })).contains(QStringLiteral("maxLength")));
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f[QStringLiteral("maxLength")] = 2.5;
                })).contains(QStringLiteral("maxLength")));
    EXPECT_TRUE(errorAfter(editField(0, 4, [](QJsonObject &f) {
                    f[QStringLiteral("appliesTo")] = QJsonArray{QStringLiteral("robot")};
                })).contains(QStringLiteral("unknown applicant kind 'robot'")));
    EXPECT_TRUE(errorAfter(editField(0, 3, [](QJsonObject &f) {
                    f[QStringLiteral("idTypeField")] = QStringLiteral("applicant.name");
                })).contains(QStringLiteral("is not a choice field")));
    // Wording per identifier type belongs to identifiers; a condition names another choice field.
    EXPECT_TRUE(errorAfter(editField(0, 1, [](QJsonObject &f) {
                    f[QStringLiteral("byType")] = QJsonObject{};
                })).contains(QStringLiteral("only identifier fields may be worded per identifier type")));
    EXPECT_TRUE(errorAfter(editField(0, 4, [](QJsonObject &f) {
                    f[QStringLiteral("shownWhen")] =
                        QJsonObject{{QStringLiteral("field"), QStringLiteral("applicant.name")},
                                    {QStringLiteral("values"), QJsonArray{QStringLiteral("x")}}};
                })).contains(QStringLiteral("'applicant.name' is not another choice field")));
    EXPECT_TRUE(errorAfter([](QJsonObject &r) {
                    QJsonArray rules = r[QStringLiteral("rules")].toArray();
                    rules.append(QJsonObject{{QStringLiteral("rule"), QStringLiteral("moon-phase")},
                                             {QStringLiteral("fields"), QJsonArray{}}});
                    r[QStringLiteral("rules")] = rules;
                }).contains(QStringLiteral("does not implement the rule 'moon-phase'")));
    EXPECT_TRUE(errorAfter([](QJsonObject &r) {
                    r[QStringLiteral("rules")] = QJsonArray{QJsonObject{
                        {QStringLiteral("rule"), QStringLiteral("uscc-implies-mainland")},
                        {QStringLiteral("fields"), QJsonArray{QStringLiteral("applicant.nope")}}}};
                }).contains(QStringLiteral("'applicant.nope' does not exist")));
}

// The cover letter's summary and who seals their documents are data of the form, not code.
TEST(FormDefinition, TheLetterSummaryAndTheSealedKindsComeFromTheForm)
{
    const FormDefinition &form = FormDefinition::builtin();
    EXPECT_EQ(form.sealedKinds, QStringList{QStringLiteral("organization")});
    EXPECT_TRUE(form.needsSeal(QStringLiteral("organization")));
    EXPECT_FALSE(form.needsSeal(QStringLiteral("individual")));
    ASSERT_EQ(form.letterSections.size(), 3);
    EXPECT_EQ(form.letterSections[0].section, QStringLiteral("applicant"));
    EXPECT_EQ(form.letterSections[0].intro.zh, QStringLiteral("申请人的基本信息如下，详见随附申请表："));
    ASSERT_EQ(form.letterSections[0].lines.size(), 4);
    EXPECT_EQ(form.letterSections[0].lines[2].field, QStringLiteral("applicant.idNumber"));
    EXPECT_EQ(form.letterSections[0].lines[3].field, QStringLiteral("applicant.country"));
    EXPECT_EQ(form.letterSections[0].lines[3].with, QStringLiteral("applicant.location"));
    EXPECT_EQ(form.letterSections[2].lines.size(), 5);

    auto editLetter = [](const std::function<void(QJsonObject &)> &edit) {
        return [=](QJsonObject &root) {
            QJsonObject letter = root[QStringLiteral("letter")].toObject();
            QJsonArray sections = letter[QStringLiteral("sections")].toArray();
            QJsonObject first = sections[0].toObject();
            edit(first);
            sections[0] = first;
            letter[QStringLiteral("sections")] = sections;
            root[QStringLiteral("letter")] = letter;
        };
    };
    EXPECT_TRUE(
        errorAfter(editLetter([](QJsonObject &s) {
            s[QStringLiteral("section")] = QStringLiteral("nope");
        })).contains(QStringLiteral("letter.sections[0].section: the section 'nope' does not exist")));
    EXPECT_TRUE(errorAfter(editLetter([](QJsonObject &s) {
                    s[QStringLiteral("fields")] = QJsonArray{QStringLiteral("nmae")};
                }))
                    .contains(QStringLiteral(
                        "letter.sections[0].fields[0]: the field 'applicant.nmae' does not exist")));
    EXPECT_TRUE(errorAfter(editLetter([](QJsonObject &s) {
                    s[QStringLiteral("fields")] =
                        QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("country")},
                                               {QStringLiteral("width"), QStringLiteral("location")}}};
                })).contains(QStringLiteral("letter.sections[0].fields[0].width: unknown key")));
    EXPECT_TRUE(errorAfter(editLetter([](QJsonObject &s) {
                    s.remove(QStringLiteral("intro"));
                })).contains(QStringLiteral("letter.sections[0].intro")));
    EXPECT_TRUE(errorAfter([](QJsonObject &r) {
                    QJsonObject documents = r[QStringLiteral("documents")].toObject();
                    documents[QStringLiteral("sealedKinds")] = QJsonArray{QStringLiteral("company")};
                    r[QStringLiteral("documents")] = documents;
                }).contains(QStringLiteral("unknown applicant kind 'company'")));
}

TEST(FormDefinition, MalformedJsonIsAnErrorNotACrash)
{
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray("{"), QByteArray("[1,2]"), QByteArray("\xff\xfe{}"),
          QByteArray("{\"schema\": \"nbapply-form\", \"sections\": 5}")}) {
        BilingualText error;
        EXPECT_FALSE(FormDefinition::parse(bytes, &error).has_value());
        EXPECT_FALSE(error.en.isEmpty());
        EXPECT_FALSE(error.zh.isEmpty());
    }
}

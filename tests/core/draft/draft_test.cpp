// The in-memory draft: paths, lists, documents, canonical form and fingerprint.
#include "draft/draft.h"
#include "form/formdefinition.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using nbapply::DocumentRef;
using nbapply::Draft;
using nbapply::FormDefinition;

TEST(Draft, NewDraftCarriesFormatAndFormTag)
{
    const Draft draft(FormDefinition::builtin());
    EXPECT_EQ(draft.json().value(QStringLiteral("format")).toString(), QStringLiteral("nbapply-draft"));
    EXPECT_EQ(draft.json().value(QStringLiteral("formatVersion")).toInt(), 2);
    EXPECT_EQ(draft.formTag(), QStringLiteral("nanbeige-annex@1"));
    EXPECT_EQ(draft.applicantKind(), QStringLiteral("organization"));
    EXPECT_TRUE(draft.documents().isEmpty());
}

TEST(Draft, TextAndListsAreAddressedByFieldPath)
{
    Draft draft(FormDefinition::builtin());
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("北京示例科技有限公司"));
    draft.setText(QStringLiteral("representative.name"), QStringLiteral("张三"));
    draft.setList(QStringLiteral("plan.models"), {QStringLiteral("16b-base"), QStringLiteral("16b-chat")});
    EXPECT_EQ(draft.text(QStringLiteral("applicant.name")), QStringLiteral("北京示例科技有限公司"));
    EXPECT_EQ(draft.text(QStringLiteral("representative.name")), QStringLiteral("张三"));
    EXPECT_EQ(draft.list(QStringLiteral("plan.models")), (QStringList{"16b-base", "16b-chat"}));
    EXPECT_EQ(draft.text(QStringLiteral("plan.usage")), QString());
    draft.setText(QStringLiteral("applicant.name"), QString());
    EXPECT_FALSE(draft.json().value(QStringLiteral("applicant")).toObject().contains(QStringLiteral("name")))
        << "clearing a field removes its key instead of writing an empty string";
}

TEST(Draft, DocumentsKeepTheirExtraKeysWhileTheyStay)
{
    QJsonObject root = Draft(FormDefinition::builtin()).json();
    root[QStringLiteral("documents")] =
        QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("business-licence")},
                               {QStringLiteral("path"), QStringLiteral("licence.pdf")},
                               {QStringLiteral("comment"), QStringLiteral("stamped 11-20")}},
                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("other")},
                               {QStringLiteral("path"), QStringLiteral("a.pdf")}}};
    Draft draft = Draft::fromJson(root);
    draft.setDocuments({DocumentRef{QStringLiteral("other"), QStringLiteral("a.pdf")},
                        DocumentRef{QStringLiteral("business-licence"), QStringLiteral("licence.pdf")}});
    const QJsonArray documents = draft.json().value(QStringLiteral("documents")).toArray();
    EXPECT_FALSE(documents[0].toObject().contains(QStringLiteral("comment")));
    EXPECT_EQ(documents[1].toObject().value(QStringLiteral("comment")).toString(),
              QStringLiteral("stamped 11-20"));
}

TEST(Draft, RelativeDocumentPathsResolveAgainstTheDraftFolder)
{
    EXPECT_EQ(Draft::resolvePath({QStringLiteral("other"), QStringLiteral("docs/../licence.pdf")},
                                 QStringLiteral("/home/a")),
              QStringLiteral("/home/a/licence.pdf"));
    EXPECT_EQ(Draft::resolvePath({QStringLiteral("other"), QStringLiteral("/srv/x.pdf")},
                                 QStringLiteral("/home/a")),
              QStringLiteral("/srv/x.pdf"));
}

TEST(Draft, FingerprintDependsOnContentOnly)
{
    Draft a(FormDefinition::builtin());
    Draft b(FormDefinition::builtin());
    a.setText(QStringLiteral("applicant.name"), QStringLiteral("甲"));
    a.setText(QStringLiteral("plan.usage"), QStringLiteral("x"));
    b.setText(QStringLiteral("plan.usage"), QStringLiteral("x"));
    b.setText(QStringLiteral("applicant.name"), QStringLiteral("甲"));
    EXPECT_EQ(a.canonicalJson(), b.canonicalJson());
    EXPECT_EQ(a.fingerprint(), b.fingerprint());
    EXPECT_EQ(a.fingerprint().size(), 12);
    b.setText(QStringLiteral("applicant.name"), QStringLiteral("乙"));
    EXPECT_NE(a.fingerprint(), b.fingerprint());
    EXPECT_TRUE(a.canonicalJson().startsWith("{\"applicant\":{\"kind\":\"organization\",\"name\":\"甲\"}"));
}

TEST(Draft, ThePortableCopyCarriesFileNamesOnlyAndTheFingerprintFollowsIt)
{
    Draft draft(FormDefinition::builtin());
    draft.setText(QStringLiteral("applicant.name"), QStringLiteral("甲"));
    draft.setDocuments({{QStringLiteral("other"), QStringLiteral("/home/zhang/扫描/scan.pdf")},
                        {QStringLiteral("other"), QStringLiteral("C:\\Users\\li\\Scan.pdf")},
                        {QStringLiteral("other"), QStringLiteral("scan (2).pdf")},
                        {QStringLiteral("other"), QString()}});
    const QList<DocumentRef> portable = draft.portableCopy(false).documents();
    ASSERT_EQ(portable.size(), 4);
    EXPECT_EQ(portable[0].path, QStringLiteral("scan.pdf"));
    EXPECT_EQ(portable[1].path, QStringLiteral("Scan (2).pdf")); // names differing in case only collide
    EXPECT_EQ(portable[2].path, QStringLiteral("scan (2) (2).pdf"));
    EXPECT_EQ(portable[3].path, QString());
    EXPECT_EQ(draft.portableCopy(false).portableCopy(false), draft.portableCopy(false)) << "idempotent";

    // Where the files lie, the review and the format version are not the application.
    Draft moved = draft;
    moved.setDocuments({{QStringLiteral("other"), QStringLiteral("scan.pdf")},
                        {QStringLiteral("other"), QStringLiteral("/tmp/Scan.pdf")},
                        {QStringLiteral("other"), QStringLiteral("x/scan (2).pdf")},
                        {QStringLiteral("other"), QString()}});
    QJsonObject root = moved.json();
    root.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("comments"), QJsonArray{}}});
    root.insert(QStringLiteral("formatVersion"), 1);
    moved = Draft::fromJson(root);
    EXPECT_EQ(moved.fingerprint(), draft.fingerprint());
    EXPECT_NE(moved.legacyFingerprint(), draft.legacyFingerprint());
    EXPECT_FALSE(draft.portableCopy(false).json().contains(QStringLiteral("review")));
    EXPECT_TRUE(moved.portableCopy(true).json().contains(QStringLiteral("review")));
}

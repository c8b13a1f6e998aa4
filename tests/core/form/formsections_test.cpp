// What the wizard reads from the form rather than from its own code: each section's intro, the
// subtitle of its page.
#include "form/formdefinition.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using nbapply::BilingualText;
using nbapply::FormDefinition;

namespace
{

// The built-in definition with `edit` applied to section 0 (or, with section < 0, to "documents").
QString errorAfterEditing(int section, const QString &key, const QJsonValue &value)
{
    QFile file(nbapply::test::sourcePath(QStringLiteral("forms/nanbeige-annex-v1.json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (section >= 0) {
        QJsonArray sections = root[QStringLiteral("sections")].toArray();
        QJsonObject object = sections[section].toObject();
        if (value.isUndefined())
            object.remove(key);
        else
            object[key] = value;
        sections[section] = object;
        root[QStringLiteral("sections")] = sections;
    } else {
        QJsonObject documents = root[QStringLiteral("documents")].toObject();
        documents[key] = value;
        root[QStringLiteral("documents")] = documents;
    }
    BilingualText error;
    const auto form = FormDefinition::parse(QJsonDocument(root).toJson(), &error);
    EXPECT_EQ(form.has_value(), error.en.isEmpty());
    return error.en;
}

} // namespace

TEST(FormSections, EverySectionOfTheBuiltinFormIntroducesItselfInBothLanguages)
{
    const FormDefinition &form = FormDefinition::builtin();
    ASSERT_EQ(form.sections.size(), 3);
    for (const auto &section : form.sections) {
        EXPECT_FALSE(section.intro.zh.isEmpty()) << qPrintable(section.id);
        EXPECT_FALSE(section.intro.en.isEmpty()) << qPrintable(section.id);
    }
    EXPECT_TRUE(form.sections[1].intro.zh.contains(QStringLiteral("电子邮箱")));
}

TEST(FormSections, AnIntroIsOptionalButMustBeBilingualText)
{
    EXPECT_EQ(errorAfterEditing(0, QStringLiteral("intro"), QJsonValue::Undefined), QString());
    EXPECT_TRUE(
        errorAfterEditing(0, QStringLiteral("intro"), 5).contains(QStringLiteral("sections[0].intro")));
    EXPECT_TRUE(errorAfterEditing(0, QStringLiteral("intro"),
                                  QJsonObject{{QStringLiteral("zh"), QStringLiteral("只有中文")}})
                    .contains(QStringLiteral("sections[0].intro.en")));
    EXPECT_TRUE(errorAfterEditing(0, QStringLiteral("intra"), QJsonObject{})
                    .contains(QStringLiteral("sections[0].intra: unknown key")));
}

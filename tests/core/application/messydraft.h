#pragma once

// The company example as a hurried user types it: full-width characters, spaces, lower case.

#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "received/receivedfile.h"
#include "testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace nbapply::test
{

inline QDateTime messyExportTime()
{
    return QDateTime(QDate(2026, 11, 26), QTime(8, 30), QTimeZone::utc());
}

// The example company, its documents made absolute so the draft can be saved anywhere.
inline Draft companyExample()
{
    const DraftLoadResult loaded = loadDraftFile(sourcePath(QStringLiteral("examples/company.nbapply.json")));
    Draft draft = loaded.ok() ? *loaded.draft : Draft(FormDefinition::builtin());
    QList<DocumentRef> documents = draft.documents();
    for (DocumentRef &document : documents)
        document.path = Draft::resolvePath(document, sourcePath(QStringLiteral("examples")));
    draft.setDocuments(documents);
    return draft;
}

// The example company with its documents copied into `folder` and named relative to it, as a saved
// draft's must be (a document outside the draft's folder is refused).
inline Draft companyExampleIn(const QString &folder)
{
    Draft draft = companyExample();
    QList<DocumentRef> documents = draft.documents();
    for (DocumentRef &document : documents) {
        const QString name = QFileInfo(document.path).fileName();
        QFile::copy(document.path, QDir(folder).filePath(name));
        document.path = name;
    }
    draft.setDocuments(documents);
    return draft;
}

inline Draft messyCompanyDraft()
{
    Draft draft = companyExample();
    draft.setText(QStringLiteral("applicant.idNumber"), QStringLiteral("9111 0108 ma01 c3qk0b"));
    draft.setText(QStringLiteral("representative.idNumber"),
                  QStringLiteral("１１０１０５ １９９００３０７ １２３９"));
    draft.setText(QStringLiteral("representative.email"), QStringLiteral("zhang.wei＠nanshan-ai.example.cn"));
    draft.setText(QStringLiteral("representative.phone"), QStringLiteral("138 0013 8000"));
    draft.setText(QStringLiteral("applicant.country"), QStringLiteral("cn"));
    return draft;
}

// What every view must show for the messy values: the normalised values, formatted as the PDF prints them.
struct ShownValue {
    QString path;
    QString shown;
    QString typed;
};
inline QList<ShownValue> messyValues()
{
    return {{QStringLiteral("applicant.idNumber"), QStringLiteral("91110108MA01C3QK0B"),
             QStringLiteral("9111 0108 ma01 c3qk0b")},
            {QStringLiteral("representative.idNumber"), QStringLiteral("110105199003071239"),
             QStringLiteral("１１０１０５ １９９００３０７ １２３９")},
            {QStringLiteral("representative.email"), QStringLiteral("zhang.wei@nanshan-ai.example.cn"),
             QStringLiteral("zhang.wei＠nanshan-ai.example.cn")},
            {QStringLiteral("representative.phone"), QStringLiteral("+86 138 0013 8000"),
             QStringLiteral("138 0013 8000")}};
}

inline CheckedApplication checkedOf(const Draft &draft, const QString &draftFolder = {})
{
    ValidationContext context;
    context.today = messyExportTime().date();
    context.draftFolder = draftFolder;
    return CheckedApplication::check(FormDefinition::builtin(), draft, context);
}

} // namespace nbapply::test

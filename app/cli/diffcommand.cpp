// nbapply diff OLD NEW: what changed between two versions of an application, whatever files hold them.
#include "commands.h"
#include "commonoptions.h"
#include "compare/applicationdiff.h"
#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "output.h"
#include "received/receivedfile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nbapply::cli
{

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two versions of an application. OLD and NEW may each be a draft, a package, an nbapply "
        "PDF or an nbapply .eml. Prints one line per changed field: its path, the old value and the new "
        "value, tab-separated; documents are compared by content (SHA-256), and a document marked not "
        "applicable reads \"not applicable: REASON\" (with --lang zh_CN \"不适用：REASON\").\n"
        "Documents are read as `validate` reads them: a draft naming a document outside its folder, or one "
        "that is not a regular file, is refused.\n"
        "Exit codes: 0 the same, 1 different, 2 a file cannot be read or names a document that is refused."));
    parser.addPositionalArgument(QStringLiteral("OLD"), QStringLiteral("the earlier version"));
    parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral("the later version"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("print a JSON array of {field, old, new}"));
    parser.addOptions({json});
    Language language = Language::English;
    if (const std::optional<int> done =
            parseCommonOptions(parser, QStringLiteral("diff"), arguments, &language))
        return *done;
    if (parser.positionalArguments().size() != 2) {
        printErr(QStringLiteral("Usage: nbapply diff [--json] [--lang zh_CN|en] OLD NEW\n"));
        return ExitUsage;
    }
    const DraftLoadResult before = loadDraftFile(parser.positionalArguments().at(0));
    const DraftLoadResult after = before.ok() ? loadDraftFile(parser.positionalArguments().at(1)) : before;
    for (const DraftLoadResult *loaded : {&before, &after}) {
        if (!loaded->ok()) {
            printErr(sanitizedForLine(loaded->error.in(language)) + u'\n');
            return ExitUnreadable;
        }
    }
    const ApplicationDiff diff = diffLoadedApplications(FormDefinition::builtin(), before, after, language);
    if (!diff.ok()) {
        // Nothing of the refused file, nor of the other one, is printed: only what was refused and why.
        const Problem &refused = *diff.refused;
        printErr(language == Language::Chinese
                     ? QStringLiteral("nbapply diff：拒绝比较（%1）：%2\n")
                           .arg(refused.code, sanitizedForLine(refused.message.zh))
                     : QStringLiteral("nbapply diff: refused to compare (%1): %2\n")
                           .arg(refused.code, sanitizedForLine(refused.message.en)));
        return ExitUnreadable;
    }
    const QList<FieldChange> &changes = diff.changes;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const FieldChange &change : changes)
            array.append(QJsonObject{{QStringLiteral("field"), change.field},
                                     {QStringLiteral("old"), change.oldValue},
                                     {QStringLiteral("new"), change.newValue}});
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        for (const FieldChange &change : changes)
            printOut(sanitizedForLine(change.field) + u'\t' + sanitizedForLine(change.oldValue) + u'\t' +
                     sanitizedForLine(change.newValue) + u'\n');
        printErr(language == Language::Chinese ? QStringLiteral("%1 处不同\n").arg(changes.size())
                                               : QStringLiteral("%1 difference(s)\n").arg(changes.size()));
    }
    return changes.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace nbapply::cli

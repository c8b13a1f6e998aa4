#pragma once

// Files as a reviewer receives them: an application exported on the "sender's machine" (one temporary
// folder), then carried to another folder with the first one removed.

#include "application/checkedapplication.h"
#include "draft/draftfile.h"
#include "export/applicationexport.h"
#include "form/formdefinition.h"
#include "testdrafts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace nbapply::test
{

// The company example exported (PDF and e-mail) into a sender folder that is removed afterwards;
// the files named in `keep` (by suffix: ".pdf", ".eml") are copied into `receiver` first. Returns
// the received paths in the order asked.
inline QStringList receiveExport(const QString &receiver, const QStringList &keep,
                                 const Draft &draft = exampleDraft(QStringLiteral("company.nbapply.json")))
{
    QStringList received;
    QTemporaryDir sender;
    ApplicationExportOptions options;
    options.exportTime = fixedExportTime();
    options.draftFolder = examplesFolder();
    const ApplicationExportResult result =
        exportApplication(FormDefinition::builtin(), draft, sender.path(), options);
    EXPECT_TRUE(result.ok) << result.error.en.toStdString();
    for (const QString &suffix : keep) {
        const QString from = suffix == u".pdf" ? result.pdfPath : result.emailPath;
        const QString to = QDir(receiver).filePath(QFileInfo(from).fileName());
        EXPECT_TRUE(QFile::copy(from, to));
        received << to;
    }
    return received;
}

// `draft` checked with its documents in `folder`, as `nbapply package` checks it before packing.
inline CheckedApplication checkedIn(const Draft &draft, const QString &folder)
{
    ValidationContext context;
    context.today = fixedExportTime().date();
    context.draftFolder = folder;
    return CheckedApplication::check(FormDefinition::builtin(), draft, context);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

inline QStringList codes(const Problems &problems)
{
    QStringList out;
    for (const Problem &problem : problems)
        out << problem.code;
    return out;
}

} // namespace nbapply::test

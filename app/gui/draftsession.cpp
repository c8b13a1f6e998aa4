#include "draftsession.h"

#include "draft/draftfile.h"
#include "form/formdefinition.h"
#include "pdf/pdfexporter.h"
#include "validation/draftvalidator.h"

#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace nbapply::gui
{

DraftSession::DraftSession(const FormDefinition &form, QObject *parent)
    : QObject(parent), m_form(form), m_draft(form), m_canPrint(printableCharacters())
{
}

QString DraftSession::draftFolder() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
}

QString DraftSession::displayName() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).fileName();
}

ValidationContext DraftSession::validationContext() const
{
    ValidationContext context;
    context.draftFolder = draftFolder();
    context.canPrint = m_canPrint;
    return context;
}

const CheckedApplication &DraftSession::checked() const
{
    const QDate today = QDate::currentDate();
    if (!m_checked || m_checked->date() != today) {
        ValidationContext context = validationContext();
        context.today = today;
        m_checked = CheckedApplication::check(m_form, m_draft, context);
    }
    return *m_checked;
}

void DraftSession::setText(const QString &path, const QString &value)
{
    if (m_draft.text(path) == value)
        return;
    const QString previousKind = m_draft.applicantKind();
    m_draft.setText(path, value);
    dropConfirmations(path);
    // The kind first, so the pages show the new kind's choices, then the choices it brought back.
    const QStringList switched =
        path == Draft::applicantKindPath() ? switchKindChoices(previousKind) : QStringList();
    markDirty(path);
    for (const QString &other : switched)
        emit changed(other);
}

QStringList DraftSession::switchKindChoices(const QString &from)
{
    const QString to = m_draft.applicantKind();
    QStringList changedPaths;
    for (const SectionDefinition &section : m_form.sections)
        for (const FieldDefinition &field : section.fields) {
            if (field.choicesByKind.isEmpty())
                continue;
            const QString path = field.path();
            const QString current = m_draft.text(path);
            if (!current.isEmpty())
                m_choicesByKind[from].insert(path, current);
            // What this kind had before, if it is one of its choices; else nothing: a credit code
            // type means nothing for a natural person, and the required check asks for a choice.
            QString restored = m_choicesByKind.value(to).value(path);
            bool offered = false;
            for (const Choice &choice : field.choicesFor(to))
                offered = offered || choice.value == restored;
            if (!offered)
                restored.clear();
            bool currentOffered = false;
            for (const Choice &choice : field.choicesFor(to))
                currentOffered = currentOffered || choice.value == current;
            if (currentOffered && restored.isEmpty())
                restored = current;
            if (restored == current)
                continue;
            m_draft.setText(path, restored);
            dropConfirmations(path);
            changedPaths << path;
        }
    return changedPaths;
}

void DraftSession::setList(const QString &path, const QStringList &values)
{
    if (m_draft.list(path) == values)
        return;
    m_draft.setList(path, values);
    markDirty(path);
}

void DraftSession::setConfirmed(const QString &path, bool confirmed)
{
    if (m_draft.isConfirmed(path) == confirmed)
        return;
    m_draft.setConfirmed(path, confirmed);
    markDirty(path);
}

void DraftSession::setDocuments(const QList<DocumentRef> &documents)
{
    if (m_draft.documents() == documents)
        return;
    m_draft.setDocuments(documents);
    markDirty(QStringLiteral("documents"));
}

void DraftSession::setNotApplicable(const QString &kind, bool notApplicable, const QString &reason)
{
    const NotApplicableDocument entry{kind, reason};
    const QList<NotApplicableDocument> marked = m_draft.notApplicableDocuments();
    const bool isMarked = std::any_of(marked.cbegin(), marked.cend(),
                                      [&kind](const NotApplicableDocument &e) { return e.kind == kind; });
    if (notApplicable ? marked.contains(entry) : !isMarked)
        return;
    m_draft.setNotApplicable(kind, notApplicable, reason);
    markDirty(QStringLiteral("documents"));
}

void DraftSession::newDraft()
{
    replace(Draft(m_form), QString(), false);
    emit savedOrDiscarded();
}

bool DraftSession::open(const QString &path, BilingualText *error)
{
    DraftLoadResult result = loadDraftFile(path);
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    // A PDF, a package or an e-mail carries the draft but is not a draft file, whatever its name: the
    // loader looked at the content. Keep the path only where Save may write JSON back; otherwise
    // remember where the draft came from, for the title.
    replace(*result.draft, result.canSaveBack ? QFileInfo(path).absoluteFilePath() : QString(), false);
    if (!result.canSaveBack) {
        m_sourceFile = QFileInfo(path).absoluteFilePath();
        emit fileChanged();
    }
    emit savedOrDiscarded();
    return true;
}

bool DraftSession::save(BilingualText *error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = {QStringLiteral("这份草稿还没有文件名：请用“另存为”。"),
                      QStringLiteral("This draft has no file name yet: use Save As.")};
        return false;
    }
    return saveAs(m_filePath, error);
}

bool DraftSession::saveAs(const QString &path, BilingualText *error)
{
    const SaveResult result = saveDraftFile(m_draft, path);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_sourceFile.clear();
    m_dirty = false;
    m_checked.reset(); // the folder documents are resolved against may have changed
    emit fileChanged();
    emit savedOrDiscarded();
    return true;
}

void DraftSession::discardChanges()
{
    const bool wasDirty = m_dirty;
    m_dirty = false;
    if (wasDirty)
        emit fileChanged();
    emit savedOrDiscarded();
}

void DraftSession::adoptRecovered(const Draft &draft, const QString &originalPath)
{
    replace(draft, originalPath, true);
}

void DraftSession::dropConfirmations(const QString &path)
{
    // The marker sits beside the field it confirms ("applicant.idNumberConfirmed"); an identifier's
    // marker also goes when its type changes (the same number means something else then).
    QStringList fields{path};
    for (const SectionDefinition &section : m_form.sections)
        for (const FieldDefinition &field : section.fields)
            if (!field.idTypeField.isEmpty() && field.idTypeField == path)
                fields << field.path();
    for (const QString &field : std::as_const(fields))
        m_draft.setConfirmed(field, false);
}

void DraftSession::markDirty(const QString &fieldPath)
{
    m_checked.reset();
    const bool wasDirty = m_dirty;
    m_dirty = true;
    emit changed(fieldPath);
    if (!wasDirty)
        emit fileChanged();
}

void DraftSession::replace(const Draft &draft, const QString &filePath, bool dirty)
{
    m_checked.reset();
    m_draft = draft;
    m_choicesByKind.clear();
    m_filePath = filePath;
    m_sourceFile.clear();
    m_dirty = dirty;
    emit changed(QString());
    emit fileChanged();
}

} // namespace nbapply::gui

#include "documentkindbox.h"

#include "draftsession.h"
#include "form/formdefinition.h"
#include "problemlabel.h"
#include "uilanguage.h"
#include "validation/documentchecks.h"

#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nbapply::gui
{

QStringList localFilesOf(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << QFileInfo(url.toLocalFile()).absoluteFilePath();
    return paths;
}

DocumentKindBox::DocumentKindBox(const DocumentKind &kind, DraftSession *session, QWidget *parent)
    : QGroupBox(parent), m_kind(kind), m_session(session), m_files(new QVBoxLayout),
      m_add(new QPushButton(this)), m_status(new ProblemLabel(this)), m_notApplicable(new QCheckBox(this)),
      m_reason(new QLineEdit(this)), m_prepare(new QLabel(this))
{
    setAcceptDrops(true);
    m_prepare->setWordWrap(true);
    m_prepare->setTextFormat(Qt::PlainText);
    m_prepare->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prepare);
    layout->addWidget(m_status);
    layout->addLayout(m_files);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_notApplicable);
    layout->addWidget(m_reason);
    m_reason->setMaxLength(validation::kMaxNotApplicableReason);
    connect(m_add, &QPushButton::clicked, this, &DocumentKindBox::chooseFiles);
    connect(m_notApplicable, &QCheckBox::toggled, this, [this](bool on) {
        m_session->setNotApplicable(m_kind.value, on, m_reason->text());
        if (on)
            m_reason->setFocus(Qt::TabFocusReason);
    });
    connect(m_reason, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_notApplicable->isChecked())
            m_session->setNotApplicable(m_kind.value, true, text);
    });
    connect(session, &DraftSession::changed, this, [this](const QString &path) {
        // The identifier type picks the equivalent's label (a certificate of incorporation …).
        if (path.isEmpty() || path == QLatin1String("documents") || path == QLatin1String("applicant.kind") ||
            path == m_session->form().documentsIdTypeField)
            refresh();
    });
    refresh();
}

void DocumentKindBox::addFiles(const QStringList &paths)
{
    // The session brings each file into the application's folder (a copy when it lies elsewhere).
    BilingualText error;
    if (!m_session->addDocuments(m_kind.value, paths, &error) && !error.en.isEmpty())
        QMessageBox::warning(this, tr("Could not add the file"), inUi(error));
}

QString DocumentKindBox::guidanceText() const
{
    return m_prepare->isVisibleTo(this) ? m_prepare->text() : QString();
}

void DocumentKindBox::addGuidanceWidget(QWidget *widget)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_prepare) + 1, widget);
    m_extra = widget;
}

QString DocumentKindBox::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

QList<QWidget *> DocumentKindBox::tabOrder() const
{
    QList<QWidget *> order;
    if (m_extra)
        for (QWidget *w : m_extra->findChildren<QWidget *>())
            if (w->focusPolicy() & Qt::TabFocus)
                order << w;
    for (QWidget *w : m_fileWidgets)
        for (QPushButton *button : w->findChildren<QPushButton *>())
            order << button;
    order << m_add << m_notApplicable << m_reason;
    return order;
}

void DocumentKindBox::refresh()
{
    // The rows are rebuilt only when the files changed; a language change keeps the widgets.
    QStringList shown;
    const QList<DocumentRef> all = m_session->draft().documents();
    for (int i = 0; i < all.size(); ++i)
        if (all[i].kind == m_kind.value)
            shown << QString::number(i) + QLatin1Char('|') + all[i].path;
    const bool rebuild = shown != m_shownFiles;
    m_shownFiles = shown;
    if (rebuild) {
        // Later, not now: refresh() may run inside the clicked() of a Remove button being replaced.
        for (QWidget *w : m_fileWidgets) {
            w->hide();
            w->deleteLater();
        }
        m_fileWidgets.clear();
    }
    int rowIndex = 0;

    // Required, sealed and named for this applicant as the PDF and Review say it (one row per kind).
    const DocumentKindRow *kindRow = m_session->checked().documentKind(m_kind.value);
    QString title = inUi(kindRow ? kindRow->label : m_kind.label);
    title += kindRow && kindRow->required ? tr(" (required)") : tr(" (optional)");
    if (kindRow && kindRow->sealed)
        title += tr(" — must bear the official seal (加盖公章)");
    setTitle(title);

    const QList<DocumentRef> documents = m_session->draft().documents();
    const QMimeDatabase mimeTypes;
    for (int i = 0; i < documents.size(); ++i) {
        if (documents[i].kind != m_kind.value)
            continue;
        const QString path = Draft::resolvePath(documents[i], m_session->draftFolder());
        const QFileInfo info(path);
        QString details;
        if (info.isFile())
            details = tr("%1, %2").arg(mimeTypes.mimeTypeForFile(info).comment(),
                                       QLocale().formattedDataSize(info.size()));
        if (rebuild) {
            auto *row = new QWidget(this);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto *label = new QLabel(row);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            auto *remove = new QPushButton(row);
            connect(remove, &QPushButton::clicked, this, [this, i] { removeDocument(i); });
            rowLayout->addWidget(label, 1);
            rowLayout->addWidget(remove);
            m_files->addWidget(row);
            m_fileWidgets << row;
        }
        QWidget *row = m_fileWidgets.value(rowIndex++);
        if (!row)
            continue;
        auto *label = row->findChild<QLabel *>();
        auto *remove = row->findChild<QPushButton *>();
        label->setText(QStringLiteral("%1 — %2").arg(info.fileName(), details));
        label->setToolTip(path);
        remove->setText(tr("Remove"));
        // Names start with the visible text (voice control says what it sees), then say which.
        remove->setAccessibleName(remove->text() + QStringLiteral(" — ") + info.fileName());
    }
    // The checked application's verdict on this kind, scans included: the same problems, with the same
    // severity, as Review, the Export page and `nbapply validate` show (a missing file and a scan that
    // cannot be decoded are errors everywhere).
    m_status->setProblems(m_session->checked().documentProblems(m_kind.value));
    // The guidance of the document asked for: an equivalent's own (a certificate of incorporation).
    const BilingualText prepare = m_session->checked().documentPrepare(m_kind);
    m_prepare->setText(inUi(prepare));
    m_prepare->setVisible(!prepare.zh.isEmpty() && (!m_kind.stamp || (kindRow && kindRow->sealed)));
    m_add->setText(tr("Add file…"));
    m_add->setAccessibleName(m_add->text() + QStringLiteral(" — ") +
                             inUi(kindRow ? kindRow->label : m_kind.label));
    m_add->setAccessibleDescription(tr("You can also drop files onto this box."));
    setAccessibleName(title);
    updateNotApplicable();
}

void DocumentKindBox::updateNotApplicable()
{
    const QString reason = m_session->checked().notApplicableReason(m_kind.value);
    const bool marked = !reason.isNull();
    const BilingualText label = m_session->checked().documentLabel(m_kind);
    // Offered for a document this applicant is asked for, and kept visible once marked so it can be undone.
    const DocumentKindRow *row = m_session->checked().documentKind(m_kind.value);
    const bool offered = marked || (row && row->required);
    {
        const QSignalBlocker block(m_notApplicable);
        m_notApplicable->setChecked(marked);
    }
    if (marked && m_reason->text().trimmed() != reason)
        m_reason->setText(reason);
    m_notApplicable->setVisible(offered);
    m_reason->setVisible(offered && marked);
    m_notApplicable->setText(tr("Not applicable to this applicant"));
    // The visible text first (voice control users say what they see), then which document.
    m_notApplicable->setAccessibleName(m_notApplicable->text() + QStringLiteral(" — ") + inUi(label));
    m_notApplicable->setAccessibleDescription(tr(
        "Tick it when the applicant has no such document, and say why; the form and the e-mail state it."));
    m_reason->setPlaceholderText(
        tr("Why it does not apply, e.g. registered in Hong Kong: no business licence"));
    m_reason->setAccessibleName(tr("%1: why it is not applicable").arg(inUi(label)));
}

void DocumentKindBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QGroupBox::changeEvent(event);
}

void DocumentKindBox::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFilesOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DocumentKindBox::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFilesOf(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

void DocumentKindBox::chooseFiles()
{
    // A document the applicant does not need is hidden, and asks for no file.
    if (isHidden())
        return;
    const QString start = m_session->draftFolder().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : m_session->draftFolder();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add files for: %1").arg(inUi(m_session->checked().documentLabel(m_kind))), start,
        tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.ofd);;All files (*)"));
    addFiles(paths);
}

void DocumentKindBox::removeDocument(int index)
{
    QList<DocumentRef> documents = m_session->draft().documents();
    if (index < 0 || index >= documents.size())
        return;
    documents.removeAt(index);
    m_session->setDocuments(documents);
    m_add->setFocus();
}

} // namespace nbapply::gui

#include "welcomepage.h"

#include "form/formdefinition.h"
#include "licencedialog.h"
#include "uilanguage.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace nbapply::gui
{

namespace
{

QLabel *wrappingLabel(QWidget *parent, bool heading = false)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(heading ? Qt::PlainText : Qt::RichText);
    if (heading) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

WelcomePage::WelcomePage(const FormDefinition &form, QWidget *parent)
    : QWizardPage(parent), m_form(form), m_about(wrappingLabel(this)),
      m_needsTitle(wrappingLabel(this, true)), m_needs(wrappingLabel(this)),
      m_licenceTitle(wrappingLabel(this, true)), m_licence(wrappingLabel(this)),
      m_readLicence(new QPushButton(this)), m_startNew(new QPushButton(this)), m_open(new QPushButton(this)),
      m_recover(new QPushButton(this))
{
    auto *content = new QWidget;
    auto *body = new QVBoxLayout(content);
    body->addWidget(m_about);
    body->addWidget(m_needsTitle);
    body->addWidget(m_needs);
    body->addWidget(m_licenceTitle);
    body->addWidget(m_licence);
    auto *licenceRow = new QHBoxLayout;
    licenceRow->addWidget(m_readLicence);
    licenceRow->addStretch(1);
    body->addLayout(licenceRow);
    body->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_startNew);
    actions->addWidget(m_open);
    actions->addWidget(m_recover);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(actions);

    m_recover->hide();
    connect(m_readLicence, &QPushButton::clicked, this, &WelcomePage::showLicence);
    connect(m_startNew, &QPushButton::clicked, this, &WelcomePage::startNewRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_recover, &QPushButton::clicked, this, &WelcomePage::recoverRequested);
    setTabOrder(m_readLicence, m_startNew);
    setTabOrder(m_startNew, m_open);
    setTabOrder(m_open, m_recover);
    retranslateUi();
}

void WelcomePage::setRecoveryAvailable(bool available)
{
    m_recover->setVisible(available);
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    // After QWizard has placed the focus for the page it shows.
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && !(QApplication::focusWidget() && isAncestorOf(QApplication::focusWidget()) &&
                             QApplication::focusWidget() != m_readLicence))
            m_startNew->setFocus(Qt::OtherFocusReason);
    });
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome"));
    setSubTitle(inUi(m_form.title));
    m_about->setText(
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(tr("nbapply helps you fill in the application form for commercial use of the Nanbeige "
                    "licensed models, checks your answers as you type, and produces a bilingual PDF and an "
                    "e-mail draft addressed to %1. Your drafts stay on this computer.")
                     .arg(m_form.recipient)
                     .toHtmlEscaped(),
                 tr("nbapply is not affiliated with the licensor and cannot grant a licence: it only "
                    "prepares the application. It sends nothing by itself, and the licensor alone decides.")
                     .toHtmlEscaped()));
    m_needsTitle->setText(tr("What you will need"));
    QStringList needs;
    for (const DocumentKind &kind : m_form.documentKinds) {
        if (kind.requiredFor.isEmpty())
            continue;
        QStringList who;
        for (const Choice &applicantKind : m_form.applicantKinds)
            if (kind.isRequiredFor(applicantKind.value))
                who << inUi(applicantKind.label);
        needs << tr("%1 (for: %2)").arg(inUi(kind.label), who.join(tr(", ")));
    }
    needs << inUi(m_form.stampNote);
    m_needs->setText(bulletList(needs));
    m_licenceTitle->setText(tr("The licence in brief"));
    m_licence->setText(bulletList({
        tr("Commercial use of the Nanbeige models needs the licensor's written approval; without it no "
           "commercial licence is granted."),
        tr("The application form and its documents are sent by e-mail to %1.").arg(m_form.recipient),
        tr("The licensor may ask for further documents and reviews the application once it is complete."),
        tr("The Chinese text of the licence and of the form prevails; English is for reference only."),
    }));
    m_readLicence->setText(tr("&Read the full licence (Chinese)…"));
    m_startNew->setText(tr("&Start a new application"));
    m_open->setText(tr("&Open a draft or PDF…"));
    m_recover->setText(tr("Recover &unsaved work"));
    m_startNew->setAccessibleDescription(tr("Begins an empty application and goes to the next page."));
    m_open->setAccessibleDescription(tr("Opens a saved draft or a PDF that nbapply exported."));
    m_recover->setAccessibleDescription(tr("Restores what an earlier session had not saved."));
}

void WelcomePage::showLicence()
{
    LicenceDialog dialog(this);
    dialog.exec();
}

} // namespace nbapply::gui

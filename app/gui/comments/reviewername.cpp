#include "reviewername.h"

#include <QInputDialog>
#include <QSettings>

namespace nbapply::gui
{

namespace
{
const QString kNameKey = QStringLiteral("review/name");
}

QString storedReviewerName()
{
    return QSettings().value(kNameKey).toString().simplified();
}

void setStoredReviewerName(const QString &name)
{
    QSettings().setValue(kNameKey, name.simplified());
}

QString reviewerName(QWidget *parent)
{
    const QString stored = storedReviewerName();
    if (!stored.isEmpty())
        return stored;
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            parent, QObject::tr("Your name"),
            QObject::tr("Comments are recorded with your name; approvals are signed with your certificate. "
                        "The name is kept in nbapply's settings and can be changed from the Review menu."),
            QLineEdit::Normal, QString(), &ok)
            .simplified()
            .left(120);
    if (!ok || name.isEmpty())
        return {};
    setStoredReviewerName(name);
    return name;
}

} // namespace nbapply::gui

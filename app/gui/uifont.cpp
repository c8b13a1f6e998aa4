#include "uifont.h"

#include "uilanguage.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace nbapply::gui
{

namespace
{

bool &managed()
{
    static bool on = false;
    return on;
}

} // namespace

void followUiFont(Language language)
{
    if (!managed() || !qobject_cast<QApplication *>(QCoreApplication::instance()))
        return;
    const QStringList installed = QFontDatabase::families();
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (!installed.contains(cjk))
        return;
    QStringList families;
    if (language == Language::English) {
        for (const QString &latin :
             {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans")})
            if (installed.contains(latin)) {
                families << latin;
                break;
            }
    }
    families << cjk;
    QFont font = QApplication::font();
    if (font.families() == families)
        return;
    font.setFamilies(families);
    QApplication::setFont(font);
}

void useUiFont()
{
    managed() = true;
    followUiFont(uiLanguage());
}

} // namespace nbapply::gui

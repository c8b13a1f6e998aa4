#include "uilanguage.h"

#include "uifont.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace nbapply::gui
{

namespace
{

struct LanguageState {
    std::optional<Language> current;
    QPointer<QTranslator> own;
    QPointer<QTranslator> qtBase;
};

LanguageState &state()
{
    static LanguageState s;
    return s;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

Language uiLanguage()
{
    return state().current.value_or(systemLanguage());
}

void setUiLanguage(Language language)
{
    LanguageState &s = state();
    s.current = language;
    removeTranslator(s.own);
    removeTranslator(s.qtBase);
    // The English file too: the sources are English, but plurals ("%n file(s)") need their forms.
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/nbapply_%1.qm").arg(languageCode(language)))) {
        QCoreApplication::installTranslator(own);
        s.own = own;
    } else {
        delete own;
    }
    if (language == Language::Chinese) {
        // Qt's own texts (Next, Back, Cancel, Yes, No …) from qt6-translations-l10n.
        auto *qtBase = new QTranslator(QCoreApplication::instance());
        if (qtBase->load(QStringLiteral("qtbase_zh_CN"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtBase);
            s.qtBase = qtBase;
        } else {
            delete qtBase;
        }
    }
    followUiFont(language);
    QLocale::setDefault(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Installing/removing a translator already notifies; switching between two untranslated states
    // (or a missing .qm) would not, and code-set texts (form labels) must follow regardless.
    QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
}

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_")))
        return Language::Chinese;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return Language::English;
    return std::nullopt;
}

} // namespace nbapply::gui

#pragma once

#include "common/bilingualtext.h"

#include <QString>

#include <optional>

namespace nbapply::gui
{

// The language the user interface speaks now. Starts as systemLanguage() until setUiLanguage().
nbapply::Language uiLanguage();
// Chinese when the system locale's language is Chinese, English otherwise.
nbapply::Language systemLanguage();

// Switches the running application: installs the translator built from translations/nbapply_<code>.ts
// (":/i18n/nbapply_zh_CN.qm", or nbapply_en.qm for the plural forms of English), for Chinese also
// Qt's own qtbase translation, sets
// the default QLocale, and makes every widget receive QEvent::LanguageChange. Every page and widget
// implements changeEvent(QEvent::LanguageChange) -> retranslateUi(), and texts that come from the
// form use `.in(uiLanguage())`. Needs a QCoreApplication.
void setUiLanguage(nbapply::Language language);

// "zh_CN" / "en", as used by --language and the settings.
QString languageCode(nbapply::Language language);
std::optional<nbapply::Language> languageFromCode(const QString &code);

// Picks the UI-language half of a bilingual text.
inline const QString &inUi(const BilingualText &text)
{
    return text.in(uiLanguage());
}

} // namespace nbapply::gui

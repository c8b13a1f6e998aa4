#pragma once

#include <QString>

namespace nbapply
{

// The two languages nbapply speaks. Chinese governs (agreement clause 10.2).
enum class Language { Chinese, English };

// A text that exists in both languages, as every user-facing string of the core does.
struct BilingualText {
    QString zh;
    QString en;

    const QString &in(Language language) const { return language == Language::Chinese ? zh : en; }
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    friend bool operator==(const BilingualText &, const BilingualText &) = default;
};

} // namespace nbapply

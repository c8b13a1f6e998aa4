// The "letter" part of a form definition: which fields the cover letter of the e-mail summarises, per
// section, and the sentence that introduces each section there. Strict like the rest: every key known,
// every section and field must exist in the form.
#include "formparser.h"

#include <QJsonArray>

namespace nbapply
{

void FormParser::parseLetter(const QJsonObject &root, FormDefinition &form)
{
    const QString where = QStringLiteral("letter");
    if (root.value(where).isUndefined())
        return; // a form without a letter summary: the letter lists the enclosures only
    const QJsonObject letter = object(root.value(where), where);
    checkKeys(letter, where, {QStringLiteral("sections")});
    const QJsonArray sections = letter.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty())
        fail(at(where, QStringLiteral("sections")), QStringLiteral("应为非空数组"),
             QStringLiteral("must be a non-empty array"));
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString here = at(at(where, QStringLiteral("sections")), s);
        const QJsonObject object = this->object(sections.at(s), here);
        checkKeys(object, here,
                  {QStringLiteral("section"), QStringLiteral("intro"), QStringLiteral("fields")});
        LetterSection section;
        section.section = string(object, QStringLiteral("section"), here);
        section.intro = bilingual(object, QStringLiteral("intro"), here);
        const SectionDefinition *defined = form.section(section.section);
        if (!section.section.isEmpty() && !defined)
            fail(at(here, QStringLiteral("section")), QStringLiteral("分节“%1”不存在").arg(section.section),
                 QStringLiteral("the section '%1' does not exist").arg(section.section));
        const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
        if (fields.isEmpty())
            fail(at(here, QStringLiteral("fields")), QStringLiteral("应为非空数组"),
                 QStringLiteral("must be a non-empty array"));
        // A field is its key in the section ("name"), or {"field": "country", "with": "location"}.
        auto path = [&](const QString &key, const QString &fieldWhere) {
            const QString full = section.section + QLatin1Char('.') + key;
            if (defined && !form.field(full))
                fail(fieldWhere, QStringLiteral("字段“%1”不存在").arg(full),
                     QStringLiteral("the field '%1' does not exist").arg(full));
            return full;
        };
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const QString fieldWhere = at(at(here, QStringLiteral("fields")), f);
            LetterLine line;
            if (fields.at(f).isString()) {
                line.field = path(fields.at(f).toString(), fieldWhere);
            } else {
                const QJsonObject item = this->object(fields.at(f), fieldWhere);
                checkKeys(item, fieldWhere, {QStringLiteral("field"), QStringLiteral("with")});
                line.field = path(string(item, QStringLiteral("field"), fieldWhere),
                                  at(fieldWhere, QStringLiteral("field")));
                const QString with = string(item, QStringLiteral("with"), fieldWhere, false);
                if (!with.isEmpty())
                    line.with = path(with, at(fieldWhere, QStringLiteral("with")));
            }
            section.lines << line;
        }
        form.letterSections << section;
    }
}

} // namespace nbapply

#include "lettercontent.h"

#include "application/checkedapplication.h"
#include "application/displaytext.h"
#include "form/formdefinition.h"
#include "letterwording.h"
#include "pdf/pdfstrings.h"

#include <QSet>

#include <algorithm>

namespace nbapply::letter
{

namespace
{

// The rows of `paths` that apply and have a value, read from the checked application only: the letter
// formats nothing itself, so it prints every value as the application PDF does.
QList<LetterRow> rowsOf(const CheckedApplication &checked, const QStringList &paths)
{
    QList<LetterRow> rows;
    for (const QString &path : paths) {
        const CheckedField *field = checked.field(path);
        if (!field || !field->definition || field->isEmpty())
            continue;
        rows << LetterRow{field->label, bilingualLine(field->display), field->isUnverified()};
    }
    return rows;
}

BilingualText periodText(const LetterPeriod &period, const QDate &checkedOn)
{
    const QString from = (period.from.isValid() ? period.from : checkedOn).toString(Qt::ISODate);
    if (!period.until.isValid())
        return {periodOpenEnded().zh.arg(from), periodOpenEnded().en.arg(from)};
    const QString until = period.until.toString(Qt::ISODate);
    return {periodUntil().zh.arg(from, until), periodUntil().en.arg(from, until)};
}

void addText(QSet<char32_t> *set, const QString &text)
{
    for (char32_t c : text.toUcs4())
        if (c != U'\n' && c != U'\r')
            set->insert(c);
}

void addText(QSet<char32_t> *set, const BilingualText &text)
{
    addText(set, text.zh);
    addText(set, text.en);
}

// A company whose identifier is not the mainland's 统一社会信用代码 is registered elsewhere (a Hong Kong
// company number, a US state file number): it has directors, not a 法定代表人.
bool registeredInMainland(const CheckedApplication &checked)
{
    const CheckedField *idType = checked.field(QStringLiteral("applicant.idType"));
    return !idType || idType->value.isEmpty() || idType->value == QStringLiteral("uscc");
}

} // namespace

LetterContent buildLetterContent(const CheckedApplication &checked, const LetterPeriod &period)
{
    const bool organization = checked.applicantKind() == QStringLiteral("organization");
    LetterContent content;
    content.title = letterTitle();
    content.notice = organization ? templateNotice() : templateNoticeForPerson();
    content.principalHeading = principalHeading();
    content.principal =
        rowsOf(checked, {QStringLiteral("applicant.name"), QStringLiteral("applicant.kind"),
                         QStringLiteral("applicant.idType"), QStringLiteral("applicant.idNumber"),
                         QStringLiteral("applicant.address")});
    content.representativeHeading = representativeHeading();
    content.representative =
        rowsOf(checked, {QStringLiteral("representative.name"), QStringLiteral("representative.idType"),
                         QStringLiteral("representative.idNumber"), QStringLiteral("representative.email"),
                         QStringLiteral("representative.phone")});
    content.matterHeading = matterHeading();
    content.matter = matterText();
    content.periodHeading = periodHeading();
    content.period = periodText(period, checked.date());
    // An organisation seals and its legal representative signs (the name is written by hand: the
    // application does not hold it), a company registered outside mainland China by a director or an
    // authorised signatory; a natural person signs alone, with no seal.
    if (organization)
        content.boxes << LetterBox{sealBox()}
                      << LetterBox{registeredInMainland(checked) ? legalRepresentativeBox() : directorBox(),
                                   true};
    else
        content.boxes << LetterBox{principalSignatureBox()};
    content.boxes << LetterBox{dateBox(), false, true};
    content.governingNote = governingNote();
    content.formTag = checked.form().tag();
    content.exportDate = checked.date().toString(Qt::ISODate);
    content.fingerprint = checked.fingerprint();
    return content;
}

QList<char32_t> LetterContent::codePoints() const
{
    QSet<char32_t> set;
    for (const BilingualText &text : {title, notice, principalHeading, representativeHeading, matterHeading,
                                      matter, periodHeading, period, governingNote, handwrittenName()})
        addText(&set, text);
    for (const QList<LetterRow> *rows : {&principal, &representative})
        for (const LetterRow &row : *rows) {
            addText(&set, row.label);
            addText(&set, row.value);
        }
    addText(&set, unverifiedMark());
    addText(&set, QStringLiteral("【】"));
    for (const LetterBox &box : boxes)
        addText(&set, box.label);
    for (const BilingualText &chrome : {pdf::pageOfPages(), pdf::exportedOnLabel(), pdf::fingerprintLabel()})
        addText(&set, chrome);
    addText(&set, formTag + exportDate + fingerprint);
    addText(&set, QStringLiteral("0123456789 /·：:_"));
    QList<char32_t> list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace nbapply::letter

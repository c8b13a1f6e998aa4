#pragma once

#include "common/bilingualtext.h"

#include <QDate>
#include <QList>
#include <QString>

namespace nbapply
{
class CheckedApplication;
} // namespace nbapply

namespace nbapply::letter
{

// The period the letter grants. An invalid `from` is the day the application is checked on; an
// invalid `until` leaves the period open until the matters of the application are concluded.
struct LetterPeriod {
    QDate from;
    QDate until;
};

// One labelled value: the label from the form (an identifier's for the type chosen: 境外注册号, 护照号),
// the value exactly as the application PDF prints it, and, as there, the mark 未经校验 / unverified for
// a value the user confirmed although it fails a check.
struct LetterRow {
    BilingualText label;
    QString value;
    bool unverified = false;
};

// A box drawn at a fixed physical size, so that a 42 mm seal fits and printing at actual size can be
// checked: `nameLine` adds a line to write the signer's name by hand.
struct LetterBox {
    BilingualText label;
    bool nameLine = false;
    bool dateLine = false;
};

// What the letter says, before any geometry (like pdf::PdfContent for the application).
struct LetterContent {
    BilingualText title;
    BilingualText notice;
    BilingualText principalHeading;
    QList<LetterRow> principal;
    BilingualText representativeHeading;
    QList<LetterRow> representative;
    BilingualText matterHeading;
    BilingualText matter;
    BilingualText periodHeading;
    BilingualText period;
    QList<LetterBox> boxes;
    BilingualText governingNote;
    QString formTag;
    QString exportDate; // YYYY-MM-DD
    QString fingerprint;

    // Every character any page may draw, sorted, without duplicates.
    QList<char32_t> codePoints() const;
};

// The boxes in millimetres: room for a round 42 mm company seal below the two-line label.
constexpr double kBoxWidthMm = 55;
constexpr double kBoxHeightMm = 52;

LetterContent buildLetterContent(const CheckedApplication &checked, const LetterPeriod &period);

} // namespace nbapply::letter

#pragma once

#include "common/bilingualtext.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace nbapply::validation
{

// A country or region of ISO 3166-1, named in both languages.
struct Country {
    QString alpha2;  // "CN": what drafts store
    QString alpha3;  // "CHN": the letters of pre-2023 foreign permanent-resident numbers
    QString numeric; // "156": the nationality digits of 2023 foreign permanent-resident cards
    BilingualText name;
};

// Every country of Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json), in the file's
// order (by alpha-2), with Chinese names from its zh_CN gettext catalogue. Hong Kong, Macao and Taiwan
// are named 中国香港, 中国澳门, 中国台湾. Loaded once, on first use, thread-safely; empty when iso-codes
// is not installed.
const QList<Country> &countries();

// Lookups by code; case-insensitive; nullptr when unknown.
const Country *findCountry(const QString &alpha2);
const Country *findCountryByAlpha3(const QString &alpha3);
const Country *findCountryByNumeric(const QString &numeric);

// msgid -> msgstr of a GNU gettext .mo file (either byte order); empty when the file is missing,
// larger than 16 MiB or malformed. Entries pointing outside the file are skipped.
QHash<QByteArray, QString> readGettextCatalog(const QString &path);

// Where the data is read from (tests and packaging need to know).
QString isoCodesJsonPath();
QString isoCodesChineseCatalogPath();

} // namespace nbapply::validation

// The country list: Debian iso-codes' JSON for the codes and English names, its gettext catalogue for
// the Chinese names. The .mo format is read here directly (it is a small, stable binary table) so the
// core needs no gettext and no locale set to zh_CN.
#include "countries.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace nbapply::validation
{

QHash<QByteArray, QString> readGettextCatalog(const QString &path)
{
    QHash<QByteArray, QString> catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024)
        return catalog;
    const QByteArray data = file.readAll();
    if (data.size() < 28)
        return catalog;

    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    bool bigEndian = false;
    if (magic == 0xde120495u)
        bigEndian = true;
    else if (magic != 0x950412deu)
        return catalog;
    auto word = [&](qsizetype offset) -> quint32 {
        if (offset < 0 || offset + 4 > data.size())
            return 0xffffffffu;
        return bigEndian ? qFromBigEndian<quint32>(bytes + offset)
                         : qFromLittleEndian<quint32>(bytes + offset);
    };
    // A string table entry is (length, offset); anything pointing outside the file is skipped.
    auto string = [&](quint32 tableOffset, quint32 index, QByteArray *out) {
        const qsizetype entry = qsizetype(tableOffset) + qsizetype(index) * 8;
        const quint32 length = word(entry);
        const quint32 offset = word(entry + 4);
        if (length == 0xffffffffu || offset == 0xffffffffu ||
            qsizetype(offset) + qsizetype(length) > data.size())
            return false;
        *out = data.mid(offset, length);
        return true;
    };

    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    if (count > 100000)
        return catalog;
    for (quint32 i = 0; i < count; ++i) {
        QByteArray id;
        QByteArray text;
        if (!string(originals, i, &id) || !string(translations, i, &text) || id.isEmpty() || text.isEmpty())
            continue;
        // Plural forms are NUL-separated: the singular is enough for country names.
        const qsizetype nul = text.indexOf('\0');
        catalog.insert(id, QString::fromUtf8(nul >= 0 ? text.left(nul) : text));
    }
    return catalog;
}

namespace
{

// The names mainland Chinese usage gives these three regions, in both languages.
BilingualText regionOverride(const QString &alpha2)
{
    if (alpha2 == u"HK")
        return {QStringLiteral("中国香港"), QStringLiteral("Hong Kong, China")};
    if (alpha2 == u"MO")
        return {QStringLiteral("中国澳门"), QStringLiteral("Macao, China")};
    if (alpha2 == u"TW")
        return {QStringLiteral("中国台湾"), QStringLiteral("Taiwan, China")};
    return {};
}

QList<Country> loadCountries()
{
    QList<Country> result;
    QFile file(isoCodesJsonPath());
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray();
    const QHash<QByteArray, QString> chinese = readGettextCatalog(isoCodesChineseCatalogPath());
    auto translate = [&](const QString &english) { return chinese.value(english.toUtf8()); };

    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Country country;
        country.alpha2 = entry.value(u"alpha_2").toString();
        country.alpha3 = entry.value(u"alpha_3").toString();
        country.numeric = entry.value(u"numeric").toString();
        const QString name = entry.value(u"name").toString();
        const QString common = entry.value(u"common_name").toString();
        // The short common name ("Bolivia") reads better in a picker than the formal one.
        country.name.en = common.isEmpty() ? name : common;
        country.name.zh = translate(country.name.en);
        if (country.name.zh.isEmpty())
            country.name.zh = translate(name);
        if (country.name.zh.isEmpty())
            country.name.zh = country.name.en;
        const BilingualText special = regionOverride(country.alpha2);
        if (!special.isEmpty())
            country.name = special;
        if (country.alpha2.size() == 2)
            result << country;
    }
    return result;
}

template <typename Member> const Country *findBy(Member member, const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    if (wanted.isEmpty())
        return nullptr;
    for (const Country &country : countries())
        if (country.*member == wanted)
            return &country;
    return nullptr;
}

} // namespace

QString isoCodesJsonPath()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

QString isoCodesChineseCatalogPath()
{
    return QStringLiteral("/usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo");
}

const QList<Country> &countries()
{
    static const QList<Country> list = loadCountries(); // C++11 guarantees a thread-safe first load
    return list;
}

const Country *findCountry(const QString &alpha2)
{
    return findBy(&Country::alpha2, alpha2);
}

const Country *findCountryByAlpha3(const QString &alpha3)
{
    return findBy(&Country::alpha3, alpha3);
}

const Country *findCountryByNumeric(const QString &numeric)
{
    return findBy(&Country::numeric, numeric);
}

} // namespace nbapply::validation

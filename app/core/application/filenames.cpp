#include "filenames.h"

#include "displaytext.h"
#include "draft/draft.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace nbapply
{

namespace
{

bool isForbidden(QChar c)
{
    static const QString reserved = QStringLiteral("<>:\"/\\|?*");
    return reserved.contains(c) || c.category() == QChar::Other_Control ||
           c.category() == QChar::Other_Format || c.isSurrogate() ||
           c.category() == QChar::Other_NotAssigned || c.category() == QChar::Other_PrivateUse;
}

// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (and the superscript digits Windows also reserves), whatever
// follows a dot: "CON.txt" opens the console on Windows.
bool isReservedDosName(const QString &stem)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(CON|PRN|AUX|NUL|(COM|LPT)[0-9\u00B9\u00B2\u00B3])$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString beforeDot = stem.section(QLatin1Char('.'), 0, 0).trimmed();
    return pattern.match(beforeDot).hasMatch();
}

// The longest prefix of `text` that is whole grapheme clusters and fits in `maxBytes` of UTF-8.
QString truncatedUtf8(const QString &text, int maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype fits = 0;
    while (finder.toNextBoundary() != -1) {
        if (QStringView(text).first(finder.position()).toUtf8().size() > maxBytes)
            break;
        fits = finder.position();
    }
    return text.left(fits);
}

} // namespace

QString portableFileNameStem(const QString &text, int maxUtf8Bytes)
{
    QString clean;
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    clean.reserve(normalized.size());
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c.isHighSurrogate() && i + 1 < normalized.size() && normalized.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += normalized.at(++i);
        } else if (c.isSpace()) {
            clean += QLatin1Char(' ');
        } else {
            clean += isForbidden(c) ? QLatin1Char('_') : c;
        }
    }
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    clean.replace(spaces, QStringLiteral(" "));
    // No hidden files on Unix, no leading or trailing spaces or dots anywhere.
    auto trim = [](QString s) {
        while (!s.isEmpty() && (s.front() == QLatin1Char(' ') || s.front() == QLatin1Char('.')))
            s.remove(0, 1);
        while (!s.isEmpty() && (s.back() == QLatin1Char(' ') || s.back() == QLatin1Char('.')))
            s.chop(1);
        return s;
    };
    clean = trim(truncatedUtf8(trim(clean), maxUtf8Bytes));
    if (isReservedDosName(clean))
        clean = truncatedUtf8(QLatin1Char('_') + clean, maxUtf8Bytes);
    return clean;
}

QString exportBaseName(const Draft &draft, const QDate &date)
{
    const QString suffix = QLatin1Char('-') + date.toString(Qt::ISODate);
    QString stem = portableFileNameStem(applicantName(draft),
                                        kMaxExportBaseNameBytes - static_cast<int>(suffix.toUtf8().size()));
    if (stem.isEmpty())
        stem = QStringLiteral("application");
    return stem + suffix;
}

QString packageFileName(const Draft &draft, const QDate &date)
{
    return exportBaseName(draft, date) + QStringLiteral(".nbapply.zip");
}

} // namespace nbapply

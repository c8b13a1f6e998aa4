#include "mimeheader.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>

namespace nbapply::mime
{

namespace
{

const QByteArray kCrlf = QByteArrayLiteral("\r\n");
// "=?UTF-8?B?" + "?=": what an encoded-word costs besides its base64 text.
constexpr int kEncodedWordOverhead = 12;
// RFC 2047 section 2: an encoded-word is at most 75 characters.
constexpr int kMaxEncodedWordLength = 75;

bool isUnsafeCodePoint(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // Cc
    case QChar::Other_Format:        // Cf: bidi overrides, zero-width characters, BOM
    case QChar::Other_Surrogate:     // a lone surrogate
    case QChar::Separator_Line:      // U+2028
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// RFC 5322 atext plus the space between atoms: a display name that needs no quoting.
bool isPhraseOfAtoms(const QString &text)
{
    static const QRegularExpression atoms(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\- ]+$"));
    return atoms.match(text).hasMatch() && !text.contains(QLatin1String("=?"));
}

// The longest UTF-8 payload whose encoded-word fits in `columns` characters.
int payloadBytesFor(int columns)
{
    const int base64Chars = std::min(columns, kMaxEncodedWordLength) - kEncodedWordOverhead;
    return base64Chars <= 0 ? 0 : (base64Chars / 4) * 3;
}

QByteArray encodedWord(const QByteArray &utf8)
{
    return QByteArrayLiteral("=?UTF-8?B?") + utf8.toBase64() + QByteArrayLiteral("?=");
}

// Splits `text` into encoded-words: the first fits in `firstColumns`, the others in `otherColumns`
// (a folded line less its leading space). Splits only between code points, so no UTF-8 sequence is cut in
// two.
QList<QByteArray> encodedWords(const QString &text, int firstColumns, int otherColumns = kMaxLineLength - 1)
{
    QList<QByteArray> words;
    int budget = payloadBytesFor(firstColumns);
    QByteArray chunk;
    for (char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (!chunk.isEmpty() && chunk.size() + bytes.size() > budget) {
            words.append(encodedWord(chunk));
            chunk.clear();
            budget = payloadBytesFor(otherColumns);
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(encodedWord(chunk));
    return words;
}

// Joins `tokens` after `start` with single spaces, folding (CRLF SP) before a token that would pass
// kMaxLineLength. A token longer than a line stays whole on its own line.
QByteArray foldTokens(QByteArray start, const QList<QByteArray> &tokens, bool spaceBeforeFirst = true)
{
    QByteArray out = start;
    qsizetype lineLength = start.size();
    bool first = true;
    for (const QByteArray &token : tokens) {
        const bool separate = !first || spaceBeforeFirst;
        if (separate && lineLength + 1 + token.size() > kMaxLineLength && lineLength > 1) {
            out += kCrlf;
            lineLength = 0;
        }
        if (separate || lineLength == 0) {
            out += ' ';
            ++lineLength;
        }
        out += token;
        lineLength += token.size();
        first = false;
    }
    return out;
}

// The words of `text` as plain ASCII tokens when that is safe and every word fits on a folded line;
// otherwise encoded-words for the whole text.
QList<QByteArray> phraseTokens(const QString &text, int firstColumns, bool plainAllowed)
{
    if (plainAllowed) {
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool fits = true;
        for (const QString &w : words)
            fits = fits && w.size() < kMaxLineLength - 1;
        if (fits && (words.isEmpty() || words.first().size() <= firstColumns)) {
            QList<QByteArray> tokens;
            for (const QString &w : words)
                tokens.append(w.toLatin1());
            return tokens;
        }
    }
    return encodedWords(text, firstColumns);
}

QByteArray percentEncodeRfc2231(const QString &text, QList<QByteArray> *perCodePoint)
{
    QByteArray all;
    for (char32_t c : text.toUcs4()) {
        QByteArray piece;
        for (char byte : QString::fromUcs4(&c, 1).toUtf8()) {
            const auto u = static_cast<unsigned char>(byte);
            if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                QByteArrayView("!#$&+-.^_`|~").contains(byte))
                piece += byte;
            else
                piece += '%' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        }
        perCodePoint->append(piece);
        all += piece;
    }
    return all;
}

} // namespace

QString sanitizeHeaderText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (isUnsafeCodePoint(c) || c == U' ') {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    return out.trimmed();
}

QByteArray unstructuredHeader(const QByteArray &name, const QString &value)
{
    const QString text = sanitizeHeaderText(value);
    const QByteArray start = sanitizeHeaderText(QString::fromLatin1(name)).toLatin1() + ':';
    if (text.isEmpty())
        return start + kCrlf;
    const bool plainAllowed = isPrintableAscii(text) && !text.contains(QLatin1String("=?"));
    const int firstColumns = kMaxLineLength - int(start.size()) - 1;
    return foldTokens(start, phraseTokens(text, firstColumns, plainAllowed)) + kCrlf;
}

bool isHeaderSafeAddress(const QString &address)
{
    static const QRegularExpression dotAtomAddress(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"));
    return dotAtomAddress.match(address).hasMatch();
}

QByteArray mailboxHeader(const QByteArray &name, const QString &displayName, const QString &address)
{
    if (!isHeaderSafeAddress(address))
        return {};
    const QByteArray start = sanitizeHeaderText(QString::fromLatin1(name)).toLatin1() + ':';
    const QString display = sanitizeHeaderText(displayName);
    const QByteArray angleAddress = '<' + address.toLatin1() + '>';
    if (display.isEmpty()) // folded before a long address, which itself cannot be folded
        return foldTokens(start, {address.toLatin1()}) + kCrlf;
    const int firstColumns = kMaxLineLength - int(start.size()) - 1;
    QList<QByteArray> tokens = phraseTokens(display, firstColumns, isPhraseOfAtoms(display));
    tokens.append(angleAddress);
    return foldTokens(start, tokens) + kCrlf;
}

QByteArray asciiHeader(const QByteArray &name, const QByteArray &value)
{
    QByteArray clean;
    for (char c : value)
        if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f)
            clean += c;
    return name + ": " + clean.trimmed() + kCrlf;
}

QList<QByteArray> parameterPieces(const QByteArray &attribute, const QString &value, bool withEncodedWordForm)
{
    const QString text = sanitizeHeaderText(value);
    const bool plainQuotable = isPrintableAscii(text) && !text.contains(QLatin1Char('"')) &&
                               !text.contains(QLatin1Char('\\')) && !text.contains(QLatin1String("=?"));
    if (plainQuotable && attribute.size() + text.size() + 4 < kMaxLineLength)
        return {attribute + "=\"" + text.toLatin1() + '"'};

    QList<QByteArray> pieces;
    if (withEncodedWordForm) {
        // attr="=?UTF-8?B?…?= =?UTF-8?B?…?=": the quoted string may be folded between encoded-words.
        // Each line leaves room for its leading space, the closing quote and the ';' that may follow.
        const int firstColumns = kMaxLineLength - int(attribute.size()) - 5;
        const QList<QByteArray> words = encodedWords(text, firstColumns, kMaxLineLength - 3);
        pieces.append(foldTokens(attribute + "=\"", words, false) + '"');
    }
    QList<QByteArray> perCodePoint;
    const QByteArray encoded = percentEncodeRfc2231(text, &perCodePoint);
    const QByteArray single = attribute + "*=UTF-8''" + encoded;
    if (single.size() < kMaxLineLength - 2) {
        pieces.append(single);
        return pieces;
    }
    // RFC 2231 section 3 continuations, cut between code points.
    int index = 0;
    QByteArray current = attribute + "*0*=UTF-8''";
    for (const QByteArray &piece : perCodePoint) {
        if (current.size() + piece.size() > kMaxLineLength - 3) {
            pieces.append(current);
            current = attribute + '*' + QByteArray::number(++index) + "*=";
        }
        current += piece;
    }
    pieces.append(current);
    return pieces;
}

QByteArray contentHeader(const QByteArray &name, const QByteArray &value, const QList<QByteArray> &pieces)
{
    QByteArray out = name + ": " + value;
    qsizetype lineLength = out.size();
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QByteArray &piece = pieces[i];
        out += ';';
        ++lineLength;
        const qsizetype firstLine = piece.contains('\n') ? piece.indexOf('\r') : piece.size();
        const int separator = i + 1 < pieces.size() ? 1 : 0; // the ';' before the next piece
        if (lineLength + 1 + firstLine + separator > kMaxLineLength) {
            out += kCrlf;
            lineLength = 0;
        }
        out += ' ' + piece;
        lineLength =
            piece.contains('\n') ? piece.size() - piece.lastIndexOf('\n') - 1 : lineLength + 1 + piece.size();
    }
    return out + kCrlf;
}

QByteArray rfc5322Date(const QDateTime &dateTime)
{
    const QLocale c = QLocale::c();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absolute = std::abs(offsetMinutes);
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(absolute / 60, 2, 10, QLatin1Char('0'))
                             .arg(absolute % 60, 2, 10, QLatin1Char('0'));
    return (c.toString(dateTime, QStringLiteral("ddd, d MMM yyyy HH:mm:ss")) + QLatin1Char(' ') + zone)
        .toLatin1();
}

} // namespace nbapply::mime

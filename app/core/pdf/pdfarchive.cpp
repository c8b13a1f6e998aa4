#include "pdfarchive.h"

#include "pdfpostprocess.h"

#include <QFile>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace nbapply::pdf
{

namespace
{

// Larger than any sRGB profile (the usual ones are 0.5–60 KB): a bigger file is not what we want.
constexpr qint64 kMaxProfileBytes = 1024 * 1024;
constexpr int kIccHeaderBytes = 128;

quint32 bigEndian32(const QByteArray &bytes, int at)
{
    return quint32(uchar(bytes[at])) << 24 | quint32(uchar(bytes[at + 1])) << 16 |
           quint32(uchar(bytes[at + 2])) << 8 | quint32(uchar(bytes[at + 3]));
}

SrgbProfile profileError(const QString &path, const QString &zhWhy, const QString &enWhy)
{
    SrgbProfile result;
    result.error = {
        QStringLiteral("无法生成 PDF/A 文件：sRGB 色彩配置文件 %1 %2。请安装 Debian 软件包 icc-profiles-free"
                       "（sudo apt install icc-profiles-free），未写入任何文件。")
            .arg(path, zhWhy),
        QStringLiteral("Cannot make a PDF/A file: the sRGB colour profile %1 %2. Install the Debian package "
                       "icc-profiles-free (sudo apt install icc-profiles-free); no file was written.")
            .arg(path, enWhy)};
    return result;
}

bool allowedInXml(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isSurrogate() && allowedInXml(c.unicode())) {
            out += c;
        }
    }
    return out;
}

std::string escaped(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    out.replace(QLatin1Char('\''), QStringLiteral("&apos;"));
    // A carriage return would be read back as a line feed (XML end-of-line handling): keep it exact.
    out.replace(QLatin1Char('\r'), QStringLiteral("&#13;"));
    return out.toStdString();
}

// The date as XMP writes it (ISO 8601), with the same offset as the Info dictionary's pdfDate.
std::string xmpDate(const QDateTime &date)
{
    const int offset = date.offsetFromUtc();
    QString text = date.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return (text + QLatin1Char('Z')).toStdString();
    const int minutes = qAbs(offset) / 60;
    text +=
        (offset > 0 ? QLatin1Char('+') : QLatin1Char('-')) + QStringLiteral("%1:%2")
                                                                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                                                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text.toStdString();
}

std::string languageAlternative(const char *property, const QString &text,
                                std::initializer_list<std::pair<const char *, QString>> more = {})
{
    std::string out = std::string("   <") + property + "><rdf:Alt>\n    <rdf:li xml:lang=\"x-default\">" +
                      escaped(text) + "</rdf:li>\n";
    for (const auto &[language, value] : more)
        if (!value.isEmpty())
            out += std::string("    <rdf:li xml:lang=\"") + language + "\">" + escaped(value) + "</rdf:li>\n";
    return out + "   </rdf:Alt></" + property + ">\n";
}

std::string simple(const char *property, const std::string &value)
{
    return std::string("   <") + property + '>' + value + "</" + property + ">\n";
}

// PDF/UA-1's pdfuaid:part (ISO 14289-1, 5) is not a schema PDF/A predefines: the packet describes it in
// a pdfaExtension schema (ISO 19005-2/3, 6.6.2.3.3), or PDF/A validators reject the property.
std::string pdfUaDescriptions(int part)
{
    return "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
           "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
           "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
           "   <pdfaExtension:schemas><rdf:Bag>\n"
           "    <rdf:li rdf:parseType=\"Resource\">\n"
           "     <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
           "     <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
           "     <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
           "     <pdfaSchema:property><rdf:Seq>\n"
           "      <rdf:li rdf:parseType=\"Resource\">\n"
           "       <pdfaProperty:name>part</pdfaProperty:name>\n"
           "       <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
           "       <pdfaProperty:category>internal</pdfaProperty:category>\n"
           "       <pdfaProperty:description>Part of ISO 14289 the file conforms "
           "to</pdfaProperty:description>\n"
           "      </rdf:li>\n"
           "     </rdf:Seq></pdfaSchema:property>\n"
           "    </rdf:li>\n"
           "   </rdf:Bag></pdfaExtension:schemas>\n"
           "  </rdf:Description>\n"
           "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
           "   <pdfuaid:part>" +
           std::to_string(part) +
           "</pdfuaid:part>\n"
           "  </rdf:Description>\n";
}

// Each embedded file becomes an associated file of the document: PDF/A-3 allows embedded files of any
// kind only as associated files, each saying how it relates to the document.
void associateEmbeddedFiles(QPDF &qpdf, const std::string &sourceAttachment)
{
    QPDFObjectHandle associated = QPDFObjectHandle::newArray();
    for (const auto &[name, spec] : QPDFEmbeddedFileDocumentHelper(qpdf).getEmbeddedFiles()) {
        QPDFObjectHandle dict = spec->getObjectHandle();
        dict.replaceKey("/AFRelationship",
                        QPDFObjectHandle::newName(name == sourceAttachment ? "/Source" : "/Data"));
        associated.appendItem(dict.isIndirect() ? dict : qpdf.makeIndirectObject(dict));
    }
    if (associated.getArrayNItems() > 0)
        qpdf.getRoot().replaceKey("/AF", associated);
}

void addOutputIntent(QPDF &qpdf, const QByteArray &iccProfile)
{
    QPDFObjectHandle profile = qpdf.newStream(iccProfile.toStdString());
    profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
    QPDFObjectHandle intent = QPDFObjectHandle::newDictionary();
    intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
    intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
    // The characterisation named in the ICC registry: what the pages' colours mean.
    intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/RegistryName", QPDFObjectHandle::newString("http://www.color.org"));
    intent.replaceKey("/Info", QPDFObjectHandle::newString("sRGB IEC61966-2.1"));
    intent.replaceKey("/DestOutputProfile", profile);
    QPDFObjectHandle intents = QPDFObjectHandle::newArray();
    intents.appendItem(qpdf.makeIndirectObject(intent));
    qpdf.getRoot().replaceKey("/OutputIntents", intents);
}

void addMetadataStream(QPDF &qpdf, const PdfMetadata &metadata)
{
    QPDFObjectHandle stream = qpdf.newStream(xmpPacket(metadata));
    stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    // QPDFWriter never compresses a /Type /Metadata stream: it stays readable to any XMP scanner, and
    // PDF/A forbids a /Filter on it.
    qpdf.getRoot().replaceKey("/Metadata", stream);
}

} // namespace

QString srgbProfilePath()
{
    return QStringLiteral("/usr/share/color/icc/sRGB.icc");
}

SrgbProfile loadSrgbProfile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return profileError(path, QStringLiteral("无法读取（%1）").arg(file.errorString()),
                            QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(kMaxProfileBytes + 1);
    if (bytes.size() < kIccHeaderBytes || bytes.size() > kMaxProfileBytes ||
        bigEndian32(bytes, 0) != quint32(bytes.size()) || bytes.mid(36, 4) != "acsp")
        return profileError(path, QStringLiteral("不是 ICC 色彩配置文件"),
                            QStringLiteral("is not an ICC profile"));
    const QByteArray pcs = bytes.mid(20, 4);
    if (bytes.mid(16, 4) != "RGB " || (pcs != "XYZ " && pcs != "Lab "))
        return profileError(path, QStringLiteral("不是 RGB 色彩配置文件"),
                            QStringLiteral("is not an RGB colour profile"));
    SrgbProfile result;
    result.bytes = bytes;
    return result;
}

PdfMetadata archivalMetadata(const PdfMetadata &metadata)
{
    PdfMetadata safe = metadata;
    for (QString *text : {&safe.title, &safe.titleEnglish, &safe.subject, &safe.author, &safe.creator,
                          &safe.producer, &safe.language})
        *text = xmlSafe(*text);
    return safe;
}

std::string xmpPacket(const PdfMetadata &metadata)
{
    const std::string date = xmpDate(metadata.date);
    std::string body;
    body += simple("pdfaid:part", "3");
    body += simple("pdfaid:conformance", "B");
    body += simple("dc:format", "application/pdf");
    if (!metadata.title.isEmpty())
        body += languageAlternative("dc:title", metadata.title,
                                    {{"zh-CN", metadata.title}, {"en", metadata.titleEnglish}});
    if (!metadata.subject.isEmpty())
        body += languageAlternative("dc:description", metadata.subject);
    if (!metadata.author.isEmpty())
        body += "   <dc:creator><rdf:Seq><rdf:li>" + escaped(metadata.author) +
                "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!metadata.language.isEmpty())
        body += "   <dc:language><rdf:Bag><rdf:li>" + escaped(metadata.language) +
                "</rdf:li></rdf:Bag></dc:language>\n";
    body += simple("xmp:CreateDate", date);
    body += simple("xmp:ModifyDate", date);
    body += simple("xmp:MetadataDate", date);
    if (!metadata.creator.isEmpty())
        body += simple("xmp:CreatorTool", escaped(metadata.creator));
    if (!metadata.producer.isEmpty())
        body += simple("pdf:Producer", escaped(metadata.producer));
    // Only properties of the schemas PDF/A predefines (dc, xmp, pdf, pdfaid), and PDF/UA's
    // identification with the extension schema that PDF/A requires for any other property.
    const std::string pdfUa = metadata.pdfUaPart > 0 ? pdfUaDescriptions(metadata.pdfUaPart) : std::string();
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "  <rdf:Description rdf:about=\"\"\n"
           "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
           "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
           "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n" +
           body + "  </rdf:Description>\n" + pdfUa +
           " </rdf:RDF>\n"
           "</x:xmpmeta>\n"
           "<?xpacket end=\"r\"?>";
}

void makePdfA3b(QPDF &qpdf, const PdfMetadata &metadata, const QByteArray &iccProfile,
                const std::string &sourceAttachment)
{
    addMetadataStream(qpdf, metadata);
    addOutputIntent(qpdf, iccProfile);
    associateEmbeddedFiles(qpdf, sourceAttachment);
}

} // namespace nbapply::pdf

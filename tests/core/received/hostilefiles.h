#pragma once

// Hostile received files written byte by byte at test time: a PDF from its objects (with a correct
// cross-reference table) and a ZIP from its records, so that a test says exactly which structure it
// abuses and nothing large is stored in the repository.

#include <QByteArray>
#include <QList>

#include <array>
#include <cstdint>

namespace nbapply::test
{

// A PDF 1.7 file from numbered objects (1 is the catalog).
class PdfBuilder
{
  public:
    // Object `number` with the text between "N 0 obj" and "endobj"; objects must come in order 1, 2, …
    void object(int number, const QByteArray &body)
    {
        m_offsets.resize(number);
        m_offsets[number - 1] = m_out.size();
        m_out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    QByteArray finish() const
    {
        QByteArray pdf = m_out;
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
        for (qint64 offset : m_offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) +
               " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    }

  private:
    QByteArray m_out = "%PDF-1.7\n";
    QList<qint64> m_offsets;
};

// The catalog (1), the page tree root (2, with `rootKids`) and `draftJson` attached as
// nbapply-draft.json (3 and 4), the way nbapply's own PDFs carry their draft. Further objects from 5.
inline void addNbapplyCatalog(PdfBuilder *pdf, const QByteArray &rootKids, qint64 count,
                              const QByteArray &draftJson)
{
    pdf->object(1,
                "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(nbapply-draft.json) 3 "
                "0 R] >> >> >>");
    pdf->object(2, "<< /Type /Pages /Kids [" + rootKids + "] /Count " + QByteArray::number(count) + " >>");
    pdf->object(3,
                "<< /Type /Filespec /F (nbapply-draft.json) /UF (nbapply-draft.json) /EF << /F 4 0 R >> >>");
    pdf->object(4, "<< /Type /EmbeddedFile /Length " + QByteArray::number(draftJson.size()) +
                       " >>\nstream\n" + draftJson + "\nendstream");
}

inline void appendLittleEndian(QByteArray *out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out->append(char((value >> (8 * i)) & 0xFF));
}

inline std::uint32_t crc32(const QByteArray &bytes)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// One local header of a stored (uncompressed) entry followed by its data.
inline QByteArray zipLocalEntry(const QByteArray &name, const QByteArray &data)
{
    QByteArray out = "PK\x03\x04";
    appendLittleEndian(&out, 20, 2);     // version needed
    appendLittleEndian(&out, 0x0800, 2); // flags: UTF-8 name
    appendLittleEndian(&out, 0, 2);      // stored
    appendLittleEndian(&out, 0, 4);      // time, date
    appendLittleEndian(&out, crc32(data), 4);
    appendLittleEndian(&out, quint64(data.size()), 4);
    appendLittleEndian(&out, quint64(data.size()), 4);
    appendLittleEndian(&out, quint64(name.size()), 2);
    appendLittleEndian(&out, 0, 2); // extra length
    return out + name + data;
}

// The central-directory record of an entry whose local header is at `offset`.
inline QByteArray zipCentralEntry(const QByteArray &name, const QByteArray &data, std::uint64_t offset)
{
    QByteArray out = "PK\x01\x02";
    appendLittleEndian(&out, 20, 2); // version made by
    appendLittleEndian(&out, 20, 2); // version needed
    appendLittleEndian(&out, 0x0800, 2);
    appendLittleEndian(&out, 0, 2);
    appendLittleEndian(&out, 0, 4);
    appendLittleEndian(&out, crc32(data), 4);
    appendLittleEndian(&out, quint64(data.size()), 4);
    appendLittleEndian(&out, quint64(data.size()), 4);
    appendLittleEndian(&out, quint64(name.size()), 2);
    appendLittleEndian(&out, 0, 2); // extra length
    appendLittleEndian(&out, 0, 2); // comment length
    appendLittleEndian(&out, 0, 2); // disk
    appendLittleEndian(&out, 0, 2); // internal attributes
    appendLittleEndian(&out, 0, 4); // external attributes
    appendLittleEndian(&out, offset, 4);
    return out + name;
}

// The classic End of Central Directory record.
inline QByteArray zipEnd(std::uint64_t entries, std::uint64_t cdSize, std::uint64_t cdOffset)
{
    QByteArray out = "PK\x05\x06";
    appendLittleEndian(&out, 0, 4); // disk numbers
    appendLittleEndian(&out, entries, 2);
    appendLittleEndian(&out, entries, 2);
    appendLittleEndian(&out, cdSize, 4);
    appendLittleEndian(&out, cdOffset, 4);
    appendLittleEndian(&out, 0, 2); // comment length
    return out;
}

// A ZIP of stored entries, in order; names may repeat.
inline QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        directory += zipCentralEntry(name, data, quint64(zip.size()));
        zip += zipLocalEntry(name, data);
    }
    const quint64 cdOffset = quint64(zip.size());
    return zip + directory + zipEnd(quint64(entries.size()), quint64(directory.size()), cdOffset);
}

} // namespace nbapply::test

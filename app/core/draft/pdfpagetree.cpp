#include "pdfpagetree.h"

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjGen.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFXRefEntry.hh>

#include <exception>
#include <set>
#include <vector>

namespace nbapply
{

namespace
{

// Counts decoded bytes, keeping none, and stops the decoder once they pass the cap.
class CountingSink : public Pipeline
{
  public:
    explicit CountingSink(std::size_t cap) : Pipeline("nbapply-counting-sink", nullptr), m_cap(cap) {}
    void write(unsigned char const *, size_t length) override
    {
        m_bytes += length;
        if (m_bytes > m_cap)
            throw PdfStructureRefused("object streams too large");
    }
    void finish() override {}
    bool overflowed() const { return m_bytes > m_cap; }

  private:
    std::size_t m_cap;
    std::size_t m_bytes = 0;
};

// Decodes every object stream the cross-reference table points into, without parsing any of them.
void requireSmallObjectStreams(QPDF &pdf)
{
    std::set<int> streams;
    for (const auto &[objGen, entry] : pdf.getXRefTable())
        if (entry.getType() == 2)
            streams.insert(entry.getObjStreamNumber());
    CountingSink sink(kMaxPdfObjectStreamBytes);
    for (int number : streams) {
        QPDFObjectHandle stream = pdf.getObjectByID(number, 0);
        if (!stream.isStream())
            continue; // qpdf reports it if an object inside is ever needed
        try {
            stream.pipeStreamData(&sink, 0, qpdf_dl_generalized, false);
        } catch (const std::exception &) {
            // Damaged data: qpdf refuses the objects inside when they are read.
        }
        // qpdf catches what the sink throws, warns and may even pass the raw data on: ask the sink.
        if (sink.overflowed())
            throw PdfStructureRefused("object streams too large");
    }
}

// Marks `node` as met; false when an indirect object was met before. Direct objects cannot be shared:
// each one is written out in the file, so they are bounded by its size (and by the visit cap).
bool firstMeeting(QPDFObjectHandle node, std::set<QPDFObjGen> *met)
{
    return !node.isIndirect() || met->insert(node.getObjGen()).second;
}

} // namespace

void requireSmallPageTree(QPDF &pdf, std::size_t maxPages)
{
    requireSmallObjectStreams(pdf);

    const std::size_t maxVisits = 4 * maxPages + 16;
    std::set<QPDFObjGen> met;
    std::size_t visits = 0;

    // qpdf starts from the top of the tree: a catalog whose /Pages points into the tree is corrected
    // by following /Parent. The same climb here, so that the walk below sees what qpdf will list.
    QPDFObjectHandle top = pdf.getRoot().getKey("/Pages");
    while (top.isDictionary() && top.hasKey("/Parent")) {
        if (++visits > maxVisits || !firstMeeting(top, &met))
            throw PdfStructureRefused("page tree: /Parent chain too long or looping");
        top = top.getKey("/Parent");
    }
    met.clear();
    if (!top.isDictionary() || !top.hasKey("/Kids"))
        return; // no tree qpdf can list; qpdf reports it

    // Each node is resolved (parsed) only when it is taken from the stack, and a node's kids are counted
    // and checked for repeats by their object numbers alone: a parent listing a thousand nodes does not
    // make qpdf parse a thousand nodes before the first repeat is found.
    std::size_t pages = 0;
    std::vector<QPDFObjectHandle> pending{top};
    firstMeeting(top, &met);
    while (!pending.empty()) {
        QPDFObjectHandle node = pending.back();
        pending.pop_back();
        // qpdf's test for an intermediate node (the top is one by the check above); anything else is
        // listed as a page.
        if (!(node.isDictionary() && node.hasKey("/Kids"))) {
            if (++pages > maxPages)
                throw PdfStructureRefused("page tree: too many pages");
            continue;
        }
        QPDFObjectHandle kids = node.getKey("/Kids");
        const int count = kids.isArray() ? kids.getArrayNItems() : 0;
        for (int i = 0; i < count; ++i) {
            QPDFObjectHandle kid = kids.getArrayItem(i);
            if (++visits > maxVisits)
                throw PdfStructureRefused("page tree: too many nodes");
            if (!firstMeeting(kid, &met))
                throw PdfStructureRefused("page tree: an object is listed twice");
            pending.push_back(kid);
        }
    }
}

} // namespace nbapply

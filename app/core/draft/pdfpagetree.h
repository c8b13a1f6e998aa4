#pragma once

#include <cstddef>
#include <stdexcept>

class QPDF;

namespace nbapply
{

// An application is two or three pages; an nbapply PDF with more than this is not worth reading.
constexpr std::size_t kMaxPdfPages = 200;
// All object streams of the PDF together, decoded. The forms nbapply exports have one of about 3 KB.
constexpr std::size_t kMaxPdfObjectStreamBytes = 1024 * 1024;

// Thrown by requireSmallPageTree: the PDF is not shaped like a form, and reading it would cost far
// more memory than a form can.
class PdfStructureRefused : public std::runtime_error
{
  public:
    using std::runtime_error::runtime_error;
};

// Call right after QPDF::processFile, before any object is read, and above all before anything lists
// the pages (QPDF::getAllPages, QPDFPageDocumentHelper). Throws PdfStructureRefused when
//
// - the object streams decode to more than kMaxPdfObjectStreamBytes in all: qpdf parses a whole
//   object stream as soon as one object in it is needed, and a few kilobytes of Flate can hold
//   megabytes of page references (and qpdf needs tens of bytes for every one);
// - the page tree, walked here by hand the way qpdf finds its root (the catalog's /Pages, climbing
//   /Parent), holds more than `maxPages` pages or more than 4 × `maxPages` + 16 nodes, or lists any
//   object twice (a loop, or a page or node under two parents): qpdf's getAllPages copies a page each
//   time it is listed again, so one page listed millions of times became gigabytes before any page
//   count could be checked.
//
// A damaged tree qpdf itself refuses is left to qpdf.
void requireSmallPageTree(QPDF &pdf, std::size_t maxPages);

} // namespace nbapply

#pragma once

#include <QList>
#include <QString>

class QPDF;

namespace nbapply::pdf
{

// The logical structure of a tagged PDF (PDF 32000-1 14.7-14.8, PDF/UA-1), recorded while the layout
// draws: libharu has no marked-content API, so HpdfDocument writes the BDC/EMC operators itself and
// this tree says which structure element each marked-content sequence (MCID) belongs to. qpdf then
// writes the tree into the file (writeStructure). Only standard structure types are used: no RoleMap.
enum class StructRole { Document, H1, H2, H3, P, Span, Table, TR, TH, TD, L, LI, Lbl, LBody };

// "/P", "/TD": the PDF name of `role`.
const char *roleName(StructRole role);

// A child of a structure element, in reading order: another element, or a marked-content sequence.
struct StructKid {
    int element = -1; // index into TagTree::elements(), or -1
    int page = -1;    // 0-based page of the marked content
    int mcid = -1;
};

struct StructElement {
    StructRole role = StructRole::Document;
    int parent = -1;
    QString language;       // BCP 47; empty = the parent's (the document's is the catalog's /Lang)
    QString actualText;     // what a reader reads instead of the content (a checkbox's state)
    bool rowHeader = false; // a TH whose /Scope is /Row: the label cell of the application's tables
    QList<StructKid> kids;
};

class TagTree
{
  public:
    TagTree();

    // Off (the default), the document draws no marked content and the file gets no structure tree.
    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

    // The element new content and new elements go into; 0 is the Document element.
    int current() const { return m_current; }
    void setCurrent(int element) { m_current = element; }
    StructRole currentRole() const { return m_elements.at(m_current).role; }
    // The language in effect at the current element ("" = the document's).
    QString currentLanguage() const;

    // A new child of the current element, which becomes current. Returns its index.
    int open(StructRole role, const QString &language = QString());
    // Makes the current element's parent current.
    void close();
    void setActualText(int element, const QString &text) { m_elements[element].actualText = text; }
    void setRowHeader(int element) { m_elements[element].rowHeader = true; }

    // The next MCID of page `page` (0-based), added to the current element. Returns it.
    int addContent(int page);

    const QList<StructElement> &elements() const { return m_elements; }
    // How many MCIDs page `page` has (they are 0 ... count-1).
    int mcidCount(int page) const { return page < m_mcids.size() ? m_mcids.at(page) : 0; }

  private:
    QList<StructElement> m_elements;
    QList<int> m_mcids;
    int m_current = 0;
    bool m_enabled = false;
};

// Makes `qpdf` (libharu's pages, drawn with `tags` enabled) a tagged PDF: the StructTreeRoot with the
// elements of `tags` (elements without any content left out), the ParentTree from each page's
// /StructParents to the element of each MCID, /MarkInfo <</Marked true>>, and /Tabs /S on each page.
// Throws std::runtime_error when the tree names a page the file does not have.
void writeStructure(QPDF &qpdf, const TagTree &tags);

} // namespace nbapply::pdf

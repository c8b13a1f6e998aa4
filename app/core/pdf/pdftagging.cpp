#include "pdftagging.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <stdexcept>
#include <vector>

namespace nbapply::pdf
{

const char *roleName(StructRole role)
{
    switch (role) {
    case StructRole::Document:
        return "/Document";
    case StructRole::H1:
        return "/H1";
    case StructRole::H2:
        return "/H2";
    case StructRole::H3:
        return "/H3";
    case StructRole::P:
        return "/P";
    case StructRole::Span:
        return "/Span";
    case StructRole::Table:
        return "/Table";
    case StructRole::TR:
        return "/TR";
    case StructRole::TH:
        return "/TH";
    case StructRole::TD:
        return "/TD";
    case StructRole::L:
        return "/L";
    case StructRole::LI:
        return "/LI";
    case StructRole::Lbl:
        return "/Lbl";
    case StructRole::LBody:
        return "/LBody";
    }
    return "/Span";
}

TagTree::TagTree()
{
    m_elements << StructElement{};
}

QString TagTree::currentLanguage() const
{
    for (int element = m_current; element >= 0; element = m_elements.at(element).parent)
        if (!m_elements.at(element).language.isEmpty())
            return m_elements.at(element).language;
    return QString();
}

int TagTree::open(StructRole role, const QString &language)
{
    StructElement element;
    element.role = role;
    element.parent = m_current;
    element.language = language;
    m_elements << element;
    const int index = int(m_elements.size()) - 1;
    m_elements[m_current].kids << StructKid{index, -1, -1};
    m_current = index;
    return index;
}

void TagTree::close()
{
    if (m_elements.at(m_current).parent >= 0)
        m_current = m_elements.at(m_current).parent;
}

int TagTree::addContent(int page)
{
    while (m_mcids.size() <= page)
        m_mcids << 0;
    const int mcid = m_mcids[page]++;
    m_elements[m_current].kids << StructKid{-1, page, mcid};
    return mcid;
}

void writeStructure(QPDF &qpdf, const TagTree &tags)
{
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
    const QList<StructElement> &elements = tags.elements();
    const int count = int(elements.size());

    // An element is written when it or a descendant holds content: the layout may open a list or a cell
    // that stays empty, and an empty element tells a reader nothing. Children come after their parent.
    std::vector<bool> kept(size_t(count), false);
    for (int i = count - 1; i >= 0; --i)
        for (const StructKid &kid : elements.at(i).kids)
            if (kid.element < 0 || kept[size_t(kid.element)])
                kept[size_t(i)] = true;

    QPDFObjectHandle root = QPDFObjectHandle::newDictionary();
    root.replaceKey("/Type", QPDFObjectHandle::newName("/StructTreeRoot"));
    root = qpdf.makeIndirectObject(root);
    std::vector<QPDFObjectHandle> objects(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        if (kept[size_t(i)])
            objects[size_t(i)] = qpdf.makeIndirectObject(QPDFObjectHandle::newDictionary());

    // Per page: the element of each MCID, for the ParentTree.
    std::vector<std::vector<QPDFObjectHandle>> owners(pages.size());
    for (size_t page = 0; page < pages.size(); ++page)
        owners[page].resize(size_t(tags.mcidCount(int(page))), QPDFObjectHandle::newNull());

    for (int i = 0; i < count; ++i) {
        if (!kept[size_t(i)])
            continue;
        const StructElement &element = elements.at(i);
        QPDFObjectHandle dict = objects[size_t(i)];
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/StructElem"));
        dict.replaceKey("/S", QPDFObjectHandle::newName(roleName(element.role)));
        dict.replaceKey("/P", element.parent < 0 ? root : objects[size_t(element.parent)]);
        // /Pg: the page of the element's first marked content; content on other pages names its page.
        int elementPage = -1;
        for (const StructKid &kid : element.kids)
            if (kid.element < 0) {
                elementPage = kid.page;
                break;
            }
        if (elementPage >= int(pages.size()))
            throw std::runtime_error("structure names a page the document does not have");
        if (elementPage >= 0)
            dict.replaceKey("/Pg", pages[size_t(elementPage)].getObjectHandle());
        QPDFObjectHandle kids = QPDFObjectHandle::newArray();
        for (const StructKid &kid : element.kids) {
            if (kid.element >= 0) {
                if (kept[size_t(kid.element)])
                    kids.appendItem(objects[size_t(kid.element)]);
                continue;
            }
            if (kid.page < 0 || kid.page >= int(pages.size()) ||
                kid.mcid >= int(owners[size_t(kid.page)].size()))
                throw std::runtime_error("marked content on a page the document does not have");
            owners[size_t(kid.page)][size_t(kid.mcid)] = dict;
            if (kid.page == elementPage) {
                kids.appendItem(QPDFObjectHandle::newInteger(kid.mcid));
            } else {
                QPDFObjectHandle reference = QPDFObjectHandle::newDictionary();
                reference.replaceKey("/Type", QPDFObjectHandle::newName("/MCR"));
                reference.replaceKey("/Pg", pages[size_t(kid.page)].getObjectHandle());
                reference.replaceKey("/MCID", QPDFObjectHandle::newInteger(kid.mcid));
                kids.appendItem(reference);
            }
        }
        dict.replaceKey("/K", kids);
        if (!element.language.isEmpty())
            dict.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(element.language.toStdString()));
        if (!element.actualText.isEmpty())
            dict.replaceKey("/ActualText",
                            QPDFObjectHandle::newUnicodeString(element.actualText.toStdString()));
        if (element.rowHeader) {
            QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
            attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
            attributes.replaceKey("/Scope", QPDFObjectHandle::newName("/Row"));
            dict.replaceKey("/A", attributes);
        }
    }

    QPDFObjectHandle nums = QPDFObjectHandle::newArray();
    for (size_t page = 0; page < pages.size(); ++page) {
        QPDFObjectHandle pageDict = pages[page].getObjectHandle();
        pageDict.replaceKey("/StructParents", QPDFObjectHandle::newInteger(int(page)));
        // Tab order follows the structure (PDF/UA-1 7.18.3).
        pageDict.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
        nums.appendItem(QPDFObjectHandle::newInteger(int(page)));
        nums.appendItem(qpdf.makeIndirectObject(QPDFObjectHandle::newArray(owners[page])));
    }
    QPDFObjectHandle parentTree = QPDFObjectHandle::newDictionary();
    parentTree.replaceKey("/Nums", nums);
    root.replaceKey("/K", kept[0] ? objects[0] : QPDFObjectHandle::newArray());
    root.replaceKey("/ParentTree", qpdf.makeIndirectObject(parentTree));
    root.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(int(pages.size())));

    QPDFObjectHandle catalog = qpdf.getRoot();
    catalog.replaceKey("/StructTreeRoot", root);
    QPDFObjectHandle markInfo = QPDFObjectHandle::newDictionary();
    markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    catalog.replaceKey("/MarkInfo", markInfo);
}

} // namespace nbapply::pdf

#!/usr/bin/python3
"""Check that PDFs are tagged as PDF/UA-1 asks, structurally (veraPDF is not available here):
- the catalog: /MarkInfo /Marked true, /Lang, /StructTreeRoot, /ViewerPreferences /DisplayDocTitle
  true, and a /Title in the document information;
- the structure tree: only standard structure types (or types a /RoleMap maps to one), /Lang values
  that look like BCP 47 tags, TH cells with a /Scope, tables, lists and list items holding what they may;
- every page's content: each text-showing operator (Tj TJ ' ") and each painting operator inside marked
  content that is either an /Artifact or carries an MCID; each MCID once per page, mapped by the
  ParentTree (through the page's /StructParents) to the structure element that claims it, whose /Pg
  (or whose marked-content reference's /Pg) is that page;
- every font embedded (FontFile, FontFile2 or FontFile3).
Usage: check-tagged-pdf.py [--english] FILE.pdf...   --english: some element must be /Lang en.
Prints each problem and exits 1 if there is any; else one summary line per file. Needs python3-pikepdf."""
import re
import sys

import pikepdf

STANDARD = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
    "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference",
    "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure",
    "Formula", "Form"}
# What each grouping element may hold (PDF 32000-1 14.8.4.3); "MC" is marked content.
ALLOWED_KIDS = {
    "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
    "THead": {"TR"}, "TBody": {"TR"}, "TFoot": {"TR"},
    "TR": {"TH", "TD"},
    "L": {"LI", "Caption", "L"},
    "LI": {"Lbl", "LBody"},
}
TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}
PAINT_OPERATORS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "EI"}
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def name(value):
    return str(value)[1:] if isinstance(value, pikepdf.Name) else None


def key(obj):
    return obj.objgen if obj.is_indirect else id(obj)


class Checker:
    def __init__(self, path, need_english):
        self.path = path
        self.need_english = need_english
        self.problems = []
        self.pdf = pikepdf.open(path)
        self.pages = {page.objgen: number for number, page in enumerate(self.pdf.pages, 1)}
        self.claims = {}  # (page objgen, mcid) -> element objgen
        self.elements = 0
        self.roles = {}
        self.english = 0
        self.marked = 0
        self.artifacts = 0

    def problem(self, text):
        self.problems.append(f"{self.path}: {text}")

    def run(self):
        root = self.pdf.Root
        mark_info = root.get("/MarkInfo")
        if mark_info is None or mark_info.get("/Marked") is not True:
            self.problem("the catalog has no /MarkInfo <</Marked true>>: not a tagged PDF")
        language = root.get("/Lang")
        if language is None or not LANGUAGE.match(str(language)):
            self.problem(f"the catalog has no valid /Lang ({language})")
        preferences = root.get("/ViewerPreferences")
        if preferences is None or preferences.get("/DisplayDocTitle") is not True:
            self.problem("/ViewerPreferences /DisplayDocTitle is not true")
        info = self.pdf.trailer.get("/Info")
        if info is None or not str(info.get("/Title", "")).strip():
            self.problem("the document information has no /Title")
        tree = root.get("/StructTreeRoot")
        if tree is None:
            self.problem("the catalog has no /StructTreeRoot")
        else:
            self.structure(tree)
        parent_tree = self.parent_tree(tree) if tree is not None else {}
        for page in self.pdf.pages:
            self.content(page, parent_tree)
        self.fonts()
        if self.need_english and self.english == 0:
            self.problem("no structure element has /Lang en: the English text is not marked as English")
        return self.problems

    # ---- structure tree ----------------------------------------------------------------------

    def role(self, element, role_map):
        role = name(element.get("/S"))
        seen = set()
        while role is not None and role not in STANDARD and role in role_map and role not in seen:
            seen.add(role)
            role = name(role_map[role])
        return role

    def structure(self, tree):
        role_map = {}
        if "/RoleMap" in tree:
            role_map = {str(k)[1:]: v for k, v in tree.RoleMap.items()}
        stack = [(kid, None) for kid in self.kids(tree.get("/K"))]
        visited = set()
        while stack:
            element, parent_role = stack.pop()
            if not isinstance(element, pikepdf.Dictionary) or key(element) in visited:
                continue
            visited.add(key(element))
            if element.get("/Type") == pikepdf.Name("/MCR") or element.get("/Type") == pikepdf.Name("/OBJR"):
                continue
            self.elements += 1
            role = self.role(element, role_map)
            self.roles[role] = self.roles.get(role, 0) + 1
            if role not in STANDARD:
                self.problem(f"structure type /{name(element.get('/S'))} is neither standard nor role-mapped")
            if parent_role in ALLOWED_KIDS and role not in ALLOWED_KIDS[parent_role]:
                self.problem(f"a /{parent_role} holds a /{role}")
            if role == "TH":
                attributes = element.get("/A")
                scopes = [a.get("/Scope") for a in self.kids(attributes) if isinstance(a, pikepdf.Dictionary)]
                if not any(scope in (pikepdf.Name("/Row"), pikepdf.Name("/Column"), pikepdf.Name("/Both"))
                           for scope in scopes):
                    self.problem("a /TH has no /Scope")
            if "/Lang" in element:
                language = str(element.Lang)
                if not LANGUAGE.match(language):
                    self.problem(f"a /{role} has an invalid /Lang {language!r}")
                if language.lower().startswith("en"):
                    self.english += 1
            element_page = element.get("/Pg")
            for kid in self.kids(element.get("/K")):
                if isinstance(kid, int):
                    self.claim(element, element_page, kid)
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == pikepdf.Name("/MCR"):
                    self.claim(element, kid.get("/Pg", element_page), int(kid.MCID))
                elif isinstance(kid, pikepdf.Dictionary):
                    stack.append((kid, role))

    def claim(self, element, page, mcid):
        if page is None or page.objgen not in self.pages:
            self.problem(f"MCID {mcid} of a /{name(element.get('/S'))} names no page of the document")
            return
        where = (page.objgen, mcid)
        if where in self.claims:
            self.problem(f"MCID {mcid} of page {self.pages[page.objgen]} is claimed twice")
        self.claims[where] = element.objgen

    @staticmethod
    def kids(value):
        if value is None:
            return []
        if isinstance(value, pikepdf.Array):
            return list(value)
        return [value]

    def parent_tree(self, tree):
        result = {}
        node_stack = [tree.get("/ParentTree")]
        while node_stack:
            node = node_stack.pop()
            if not isinstance(node, pikepdf.Dictionary):
                continue
            nums = list(node.get("/Nums", []))
            for index in range(0, len(nums) - 1, 2):
                result[int(nums[index])] = nums[index + 1]
            node_stack.extend(node.get("/Kids", []))
        if not result:
            self.problem("the structure tree has no /ParentTree")
        return result

    # ---- page content ------------------------------------------------------------------------

    def content(self, page, parent_tree):
        number = self.pages[page.objgen]
        struct_parents = page.obj.get("/StructParents")
        owners = parent_tree.get(int(struct_parents)) if struct_parents is not None else None
        if page.obj.get("/Tabs") != pikepdf.Name("/S"):
            self.problem(f"page {number}: /Tabs is not /S (the structure order)")
        stack = []  # per open marked content: ("artifact" | mcid | None)
        seen_mcids = set()
        outside = {}  # operator -> how often it is outside marked content
        properties = page.obj.get("/Resources", {}).get("/Properties", {})
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BMC", "BDC"):
                tag = name(operands[0])
                props = operands[1] if op == "BDC" else None
                if isinstance(props, pikepdf.Name):
                    props = properties.get(str(props))
                mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                if tag == "Artifact":
                    stack.append("artifact")
                    self.artifacts += 1
                elif mcid is not None:
                    mcid = int(mcid)
                    stack.append(mcid)
                    self.marked += 1
                    self.mcid(number, page, mcid, owners, seen_mcids)
                else:
                    stack.append(None)
            elif op == "EMC":
                if not stack:
                    self.problem(f"page {number}: EMC without BMC/BDC")
                else:
                    stack.pop()
            elif op in TEXT_OPERATORS or op in PAINT_OPERATORS:
                if not any(entry is not None for entry in stack):
                    outside[op] = outside.get(op, 0) + 1
        for op, count in sorted(outside.items()):
            kind = "text-showing" if op in TEXT_OPERATORS else "painting"
            self.problem(f"page {number}: {count} {kind} operator(s) {op} outside marked content: neither "
                         "tagged content with an MCID nor an artifact")
        if stack:
            self.problem(f"page {number}: marked content left open")

    def mcid(self, number, page, mcid, owners, seen):
        if mcid in seen:
            self.problem(f"page {number}: MCID {mcid} used twice")
        seen.add(mcid)
        if owners is None:
            self.problem(f"page {number}: MCID {mcid} but the page has no /StructParents in the ParentTree")
            return
        owner = owners[mcid] if mcid < len(owners) else None
        claimed = self.claims.get((page.objgen, mcid))
        if not isinstance(owner, pikepdf.Dictionary) or claimed is None or owner.objgen != claimed:
            self.problem(f"page {number}: the ParentTree does not map MCID {mcid} to the structure element "
                         "(with /Pg this page) that holds it")

    # ---- fonts -------------------------------------------------------------------------------

    def fonts(self):
        seen = set()
        for page in self.pdf.pages:
            fonts = page.obj.get("/Resources", {}).get("/Font", {})
            for font_name, font in fonts.items():
                if key(font) in seen:
                    continue
                seen.add(key(font))
                descendants = list(font.get("/DescendantFonts", [])) or [font]
                for descendant in descendants:
                    descriptor = descendant.get("/FontDescriptor")
                    if descriptor is None or not any(k in descriptor for k in
                                                     ("/FontFile", "/FontFile2", "/FontFile3")):
                        self.problem(f"font {font_name} ({font.get('/BaseFont')}) is not embedded")

    def summary(self):
        return (f"{self.path}: tagged: {self.elements} structure elements, {self.marked} marked-content "
                f"sequences with an MCID, {self.artifacts} artifacts, {self.english} English elements; roles: "
                + " ".join(f"{role}={count}" for role, count in sorted(self.roles.items(), key=str)))


def main(arguments):
    need_english = "--english" in arguments
    files = [a for a in arguments if a != "--english"]
    if not files:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for path in files:
        try:
            checker = Checker(path, need_english)
            problems = checker.run()
        except (pikepdf.PdfError, OSError) as error:
            problems = [f"{path}: cannot be read: {error}"]
        for problem in problems:
            print(problem)
        if problems:
            failed = True
        else:
            print(checker.summary())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/python3
"""Structural PDF/A-3b check (ISO 19005-3, level B) of a PDF, as far as it can be made without veraPDF.

Usage: check-pdfa.py FILE.pdf ; prints "PDF/A-3b structure: ok" and exits 0, or prints one line per
problem and exits 1 (2 if the file cannot be read). Needs Debian's python3-pikepdf.

It checks: the header and its binary comment, the trailer's /ID and no /Encrypt; the XMP metadata
stream (unfiltered, parseable, pdfaid:part 3 and conformance B, only predefined schemas or
ones it describes in a pdfaExtension schema) and that it
says what the Info dictionary says; the output intent (GTS_PDFA1, an embedded RGB ICC profile with
/N 3) and that the pages use no colour it does not characterise; every embedded file an associated
file (/AF) with /AFRelationship, /F, /UF, a MIME /Subtype and /Params /ModDate; every font embedded
(and a CIDFontType2's CIDToGIDMap); no JavaScript, forbidden actions, /AA, LZW, external streams,
PostScript, transfer functions or XFA; annotations printable, visible and with a normal appearance
only; signatures whose /ByteRange covers the whole file but /Contents. What veraPDF checks beyond
this is listed in docs/pdf-archive.md.
"""
import datetime
import re
import sys
import xml.etree.ElementTree as ElementTree

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "x": "adobe:ns:meta/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
# Schemas PDF/A predefines (ISO 19005-2/3, 6.6.2.3.2, from XMP 2005): anything else needs a
# pdfaExtension description in the packet, which nbapply does not write.
PREDEFINED = set(NS.values()) | {
    "http://ns.adobe.com/xap/1.0/mm/", "http://ns.adobe.com/xap/1.0/rights/",
    "http://ns.adobe.com/xap/1.0/t/pg/", "http://ns.adobe.com/xap/1.0/bj/",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/", "http://ns.adobe.com/photoshop/1.0/",
    "http://ns.adobe.com/camera-raw-settings/1.0/", "http://ns.adobe.com/tiff/1.0/",
    "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/exif/1.0/aux/",
    "http://ns.adobe.com/xap/1.0/sType/ResourceRef#", "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#",
    "http://ns.adobe.com/xap/1.0/sType/Version#", "http://ns.adobe.com/xap/1.0/sType/Job#",
    "http://ns.adobe.com/xap/1.0/sType/Dimensions#", "http://ns.adobe.com/xap/1.0/sType/Font#",
    "http://ns.adobe.com/xap/1.0/g/img/", "http://ns.adobe.com/xap/1.0/g/",
    "http://ns.adobe.com/xmp/Identifier/qual/1.0/",
}
# The PDF/A extension schema container (ISO 19005-2/3, 6.6.2.3.3), which may describe other schemas.
EXTENSION = {
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
    "pdfaType": "http://www.aiim.org/pdfa/ns/type#",
    "pdfaField": "http://www.aiim.org/pdfa/ns/field#",
}
RELATIONSHIPS = {"/Source", "/Data", "/Alternative", "/Supplement", "/EncryptedPayload", "/FormData",
                 "/Schema", "/Unspecified"}
FORBIDDEN_ACTIONS = {"/JavaScript", "/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/Hide",
                     "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView"}
MIME = re.compile(r"^[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+$", re.IGNORECASE)

problems = []


def problem(text):
    problems.append(text)


def text_of(value):
    if value is None:
        return None
    return str(value)


# --- dates ---------------------------------------------------------------------------------------

PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?(?:'?)$")
XMP_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
                      r"(Z|[+-]\d{2}:\d{2})?)?$")


def offset_of(zone):
    if not zone or zone == "Z":
        return datetime.timedelta(0)
    digits = zone.replace("'", "").replace(":", "")
    minutes = int(digits[1:3]) * 60 + int(digits[3:5] or 0)
    return datetime.timedelta(minutes=minutes if digits[0] == "+" else -minutes)


def parse_date(match):
    if not match:
        return None
    parts = [int(g) if g and g.isdigit() else d for g, d in zip(match.groups()[:6], (0, 1, 1, 0, 0, 0))]
    zone = match.groups()[6]
    return datetime.datetime(*parts, tzinfo=datetime.timezone(offset_of(zone)))


# --- traversal -----------------------------------------------------------------------------------

def walk(root):
    """Every dictionary and stream reachable from `root` once, with the key that led to it."""
    seen = set()
    stack = [(root, None)]
    while stack:
        obj, key = stack.pop()
        if not isinstance(obj, pikepdf.Object):
            continue  # numbers and booleans come back as Python values
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, Stream):
            yield obj, key
            stack.extend((v, k) for k, v in obj.stream_dict.items())
        elif isinstance(obj, Dictionary):
            yield obj, key
            stack.extend((v, k) for k, v in obj.items())
        elif isinstance(obj, Array):
            stack.extend((v, key) for v in obj)


def dict_of(obj):
    return obj.stream_dict if isinstance(obj, Stream) else obj


def filters_of(stream):
    value = stream.stream_dict.get("/Filter")
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, Array) else [str(value)]


# --- checks --------------------------------------------------------------------------------------

def check_header(data):
    if not re.match(rb"%PDF-1\.[0-7][\r\n]", data[:9]):
        problem("header: not %PDF-1.0 to %PDF-1.7 followed by an end of line")
    second = data.split(b"\n", 2)[1] if data.count(b"\n") >= 2 else b""
    if not (second.startswith(b"%") and sum(1 for b in second[1:5] if b > 127) == 4):
        problem("header: no comment of four bytes above 127 on the second line (binary marker)")
    if not re.search(rb"%%EOF(\r\n|\r|\n)?$", data[-8:]):
        problem("trailer: the file does not end with %%EOF")


def check_trailer(pdf):
    trailer = pdf.trailer
    if "/Encrypt" in trailer:
        problem("trailer: /Encrypt (PDF/A forbids encryption)")
    ids = trailer.get("/ID")
    if not isinstance(ids, Array) or len(ids) != 2:
        problem("trailer: no /ID array of two strings")


def xmp_properties(packet):
    """(namespace, name) -> element of every property of the packet's rdf:Descriptions."""
    text = packet.decode("utf-8")
    if not text.lstrip("\ufeff").startswith("<?xpacket begin="):
        problem("XMP: no xpacket header")
    if re.search(r"<\?xpacket[^>]*\b(bytes|encoding)=", text):
        problem("XMP: the xpacket header has a bytes or encoding attribute")
    root = ElementTree.fromstring(packet)
    properties = {}
    for description in root.iter("{%s}Description" % NS["rdf"]):
        for attribute, value in description.attrib.items():
            if attribute.startswith("{") and not attribute.startswith("{%s}" % NS["rdf"]):
                namespace, name = attribute[1:].split("}")
                element = ElementTree.Element(attribute)
                element.text = value
                properties[(namespace, name)] = element
        for element in description:
            namespace, name = element.tag[1:].split("}")
            properties[(namespace, name)] = element
    # Schemas the packet describes itself (pdfaExtension:schemas), with their namespace URIs.
    described = {element.text for element in root.iter("{%s}namespaceURI" % EXTENSION["pdfaSchema"])}
    allowed = PREDEFINED | set(EXTENSION.values()) | described
    for namespace, name in properties:
        if namespace not in allowed:
            problem("XMP: property %s of a schema PDF/A does not predefine, with no extension schema: %s"
                    % (name, namespace))
    return properties


def simple_value(properties, namespace, name):
    element = properties.get((NS[namespace], name))
    return None if element is None else (element.text or "")


def alternative(properties, namespace, name, language="x-default"):
    element = properties.get((NS[namespace], name))
    if element is None:
        return None
    for item in element.iter("{%s}li" % NS["rdf"]):
        if item.get("{%s}lang" % NS["xml"]) == language:
            return item.text or ""
    return None


def sequence(properties, namespace, name):
    element = properties.get((NS[namespace], name))
    if element is None:
        return None
    return [item.text or "" for item in element.iter("{%s}li" % NS["rdf"])]


def check_metadata(pdf):
    metadata = pdf.Root.get("/Metadata")
    if not isinstance(metadata, Stream):
        problem("XMP: the catalog has no /Metadata stream")
        return
    if metadata.stream_dict.get("/Type") != Name.Metadata or metadata.stream_dict.get("/Subtype") != Name.XML:
        problem("XMP: the metadata stream is not /Type /Metadata /Subtype /XML")
    if "/Filter" in metadata.stream_dict:
        problem("XMP: the metadata stream has a /Filter")
    try:
        properties = xmp_properties(metadata.read_bytes())
    except (ElementTree.ParseError, UnicodeDecodeError, ValueError) as error:
        problem("XMP: not parseable (%s)" % error)
        return
    if simple_value(properties, "pdfaid", "part") != "3":
        problem("XMP: pdfaid:part is not 3 (%r)" % simple_value(properties, "pdfaid", "part"))
    if simple_value(properties, "pdfaid", "conformance") != "B":
        problem("XMP: pdfaid:conformance is not B (%r)" % simple_value(properties, "pdfaid", "conformance"))

    info = pdf.trailer.get("/Info")
    info = info if isinstance(info, Dictionary) else Dictionary()
    texts = {
        "/Title": ("dc:title x-default", alternative(properties, "dc", "title")),
        "/Subject": ("dc:description x-default", alternative(properties, "dc", "description")),
        "/Creator": ("xmp:CreatorTool", simple_value(properties, "xmp", "CreatorTool")),
        "/Producer": ("pdf:Producer", simple_value(properties, "pdf", "Producer")),
        "/Keywords": ("pdf:Keywords", simple_value(properties, "pdf", "Keywords")),
    }
    for key, (name, value) in texts.items():
        if key in info and text_of(info[key]) != value:
            problem("Info/XMP: %s %r but %s %r" % (key, text_of(info[key]), name, value))
        if key not in info and value is not None:
            problem("Info/XMP: %s %r but no Info %s" % (name, value, key))
    creators = sequence(properties, "dc", "creator")
    if "/Author" in info and creators != [text_of(info["/Author"])]:
        problem("Info/XMP: /Author %r but dc:creator %r" % (text_of(info["/Author"]), creators))
    if "/Author" not in info and creators is not None:
        problem("Info/XMP: dc:creator %r but no Info /Author" % creators)
    for key, name in (("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")):
        value = simple_value(properties, "xmp", name)
        if key not in info:
            if value is not None:
                problem("Info/XMP: xmp:%s %r but no Info %s" % (name, value, key))
            continue
        ours = parse_date(PDF_DATE.match(text_of(info[key])))
        theirs = parse_date(XMP_DATE.match(value or ""))
        if ours is None or theirs is None or ours != theirs or ours.utcoffset() != theirs.utcoffset():
            problem("Info/XMP: %s %r but xmp:%s %r" % (key, text_of(info[key]), name, value))


def check_output_intent(pdf):
    intents = pdf.Root.get("/OutputIntents")
    profiles = []
    for intent in intents if isinstance(intents, Array) else []:
        if intent.get("/S") != Name.GTS_PDFA1:
            continue
        if "/OutputConditionIdentifier" not in intent:
            problem("output intent: no /OutputConditionIdentifier")
        profile = intent.get("/DestOutputProfile")
        if not isinstance(profile, Stream):
            problem("output intent: no embedded /DestOutputProfile")
            continue
        profiles.append(profile)
        data = profile.read_bytes()
        if len(data) < 128 or data[36:40] != b"acsp" or int.from_bytes(data[:4], "big") != len(data):
            problem("output intent: the profile is not an ICC profile")
        elif data[16:20] != b"RGB " or profile.stream_dict.get("/N") != 3:
            problem("output intent: the profile is not an RGB profile with /N 3")
        elif data[8] > 4:
            problem("output intent: ICC profile version %d is newer than PDF 1.7 knows" % data[8])
    if not profiles:
        problem("output intent: no /OutputIntents entry /S /GTS_PDFA1 in the catalog")
        return None
    if len({p.objgen for p in profiles}) > 1:
        problem("output intent: more than one distinct /DestOutputProfile")
    return "RGB"


def content_streams(pdf):
    """Page contents, form XObjects (patterns, annotation appearances included) as parseable objects."""
    for number, page in enumerate(pdf.pages, 1):
        yield "page %d" % number, page
    for obj, _ in walk(pdf.Root):
        if isinstance(obj, Stream) and obj.stream_dict.get("/Subtype") == Name.Form:
            yield "form XObject %s" % (obj.objgen,), obj


def check_colours(pdf, intent):
    for where, stream in content_streams(pdf):
        try:
            instructions = pikepdf.parse_content_stream(stream)
        except pikepdf.PdfError as error:
            problem("%s: content stream not parseable (%s)" % (where, error))
            continue
        for operands, operator in instructions:
            op = str(operator)
            if op in ("k", "K") and intent != "CMYK":
                problem("%s: DeviceCMYK colour (%s) without a CMYK output intent" % (where, op))
                break
            if op in ("cs", "CS") and operands and operands[0] == Name.DeviceCMYK and intent != "CMYK":
                problem("%s: DeviceCMYK colour space without a CMYK output intent" % where)
                break


def name_tree_values(node, seen=None):
    seen = seen if seen is not None else set()
    if node.is_indirect:
        if node.objgen in seen:
            return
        seen.add(node.objgen)
    names = node.get("/Names")
    if isinstance(names, Array):
        for i in range(1, len(names), 2):
            yield str(names[i - 1]), names[i]
    for kid in node.get("/Kids", Array()):
        yield from name_tree_values(kid, seen)


def check_associated_files(pdf):
    specs = {}
    associated = set()
    for obj, key in walk(pdf.trailer):
        d = dict_of(obj)
        if isinstance(obj, Dictionary) and ("/EF" in d or d.get("/Type") == Name.Filespec):
            specs[obj.objgen if obj.is_indirect else id(obj)] = obj
        af = d.get("/AF")
        if isinstance(af, Array):
            for spec in af:
                associated.add(spec.objgen if spec.is_indirect else id(spec))
    names = pdf.Root.get("/Names", Dictionary()).get("/EmbeddedFiles")
    for name, spec in name_tree_values(names) if names is not None else []:
        specs.setdefault(spec.objgen if spec.is_indirect else id(spec), spec)
    for key, spec in specs.items():
        label = "embedded file %s" % text_of(spec.get("/UF", spec.get("/F")))
        if "/EF" not in spec:
            continue
        if key not in associated:
            problem("%s: not an associated file (in no /AF array)" % label)
        if spec.get("/AFRelationship") is None or str(spec.get("/AFRelationship")) not in RELATIONSHIPS:
            problem("%s: no valid /AFRelationship" % label)
        for required in ("/F", "/UF"):
            if required not in spec:
                problem("%s: the file specification has no %s" % (label, required))
        stream = spec.EF.get("/F")
        if not isinstance(stream, Stream):
            problem("%s: no embedded file stream /EF /F" % label)
            continue
        subtype = stream.stream_dict.get("/Subtype")
        if subtype is None or not MIME.match(str(subtype)[1:]):
            problem("%s: no MIME type /Subtype on the embedded file stream" % label)
        params = stream.stream_dict.get("/Params")
        if not isinstance(params, Dictionary) or "/ModDate" not in params:
            problem("%s: no /Params /ModDate on the embedded file stream" % label)


def check_fonts(pdf):
    for obj, _ in walk(pdf.Root):
        if not isinstance(obj, Dictionary) or obj.get("/Type") != Name.Font:
            continue
        subtype = str(obj.get("/Subtype"))
        name = text_of(obj.get("/BaseFont"))
        if subtype in ("/Type0", "/Type3"):
            continue
        descriptor = obj.get("/FontDescriptor")
        files = set(descriptor.keys()) & {"/FontFile", "/FontFile2", "/FontFile3"} if descriptor else set()
        expected = {"/CIDFontType2": {"/FontFile2"}, "/TrueType": {"/FontFile2"},
                    "/CIDFontType0": {"/FontFile3"}, "/Type1": {"/FontFile", "/FontFile3"},
                    "/MMType1": {"/FontFile", "/FontFile3"}}.get(subtype, set())
        if not files & expected:
            problem("font %s (%s): not embedded" % (name, subtype))
        if subtype == "/CIDFontType2":
            mapping = obj.get("/CIDToGIDMap")
            if not (isinstance(mapping, Stream) or mapping == Name.Identity):
                problem("font %s: a CIDFontType2 without /CIDToGIDMap" % name)
        if descriptor is not None and "/CIDSet" in descriptor:
            problem("font %s: a /CIDSet this checker cannot prove complete" % name)


def check_forbidden(pdf):
    for obj, key in walk(pdf.trailer):
        d = dict_of(obj)
        for forbidden in ("/JS", "/JavaScript", "/AA", "/XFA", "/NeedsRendering", "/PresSteps", "/OPI",
                          "/Alternates"):
            if forbidden in d:
                problem("forbidden key %s (under %s)" % (forbidden, key))
        if d.get("/NeedAppearances") is True:
            problem("AcroForm /NeedAppearances true")
        if "/S" in d and str(d.get("/S")) in FORBIDDEN_ACTIONS:
            problem("forbidden action /S %s" % d.get("/S"))
        if d.get("/Type") == Name.ExtGState or key == "/ExtGState":
            if "/TR" in d or ("/TR2" in d and d.get("/TR2") != Name.Default):
                problem("graphics state with a transfer function")
        if isinstance(obj, Stream):
            if {"/LZWDecode", "/LZW"} & set(filters_of(obj)):
                problem("LZWDecode stream %s" % (obj.objgen,))
            for external in ("/F", "/FFilter", "/FDecodeParms"):
                if external in obj.stream_dict:
                    problem("stream %s with external data key %s" % (obj.objgen, external))
            if obj.stream_dict.get("/Subtype") == Name.PS or "/Ref" in obj.stream_dict:
                problem("PostScript or reference XObject %s" % (obj.objgen,))
            if obj.stream_dict.get("/Interpolate") is True:
                problem("image %s with /Interpolate true" % (obj.objgen,))


def check_annotations(pdf):
    for number, page in enumerate(pdf.pages, 1):
        for annotation in page.obj.get("/Annots", Array()):
            subtype = str(annotation.get("/Subtype"))
            where = "page %d %s annotation" % (number, subtype)
            flags = int(annotation.get("/F", 0))
            if subtype != "/Popup" and (not flags & 4 or flags & (1 | 2 | 32 | 256)):
                problem("%s: /F %d (Print must be set; Invisible, Hidden, NoView, ToggleNoView clear)"
                        % (where, flags))
            rect = [float(v) for v in annotation.get("/Rect", Array([0, 0, 0, 0]))]
            empty = rect[0] == rect[2] or rect[1] == rect[3]
            appearance = annotation.get("/AP")
            if subtype not in ("/Popup", "/Link") and not empty and appearance is None:
                problem("%s: no /AP appearance" % where)
            if appearance is not None and set(appearance.keys()) != {"/N"}:
                problem("%s: appearance dictionary with keys other than /N" % where)


def check_signatures(pdf, data):
    for obj, _ in walk(pdf.trailer):
        if not isinstance(obj, Dictionary) or obj.get("/Type") != Name.Sig or "/ByteRange" not in obj:
            continue
        a, b, c, d = (int(v) for v in obj.ByteRange)
        gap = data[b:c]
        if a != 0 or c + d != len(data) or not re.fullmatch(rb"<[0-9A-Fa-f]*>", gap):
            problem("signature: /ByteRange does not cover the whole file but the /Contents string")
        if str(obj.get("/SubFilter")) not in ("/adbe.pkcs7.detached", "/ETSI.CAdES.detached"):
            problem("signature: /SubFilter %s is not allowed" % obj.get("/SubFilter"))


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], "rb") as handle:
            data = handle.read()
        pdf = pikepdf.open(sys.argv[1])
    except (OSError, pikepdf.PdfError) as error:
        print("check-pdfa: cannot read %s: %s" % (sys.argv[1], error), file=sys.stderr)
        return 2
    check_header(data)
    check_trailer(pdf)
    check_metadata(pdf)
    check_colours(pdf, check_output_intent(pdf))
    check_associated_files(pdf)
    check_fonts(pdf)
    check_forbidden(pdf)
    check_annotations(pdf)
    check_signatures(pdf, data)
    for text in problems:
        print(text)
    if problems:
        return 1
    print("PDF/A-3b structure: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

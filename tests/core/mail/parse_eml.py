#!/usr/bin/python3
"""Parses an .eml file with Python's email package, an independent parser, and prints what a mail
client would see as JSON: decoded headers, structure, body texts and attachments (name, type, SHA-256).

Usage: parse_eml.py MESSAGE.eml
The C++ tests in this folder compare this output with the values they put into the message.
"""
import email
import email.header
import email.policy
import email.utils
import hashlib
import json
import sys
from email.parser import BytesParser


def structure(part):
    if part.is_multipart():
        return "%s(%s)" % (part.get_content_type(), ",".join(structure(p) for p in part.iter_parts()))
    return part.get_content_type()


def decode_2047(value):
    if value is None:
        return None
    return str(email.header.make_header(email.header.decode_header(value)))


def raw_filename_forms(raw_part):
    """Both encodings of the file name, read separately with the compat32 parser, which keeps a plain
    parameter (a string: the RFC 2047 form) apart from an RFC 2231 one (a (charset, language, value)
    tuple, continuations already joined)."""
    forms = {"filename_2231": None, "filename_2047": None, "name_2047": None}
    for key, value in raw_part.get_params(header="content-disposition") or []:
        if key != "filename":
            continue
        if isinstance(value, tuple):
            forms["filename_2231"] = email.utils.collapse_rfc2231_value(value)
        else:
            forms["filename_2047"] = decode_2047(value)
    for key, value in raw_part.get_params(header="content-type") or []:
        if key == "name" and not isinstance(value, tuple):
            forms["name_2047"] = decode_2047(value)
    return forms


def main():
    data = open(sys.argv[1], "rb").read()
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    raw = BytesParser(policy=email.policy.compat32).parsebytes(data)

    lines = data.split(b"\r\n")
    header_block = data.split(b"\r\n\r\n", 1)[0]
    result = {
        "headers": [[name, str(value)] for name, value in message.items()],
        "structure": structure(message),
        "defects": [type(d).__name__ for d in message.defects],
        "max_line_length": max(len(line) for line in lines),
        "long_lines": [line.decode("ascii", "replace") for line in lines if len(line) > 76][:5],
        "max_header_line_length": max(len(line) for line in header_block.split(b"\r\n")),
        "bare_line_feeds": data.replace(b"\r\n", b"").count(b"\n") + data.replace(b"\r\n", b"").count(b"\r"),
        "eight_bit": any(b > 0x7E for b in data),
        "text": None,
        "html": None,
        "attachments": [],
    }
    body = message.get_body(preferencelist=("plain",))
    if body is not None:
        result["text"] = body.get_content().replace("\r\n", "\n")
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        result["html"] = html.get_content().replace("\r\n", "\n")

    raw_attachments = [p for p in raw.walk() if p.get_content_disposition() == "attachment"]
    for part, raw_part in zip(message.iter_attachments(), raw_attachments):
        payload = part.get_payload(decode=True) or b""
        entry = {
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "name": part.get_param("name"),
            "sha256": hashlib.sha256(payload).hexdigest(),
            "size": len(payload),
        }
        entry.update(raw_filename_forms(raw_part))
        result["attachments"].append(entry)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CommonMark conformance of the export's body.

test-conformance.py [--article] HELPER SPEC.JSON

HELPER (export-spec-bodies) exports each example of the CommonMark 0.30
spec as an unsafe page and prints its header heading and body. Each body is
compared with the spec's expected HTML after both are normalised the way
the spec's own runner does (test/normalize.py in commonmark-spec: parse,
drop whitespace around block tags, collapse whitespace, sort attributes,
turn references into characters), and byte for byte.

Whole-source pages (the default) must match with the body alone. With
--article the page is exported as the command line does: a level-1
headline may move from the body into the header, and then the header's
<h1> followed by the body must be cmark's HTML; every other body must be
cmark's HTML as it is.
"""

import html
import json
import re
import subprocess
import sys
import urllib.parse
from html.entities import name2codepoint
from html.parser import HTMLParser

WHITESPACE = re.compile(r"\s+")
CHUNK = re.compile(r"(<!\[CDATA\[.*?\]\]>|<[^>]*>|[^<]+)", re.S)
BLOCK_TAGS = {
    "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li",
    "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup",
    "pre", "dd", "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed",
    "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr",
    "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
}


class Normaliser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.last = "starttag"
        self.last_tag = ""
        self.in_pre = False
        self.output = ""

    def handle_data(self, data):
        after_tag = self.last in ("endtag", "starttag")
        after_block_tag = after_tag and self.last_tag in BLOCK_TAGS
        if after_tag and self.last_tag == "br":
            data = data.lstrip("\n")
        if not self.in_pre:
            data = WHITESPACE.sub(" ", data)
        if after_block_tag and not self.in_pre:
            data = data.lstrip() if self.last == "starttag" else data.strip()
        self.output += data
        self.last = "data"

    def handle_endtag(self, tag):
        if tag == "pre":
            self.in_pre = False
        elif tag in BLOCK_TAGS:
            self.output = self.output.rstrip()
        self.output += "</" + tag + ">"
        self.last_tag = tag
        self.last = "endtag"

    def handle_starttag(self, tag, attrs):
        if tag == "pre":
            self.in_pre = True
        if tag in BLOCK_TAGS:
            self.output = self.output.rstrip()
        self.output += "<" + tag
        for name, value in sorted(attrs, key=lambda a: (a[0], a[1] or "")):
            self.output += " " + name
            # Upstream tests the value, not the name, against href/src; kept
            # as it is so the comparison is the runner's.
            if value in ("href", "src"):
                self.output += '="' + urllib.parse.quote(urllib.parse.unquote(value), safe="/") + '"'
            elif value is not None:
                self.output += '="' + html.escape(value, quote=True) + '"'
        self.output += ">"
        self.last_tag = tag
        self.last = "starttag"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.last_tag = tag
        self.last = "endtag"

    def handle_comment(self, data):
        self.output += "<!--" + data + "-->"
        self.last = "comment"

    def handle_decl(self, data):
        self.output += "<!" + data + ">"
        self.last = "decl"

    def unknown_decl(self, data):
        self.output += "<!" + data + ">"
        self.last = "decl"

    def handle_pi(self, data):
        self.output += "<?" + data + ">"
        self.last = "pi"

    def handle_entityref(self, name):
        code = name2codepoint.get(name)
        self.output_char(chr(code) if code is not None else None, "&" + name + ";")
        self.last = "ref"

    def handle_charref(self, name):
        try:
            c = chr(int(name[1:], 16)) if name[:1] in ("x", "X") else chr(int(name))
        except (ValueError, OverflowError):
            c = None
        self.output_char(c, "&" + name + ";")
        self.last = "ref"

    def output_char(self, c, fallback):
        escapes = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}
        self.output += fallback if c is None else escapes.get(c, c)


def normalise(text):
    parser = Normaliser()
    try:
        for chunk in CHUNK.finditer(text):
            if chunk.group(0).startswith("<![CDATA"):
                parser.output += chunk.group(0)
            else:
                parser.feed(chunk.group(0))
        parser.close()
    except Exception as error:  # the runner falls back to the raw text too
        sys.stderr.write("normalisation error: %s\n" % error)
        return text
    return parser.output


def main():
    article = sys.argv[1] == "--article"
    helper, spec = sys.argv[-2], sys.argv[-1]
    try:
        with open(spec, encoding="utf-8") as f:
            examples = json.load(f)
    except FileNotFoundError:
        print("SKIP: %s is missing (BYLINE_SHARED_DIR)" % spec)
        return 77
    command = [helper] + (["--article"] if article else []) + [spec]
    pages = json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE).stdout)
    assert len(pages) == len(examples)

    exact = same = lifted = 0
    for example, (heading, body) in zip(examples, pages):
        if article and body != example["html"] and heading + body == example["html"]:
            body = heading + body
            lifted += 1
        exact += body == example["html"]
        if normalise(body) == normalise(example["html"]):
            same += 1
        else:
            print("example %d (%s) differs:\n  want %r\n  got  %r"
                  % (example["example"], example["section"], example["html"], body))
    print("conformance (%s): %d/%d spec examples identical after normalisation, %d/%d byte for byte"
          % ("article pages, %d headlines moved to the header" % lifted if article else "whole source",
             same, len(examples), exact, len(examples)))
    return 0 if same == len(examples) else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks whosaid HTML exports with a strict HTML5 parser and against their expectations.

usage: check_html5.py DIR   (every DIR/*.html, with DIR/NAME.json expectations if present)

Exits 0 when every file passes, 1 on the first failure (with the reason), 77 (CTest's
skip code) when html5lib is not installed.
"""
import json
import pathlib
import sys

try:
    import html5lib
except ImportError:
    print("SKIP: python html5lib is not installed (apt-get install python3-html5lib)")
    sys.exit(77)

NS = "{http://www.w3.org/1999/xhtml}"


def local(tag):
    return tag[len(NS):] if isinstance(tag, str) and tag.startswith(NS) else tag


def check(path):
    data = path.read_bytes()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    try:
        root = parser.parse(data, transport_encoding="utf-8")
    except html5lib.html5parser.ParseError as error:
        line, col = parser.errors[-1][0] if parser.errors else ("?", "?")
        return f"not strict HTML5 at {line}:{col}: {error}"
    elements = list(root.iter())
    names = [local(e.tag) for e in elements]
    if root.get("lang") in (None, ""):
        return "<html> has no lang"
    for forbidden in ("script", "img", "iframe", "object", "embed", "link", "base", "form"):
        if forbidden in names:
            return f"unexpected <{forbidden}> element"
    for e in elements:
        for attribute, value in e.attrib.items():
            if attribute.lower().startswith("on"):
                return f"event handler attribute {attribute} on <{local(e.tag)}>"
            if attribute in ("href", "src") and not value.startswith("#"):
                return f"{attribute}={value!r} leaves the page"
    metas = [e for e in elements if local(e.tag) == "meta"]
    if not any(m.get("charset", "").lower() == "utf-8" for m in metas):
        return "no <meta charset=utf-8>"
    csp = [m.get("content", "") for m in metas
           if m.get("http-equiv", "").lower() == "content-security-policy"]
    if not csp or "default-src 'none'" not in csp[0]:
        return "no Content-Security-Policy forbidding external loads"
    ids = [e.get("id") for e in elements if e.get("id") is not None]
    if len(ids) != len(set(ids)):
        return "duplicate ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1}))
    known = set(ids)
    for e in elements:
        href = e.get("href")
        if href and href[1:] not in known:
            return f"link {href} has no target"
    for landmark in ("header", "main", "aside", "footer", "nav"):
        if landmark not in names:
            return f"no <{landmark}> landmark"
    levels = [int(n[1]) for n in names if n in ("h1", "h2", "h3", "h4", "h5", "h6")]
    if not levels or levels[0] != 1 or levels.count(1) != 1:
        return f"headings must start with one h1: {levels}"
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            return f"heading level jumps from h{before} to h{after}"
    for e in elements:
        if local(e.tag) == "th" and e.get("scope") not in ("col", "row"):
            return "<th> without scope"
    tables = [e for e in elements if local(e.tag) == "table"]
    for table in tables:
        if not any(local(c.tag) == "caption" for c in table):
            return "<table> without <caption>"
    expect_path = path.with_suffix(".json")
    if expect_path.exists():
        expect = json.loads(expect_path.read_text())
        mentions = sum(1 for e in elements if e.get("data-entity") is not None)
        quotes = sum(1 for e in elements if e.get("data-quote") is not None)
        if mentions != expect["mentions"]:
            return f"{mentions} data-entity elements, expected {expect['mentions']}"
        if quotes != expect["quotes"]:
            return f"{quotes} data-quote elements, expected {expect['quotes']}"
    return None


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    files = sorted(pathlib.Path(sys.argv[1]).glob("*.html"))
    if not files:
        print(f"no .html files in {sys.argv[1]}")
        return 1
    failed = False
    for path in files:
        problem = check(path)
        print(f"{'FAIL' if problem else 'ok  '} {path.name}" + (f": {problem}" if problem else ""))
        failed = failed or problem is not None
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

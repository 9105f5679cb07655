#!/usr/bin/env python3
"""Loads whosaid HTML exports in headless Chromium and checks the DOM it builds.

usage: check_chromium.py DIR [--screenshot PNG_DIR]

For every DIR/NAME.html with DIR/NAME.json expectations: the rendered DOM holds the
expected data-entity and data-quote elements, no <script> or <img> element, no event
handler attribute, and the title was not changed by anything in the text (hostile
articles try to set it to PWNED); every speaker tag carries the mark of its certainty, the
legend lists the four levels and the summary counts the quotations to check. Exits 77 (CTest's skip code) when Chromium is absent.
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

try:
    import html5lib
except ImportError:
    print("SKIP: python html5lib is not installed (apt-get install python3-html5lib)")
    sys.exit(77)

NS = "{http://www.w3.org/1999/xhtml}"


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def run_chromium(binary, profile, *arguments):
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, *arguments]
    return subprocess.run(command, capture_output=True, timeout=120, text=True)


def text_of(element):
    return "".join(element.itertext())


def check(binary, path, screenshot_dir):
    expect = json.loads(path.with_suffix(".json").read_text())
    with tempfile.TemporaryDirectory() as profile:
        result = run_chromium(binary, profile, "--dump-dom", path.resolve().as_uri())
        if result.returncode != 0 or "<html" not in result.stdout:
            return f"chromium failed ({result.returncode}): {result.stderr[-500:]}"
        if screenshot_dir:
            png = pathlib.Path(screenshot_dir) / (path.stem + ".png")
            run_chromium(binary, profile, "--screenshot=" + str(png.resolve()),
                         "--window-size=1200,1600", "--hide-scrollbars", path.resolve().as_uri())
    root = html5lib.parse(result.stdout, namespaceHTMLElements=True)
    elements = list(root.iter())
    names = [e.tag[len(NS):] if isinstance(e.tag, str) else "" for e in elements]
    for forbidden in ("script", "img", "iframe"):
        if forbidden in names:
            return f"the DOM holds a <{forbidden}> element"
    for e in elements:
        for attribute in e.attrib:
            if attribute.lower().startswith("on"):
                return f"the DOM holds an event handler attribute {attribute}"
    title = text_of(root.find(f".//{NS}title"))
    if "PWNED" in title and not expect["hostile"] or title == "PWNED":
        return f"something ran: the title became {title!r}"
    mentions = sum(1 for e in elements if e.get("data-entity") is not None)
    quotes = sum(1 for e in elements if e.get("data-quote") is not None)
    if mentions != expect["mentions"] or quotes != expect["quotes"]:
        return (f"DOM holds {mentions} mentions and {quotes} quotations, expected "
                f"{expect['mentions']} and {expect['quotes']}")
    problem = check_certainty(root, elements, expect)
    if problem:
        return problem
    if expect["hostile"]:
        body = text_of(root.find(f".//{NS}body"))
        for inert in ("<script>document.title='PWNED'</script>", "onerror=", "</style>", "]]>",
                      "javascript:alert(1)"):
            if inert not in body:
                return f"the hostile text {inert!r} is not shown as text"
    return None


MARKS = {"sure": "\u25cf", "likely": "\u25d0", "unsure": "\u25cb", "unattributed": "\u2298"}


def check_certainty(root, elements, expect):
    """The certainty marks as the browser built them (colour-independent: a symbol)."""
    for tag in (e for e in elements if e.get("data-tag-of") is not None):
        level = tag.get("data-certainty")
        if level not in MARKS:
            return f"speaker tag {tag.get('data-tag-of')} has no certainty ({level!r})"
        marks = [e for e in tag.iter() if "certainty-mark" in (e.get("class") or "").split()]
        if len(marks) != 1 or text_of(marks[0]) != MARKS[level]:
            return f"speaker tag {tag.get('data-tag-of')} lacks the {level} mark"
    legend = [e for e in elements if e.get("class") == "certainty-legend"]
    if len(legend) != 1 or sum(1 for e in legend[0] if e.tag == NS + "li") != len(MARKS):
        return "the legend does not list the four certainty levels"
    for stat in root.iter(NS + "div"):
        terms = [e for e in stat if e.tag == NS + "dt"]
        if terms and text_of(terms[0]) in ("To check", "\u00c0 v\u00e9rifier"):
            counted = text_of(stat.find(NS + "dd"))
            if counted != str(expect["to_check"]):
                return f"the summary counts {counted} to check, expected {expect['to_check']}"
            return None
    return "the summary does not count the quotations to check"


def main():
    arguments = sys.argv[1:]
    screenshot_dir = None
    if "--screenshot" in arguments:
        at = arguments.index("--screenshot")
        screenshot_dir = arguments[at + 1]
        del arguments[at:at + 2]
    if len(arguments) != 1:
        print(__doc__)
        return 2
    binary = chromium_binary()
    if binary is None:
        print("SKIP: no chromium on PATH (apt-get install chromium)")
        return 77
    files = sorted(pathlib.Path(arguments[0]).glob("*.html"))
    if not files:
        print(f"no .html files in {arguments[0]}")
        return 1
    failed = False
    for path in files:
        problem = check(binary, path, screenshot_dir)
        print(f"{'FAIL' if problem else 'ok  '} {path.name}" + (f": {problem}" if problem else ""))
        failed = failed or problem is not None
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

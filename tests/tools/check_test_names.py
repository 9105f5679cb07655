#!/usr/bin/env python3
"""Fails when a Catch2 test name cannot be run by its own name from CTest.

catch_discover_tests registers each TEST_CASE as a CTest test whose command line is the
name itself, so a name that Catch reads as something else is never run on its own: a
leading '-' is an option ("-o x" writes the report to a file named x and runs every test),
';' splits the CMake list the name travels in, and '\\' escapes the next character of a
test spec. ("-w NoTests" on the discovered tests catches what matches nothing; a leading
'-' still runs everything, so it is checked here.) A '"' groups words in a test spec.
Usage: check_test_names.py TESTS_DIR
"""
import pathlib
import re
import sys

NAME = re.compile(r'\b(?:TEST_CASE|SCENARIO)\s*\(\s*"((?:[^"\\]|\\.)*)"')


def problems_in(path):
    text = path.read_text(encoding="utf-8")
    for match in NAME.finditer(text):
        name = match.group(1)
        line = text.count("\n", 0, match.start()) + 1
        if name.startswith("-"):
            yield f"{path}:{line}: '{name}' starts with '-', which Catch reads as an option"
        if ";" in name:
            yield f"{path}:{line}: '{name}' holds ';', which splits the CMake list"
        if '\\"' in name:
            yield f"{path}:{line}: '{name}' holds a '\"', which groups words in a test spec"
        if re.search(r"\\\\", name):
            yield f"{path}:{line}: '{name}' holds a backslash, which escapes in a test spec"


def main():
    root = pathlib.Path(sys.argv[1])
    problems = [p for path in sorted(root.rglob("*.cpp")) for p in problems_in(path)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#pragma once

#include "whosaid/document.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Reading the HTML export back in the tests: the page of a document, its tags, the text of
// an element.
namespace whosaid::test {

// The HTML export of doc with fixed generator and date, in ui_language ("" for the
// document's own).
std::string export_of(const Document& doc, std::string ui_language = "");

// How many times needle occurs in haystack, without overlaps.
size_t count(std::string_view haystack, std::string_view needle);

// text in ASCII lower case.
std::string lower(std::string text);

struct Tag {
    std::string name;
    bool closing = false;
    size_t begin = 0; // position of '<'
    size_t end = 0;   // position after '>'
};

// Every tag of the page in order (the doctype skipped). The export escapes every '<' and
// '>' of text and attributes, and its CSS holds no '<', so this simple scan is exact.
std::vector<Tag> tags_of(std::string_view html);

// Empty when every element closes in order and no link sits inside another; else the fault.
std::string nesting_problem(std::string_view html);

// text with the five entities the export writes decoded.
std::string unescape(std::string_view text);

// The text inside the element whose start tag holds `marker`, without the speaker tags the
// export adds after quotations.
std::string element_text(std::string_view html, std::string_view marker);

} // namespace whosaid::test

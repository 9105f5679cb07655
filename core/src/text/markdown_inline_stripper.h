#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::text {

// Removes the inline markup of one Markdown line: emphasis (* _ ** __, by CommonMark's
// flanking rules, so "5 * 3" and snake_case stay intact), links ([text](url) and
// [text][ref] keep their text), images (dropped with their alt text), code spans (kept
// without backticks), autolinks (<https://...> keep the address) and backslash escapes.
// Brackets that are not links ("[sic]") stay. Emphasis does not span lines. Lines over
// 64K units are not prose and pass through untouched.
// Writes straight into the output and keeps its work buffers between lines; use one
// instance per thread.
class MarkdownInlineStripper {
public:
    // Appends line, stripped, to out. Precondition: line has no leading blanks, so any that
    // removed markup leaves ("![img](x) text") are dropped too.
    void strip(std::u16string_view line, std::u16string& out);

private:
    struct Delimiter {
        std::size_t position; // from the start of the line's output
        std::size_t consumed_front;
        std::size_t remaining;
        char16_t marker;
        bool can_open;
        bool can_close;
    };
    struct OpenLink {
        std::size_t close_bracket; // where the link text ends
        std::size_t resume;        // the position after "(url)" or "[ref]"
    };

    void match_brackets(std::u16string_view line);
    // The position after the whole link that starts with '[' at open, or 0 when none does.
    std::size_t link_end(std::u16string_view line, std::size_t open) const;
    std::size_t code_span_end(std::u16string_view line, std::size_t start, std::size_t run) const;
    void add_delimiter(std::u16string_view line, std::size_t start, std::size_t run,
                       std::size_t position);
    // Marks in keep_ which of the line's length output units survive emphasis removal.
    void resolve_emphasis(std::size_t length);

    std::vector<std::int32_t> matching_;
    std::vector<std::size_t> open_brackets_;
    std::vector<std::size_t> open_parentheses_;
    std::vector<OpenLink> open_links_;
    std::vector<Delimiter> delimiters_;
    std::vector<std::size_t> star_openers_;
    std::vector<std::size_t> underscore_openers_;
    std::vector<char> keep_;
};

} // namespace whosaid::text

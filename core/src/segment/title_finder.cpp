#include "segment/title_finder.h"

#include "segment/segmenter_chars.h"

namespace whosaid::segment {

using chars::is_closing_mark;
using chars::is_line_break;
using chars::is_space;
using chars::slice;

namespace {

constexpr int32_t kLongestTitle = 200;
constexpr int kMostTitleWords = 25;

bool is_final_punctuation(char16_t c) {
    return c == u'.' || c == u'!' || c == u'?' || c == 0x2026 || c == u':';
}

bool ends_like_sentence(std::u16string_view line) {
    size_t end = line.size();
    while (end > 0 && (is_closing_mark(line[end - 1]) || is_space(line[end - 1])))
        --end;
    if (end == line.size())
        return is_final_punctuation(line.back());
    // Behind closing marks only . ! ? … count: "« Nous partirons »" is a title.
    return end > 0 && line[end - 1] != u':' && is_final_punctuation(line[end - 1]);
}

int count_words(std::u16string_view line) {
    int words = 0;
    bool in_word = false;
    for (char16_t c : line) {
        if (is_space(c)) {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            ++words;
        }
    }
    return words;
}

} // namespace

std::optional<Span> TitleFinder::find(std::u16string_view text,
                                      const std::vector<Span>& paragraphs) const {
    if (paragraphs.size() < 2 || paragraphs.front().length() > kLongestTitle)
        return std::nullopt;
    const std::u16string_view line = slice(text, paragraphs.front());
    for (char16_t c : line) {
        if (is_line_break(c))
            return std::nullopt;
    }
    if (count_words(line) > kMostTitleWords || ends_like_sentence(line))
        return std::nullopt;
    return paragraphs.front();
}

} // namespace whosaid::segment

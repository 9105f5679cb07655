#include "segment/sentence_splitter.h"

#include "segment/segmenter_chars.h"

#include <algorithm>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

namespace whosaid::segment {

using chars::is_closing_mark;
using chars::is_line_break;
using chars::is_space;
using chars::slice;
using chars::trim;

namespace {

// Plain "fr"/"en" rules rather than "@ss=standard": ICU's built-in exception lists match
// suffixes without a word boundary (en@ss=standard keeps "NATO. The" together), so every
// abbreviation exception is ours (AbbreviationFilter).
icu::Locale locale_for(std::string_view language) {
    return language == "fr" ? icu::Locale("fr") : icu::Locale("en");
}

// A piece that starts like this continues the sentence before it.
bool starts_continuation(std::u16string_view text, size_t index) {
    if (index >= text.size())
        return false;
    const char16_t c = text[index];
    if (c == u',' || c == u';' || c == u':')
        return true;
    const auto position = static_cast<int32_t>(index);
    const auto length = static_cast<int32_t>(text.size());
    UChar32 code_point;
    U16_GET(text.data(), 0, position, length, code_point);
    return u_islower(code_point) != 0;
}

// A closing mark at `index`. Straight quotes open as often as they close: one counts as
// closing only when no word follows it directly ("He left. "We will…" opens a quotation).
bool is_closing_at(std::u16string_view text, size_t index) {
    const char16_t c = text[index];
    if (c != u'"' && c != u'\'')
        return is_closing_mark(c);
    return index + 1 == text.size() || !u_isalnum(text[index + 1]);
}

} // namespace

SentenceSplitter::SentenceSplitter(std::string_view language) {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createSentenceInstance(locale_for(language), status));
    if (U_FAILURE(status))
        iterator_.reset();
}

SentenceSplitter::~SentenceSplitter() = default;

std::u16string_view SentenceSplitter::find_breaks(std::u16string_view paragraph_text) {
    breaks_.clear();
    if (!iterator_ || rules_.find(paragraph_text, breaks_))
        return paragraph_text;
    breaks_.clear();
    // A plain loop: find_first_of over a set of characters searches the set for every unit.
    if (std::any_of(paragraph_text.begin(), paragraph_text.end(),
                    [](char16_t c) { return is_line_break(c); })) {
        unwrapped_.assign(paragraph_text);
        for (char16_t& c : unwrapped_) {
            if (is_line_break(c))
                c = u' ';
        }
        paragraph_text = unwrapped_;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUChars(&text, paragraph_text.data(), static_cast<int64_t>(paragraph_text.size()),
                     &status);
    iterator_->setText(&text, status);
    if (U_SUCCESS(status)) {
        iterator_->first();
        for (int32_t position = iterator_->next();
             position != icu::BreakIterator::DONE &&
             position < static_cast<int32_t>(paragraph_text.size());
             position = iterator_->next())
            breaks_.push_back(position);
    }
    // The iterator keeps its own shallow clone of the UText; it is not read again before
    // the next setText.
    utext_close(&text);
    return paragraph_text;
}

void SentenceSplitter::add_glued_breaks(std::u16string_view paragraph_text) {
    const size_t unicode_breaks = breaks_.size();
    glued_.find(paragraph_text, breaks_);
    if (breaks_.size() == unicode_breaks)
        return;
    std::inplace_merge(breaks_.begin(),
                       breaks_.begin() + static_cast<std::ptrdiff_t>(unicode_breaks),
                       breaks_.end());
    breaks_.erase(std::unique(breaks_.begin(), breaks_.end()), breaks_.end());
}

// Whether the piece starting at `boundary` belongs to the sentence before it. Closing
// marks at its start are moved to the previous sentence by advancing `boundary`.
bool SentenceSplitter::continues_previous(std::u16string_view paragraph_text,
                                          int32_t& boundary) const {
    if (abbreviations_.suppresses_break(paragraph_text, boundary))
        return true;
    auto index = static_cast<size_t>(boundary);
    bool moved_marks = false;
    while (index < paragraph_text.size() &&
           (is_space(paragraph_text[index]) || is_closing_at(paragraph_text, index))) {
        moved_marks = moved_marks || !is_space(paragraph_text[index]);
        ++index;
    }
    if (starts_continuation(paragraph_text, index))
        return true;
    if (moved_marks)
        boundary = static_cast<int32_t>(index);
    return index >= paragraph_text.size();
}

void SentenceSplitter::split(std::u16string_view text, Span paragraph, std::vector<Span>& out) {
    // Every test below reads a line break as it reads a space, so the paragraph is read in
    // place unless ICU needs it unwrapped.
    const std::u16string_view paragraph_text = find_breaks(slice(text, paragraph));
    add_glued_breaks(paragraph_text);
    int32_t sentence_start = 0;
    auto emit = [&](int32_t end) {
        const Span sentence = trim(paragraph_text, {sentence_start, end});
        if (!sentence.empty())
            out.push_back({paragraph.start + sentence.start, paragraph.start + sentence.end});
        sentence_start = end;
    };
    for (int32_t boundary : breaks_) {
        if (boundary <= sentence_start || continues_previous(paragraph_text, boundary))
            continue;
        emit(boundary);
    }
    emit(static_cast<int32_t>(paragraph_text.size()));
}

} // namespace whosaid::segment

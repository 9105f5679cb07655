// PLACEHOLDER (replaced by the segmenter work): paragraphs at blank lines, one sentence each.
#include "whosaid/segmenter.h"

namespace whosaid {

struct Segmenter::Impl {};

Segmenter::Segmenter(std::string_view) : impl_(std::make_unique<Impl>()) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Segmentation Segmenter::segment(std::u16string_view text) const {
    Segmentation result;
    int32_t start = 0;
    const auto n = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i <= n; ++i) {
        if (i == n || text[static_cast<size_t>(i)] == u'\n') {
            if (i > start)
                result.paragraphs.push_back({start, i});
            start = i + 1;
        }
    }
    result.sentences = result.paragraphs;
    return result;
}

std::string detect_language(std::u16string_view) { return "fr"; }

} // namespace whosaid

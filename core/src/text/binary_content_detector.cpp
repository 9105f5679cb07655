#include "text/binary_content_detector.h"

#include <cstddef>

namespace whosaid::text {

namespace {

constexpr std::size_t kMinimumControlCount = 3;

bool is_unexpected_control(char16_t c) {
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\v' && c != u'\f' && c != u'\r';
}

} // namespace

std::string BinaryContentDetector::reason(std::u16string_view text) const {
    std::size_t controls = 0;
    for (char16_t c : text) {
        if (c == 0)
            return "binary content (it contains NUL bytes)";
        controls += is_unexpected_control(c);
    }
    if (controls >= kMinimumControlCount && controls * 100 > text.size())
        return "binary content (" + std::to_string(controls) + " control characters in " +
               std::to_string(text.size()) + ")";
    return {};
}

} // namespace whosaid::text

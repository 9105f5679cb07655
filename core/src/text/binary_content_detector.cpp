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

namespace {

using namespace std::string_view_literals;

struct Signature {
    std::string_view magic;
    const char* looks_like;
};

// The opening bytes of the files most often opened by mistake instead of an article (PDF,
// Word and OpenDocument files are articles: the loader extracts their text).
constexpr Signature kSignatures[] = {
    {"\x89PNG"sv, "an image (PNG)"},
    {"\xFF\xD8\xFF"sv, "an image (JPEG)"},
    {"GIF8"sv, "an image (GIF)"},
    {"RIFF"sv, "an image, sound or video file"},
    {"II*\0"sv, "an image (TIFF)"},
    {"MM\0*"sv, "an image (TIFF)"},
    {"\xD0\xCF\x11\xE0"sv, "an old Word or Excel document"},
    {"\x1F\x8B"sv, "a compressed (gzip) file"},
    {"\x7F"
     "ELF"sv,
     "a program"},
    {"ID3"sv, "a sound file (MP3)"},
};

} // namespace

std::string BinaryContentDetector::message(std::string_view bytes) const {
    const char* looks_like = nullptr;
    for (const Signature& signature : kSignatures)
        if (bytes.starts_with(signature.magic))
            looks_like = signature.looks_like;
    if (looks_like == nullptr && bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp")
        looks_like = "a video or an image (MP4, MOV, HEIC)";
    const std::string what = looks_like ? std::string("this looks like ") + looks_like
                                        : std::string("this does not look like text");
    return what +
           ", not an article; whosaid reads plain text, HTML, Markdown, PDF, Word, OpenDocument "
           "and e-mail files";
}

} // namespace whosaid::text

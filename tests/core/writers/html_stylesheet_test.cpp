#include "writers/html_stylesheet.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

namespace {

// The value of a custom property (#rrggbb) declared in block, or "" when not declared.
std::string colour_of(std::string_view block, const std::string& property) {
    const size_t at = block.find(property + ": #");
    return at == std::string_view::npos ? ""
                                        : std::string(block.substr(at + property.size() + 2, 7));
}

double luminance(const std::string& hex) {
    double channels[3];
    for (int i = 0; i < 3; ++i) {
        const double c =
            std::stoi(hex.substr(1 + 2 * static_cast<size_t>(i), 2), nullptr, 16) / 255.0;
        channels[i] = c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

double contrast(const std::string& a, const std::string& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("text colours reach 4.5:1 in the light and the dark scheme", "[html]") {
    const std::string_view sheet = whosaid::writers::base_stylesheet();
    const size_t dark_at = sheet.find("@media (prefers-color-scheme: dark)");
    REQUIRE(dark_at != std::string_view::npos);
    const std::string_view light = sheet.substr(0, dark_at);
    const std::string_view dark = sheet.substr(dark_at, sheet.find("\n}\n", dark_at) - dark_at);
    const std::pair<const char*, const char*> pairs[] = {
        {"--fg", "--bg"},   {"--muted", "--bg"},     {"--muted", "--panel"},
        {"--link", "--bg"}, {"--fg", "--highlight"}, {"--mark", "--bg"},
    };
    for (const auto& [text, background] : pairs) {
        for (const std::string_view scheme : {light, dark}) {
            std::string fg = colour_of(scheme, text), bg = colour_of(scheme, background);
            fg = fg.empty() ? colour_of(light, text) : fg; // dark inherits what it does not set
            bg = bg.empty() ? colour_of(light, background) : bg;
            DYNAMIC_SECTION(text << " on " << background
                                 << (scheme == light ? " light" : " dark")) {
                REQUIRE(fg.size() == 7);
                REQUIRE(bg.size() == 7);
                CHECK(contrast(fg, bg) >= 4.5);
            }
        }
    }
}

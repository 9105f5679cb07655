#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace whosaid::actors {

// The non-empty parts of a lexicon field listing several forms separated by "|".
inline std::vector<std::string_view> split_bars(std::string_view field) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start <= field.size()) {
        size_t bar = field.find('|', start);
        if (bar == std::string_view::npos)
            bar = field.size();
        if (bar > start)
            parts.push_back(field.substr(start, bar - start));
        start = bar + 1;
    }
    return parts;
}

// Field index of a lexicon row, empty when the row is shorter. A view into the row, which
// outlives every use (the Lexicon is a local of the loader).
inline std::string_view field(const std::vector<std::string>& row, size_t index) {
    return index < row.size() ? std::string_view(row[index]) : std::string_view();
}

} // namespace whosaid::actors

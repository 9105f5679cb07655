#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// A lexicon file compiled into core from resources/lexicons/: one entry per line, fields
// separated by tabs, '#' starts a comment line, blank lines ignored.
class Lexicon {
public:
    // The lexicon named like its file without extension, e.g. "fr/speech_verbs" or
    // "common/media". An unknown name gives an empty lexicon.
    static Lexicon embedded(std::string_view name);
    // Parses text in the lexicon format (used by embedded() and by tests).
    static Lexicon parse(std::string_view text);

    // Each row's fields, UTF-8, without the tabs. Rows keep file order.
    const std::vector<std::vector<std::string>>& rows() const { return rows_; }
    bool empty() const { return rows_.empty(); }

private:
    std::vector<std::vector<std::string>> rows_;
};

// Names of every embedded lexicon (for tests and diagnostics).
std::vector<std::string_view> embedded_lexicon_names();

} // namespace whosaid

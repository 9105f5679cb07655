#include "whosaid/lexicon.h"

#include "support/lexicon_data.h"

namespace whosaid {

Lexicon Lexicon::parse(std::string_view text) {
    Lexicon lexicon;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        std::vector<std::string> fields;
        size_t start = 0;
        while (true) {
            size_t tab = line.find('\t', start);
            fields.emplace_back(
                line.substr(start, tab == std::string_view::npos ? tab : tab - start));
            if (tab == std::string_view::npos)
                break;
            start = tab + 1;
        }
        if (fields.size() == 1 && fields.front().find_first_not_of(' ') == std::string::npos)
            continue;
        lexicon.rows_.push_back(std::move(fields));
    }
    return lexicon;
}

Lexicon Lexicon::embedded(std::string_view name) {
    for (const support::EmbeddedLexicon& entry : support::embedded_lexicons())
        if (entry.name == name)
            return parse(entry.text);
    return {};
}

std::vector<std::string_view> embedded_lexicon_names() {
    std::vector<std::string_view> names;
    for (const support::EmbeddedLexicon& entry : support::embedded_lexicons())
        names.push_back(entry.name);
    return names;
}

} // namespace whosaid

#include "indirect_verb_lexicon.h"

#include "whosaid/lexicon.h"
#include "whosaid/unicode_text.h"
#include "word_tokenizer.h"

#include <string>
#include <unordered_map>

namespace whosaid::quotes {

IndirectVerbLexicon::IndirectVerbLexicon(std::string_view language,
                                         const SpeechCueLexicon& speech) {
    const std::string lang = language == "en" ? "en" : "fr";
    std::unordered_map<std::string, ReportUse> by_lemma;
    const Lexicon file = Lexicon::embedded(lang + "/indirect_verbs");
    int32_t negated_index = 0;
    for (const auto& row : file.rows()) {
        if (row.size() < 2)
            continue;
        if (row[1] == "negated") {
            if (row.size() < 3)
                continue;
            size_t start = 0;
            while (start <= row[2].size()) {
                const size_t bar = std::min(row[2].find('|', start), row[2].size());
                if (bar > start)
                    negated_only_.add(
                        WordTokenizer::fold_phrase(to_utf16(row[2].substr(start, bar - start))),
                        negated_index);
                start = bar + 1;
            }
            ++negated_index;
            continue;
        }
        by_lemma[row[0]] = row[1] == "bare" ? ReportUse::Bare : ReportUse::Reports;
    }
    uses_.assign(speech.verb_count(), ReportUse::None);
    lemmas_.resize(speech.verb_count());
    for (size_t i = 0; i < uses_.size(); ++i) {
        const SpeechVerb& verb = speech.verb(static_cast<int32_t>(i));
        auto found = by_lemma.find(verb.lemma);
        if (found == by_lemma.end() || verb.type == CueType::Preposition)
            continue;
        uses_[i] = found->second;
        lemmas_[i] = WordTokenizer::fold_phrase(to_utf16(verb.lemma));
    }
}

bool IndirectVerbLexicon::infinitive(int32_t speech_entry, const std::vector<Token>& tokens,
                                     size_t first, size_t end) const {
    if (speech_entry < 0 || static_cast<size_t>(speech_entry) >= lemmas_.size())
        return false;
    const auto& lemma = lemmas_[static_cast<size_t>(speech_entry)];
    if (lemma.empty() || end - first != lemma.size())
        return false;
    for (size_t k = 0; k < lemma.size(); ++k)
        if (tokens[first + k].folded != lemma[k])
            return false;
    return true;
}

} // namespace whosaid::quotes

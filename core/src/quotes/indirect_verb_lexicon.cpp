#include "quotes/indirect_verb_lexicon.h"

#include "quotes/word_tokenizer.h"
#include "whosaid/lexicon.h"
#include "whosaid/unicode_text.h"

#include <string>
#include <unordered_map>

namespace whosaid::quotes {

namespace {

std::vector<std::string_view> split_bar(std::string_view field) {
    std::vector<std::string_view> out;
    for (size_t start = 0; start <= field.size();) {
        const size_t bar = std::min(field.find('|', start), field.size());
        if (bar > start)
            out.push_back(field.substr(start, bar - start));
        start = bar + 1;
    }
    return out;
}

} // namespace

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
            for (std::string_view form : split_bar(row[2])) {
                auto folded = WordTokenizer::fold_phrase(to_utf16(form));
                add_form_words(folded);
                negated_only_.add(folded, negated_index);
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
    // The forms themselves are only in the speech verb file: read the rows of the lemmas kept.
    const Lexicon speech_file = Lexicon::embedded(lang + "/speech_verbs");
    for (const auto& row : speech_file.rows())
        if (row.size() >= 3 && by_lemma.count(row[0]) != 0)
            for (std::string_view form : split_bar(row[1]))
                add_form_words(WordTokenizer::fold_phrase(to_utf16(form)));
    // Auxiliaries, pronouns and prepositions of the forms ("s'est", "said in a statement")
    // are everywhere in a text: they would select every paragraph.
    for (auto it = form_words_.begin(); it != form_words_.end();)
        if (speech.is_auxiliary(*it) || speech.is_determiner(*it) || speech.is_preposition(*it) ||
            *it == u"se")
            it = form_words_.erase(it);
        else
            ++it;
    for (const std::u16string& word : form_words_) {
        const size_t key = filter_key(word.front(), word.back(), word.size());
        form_filter_[key / 64] |= uint64_t{1} << (key % 64);
    }
}

void IndirectVerbLexicon::add_form_words(const std::vector<std::u16string>& folded) {
    // Apostrophes, hyphens and one-letter clitics ("s'est") say nothing of the verb.
    for (const std::u16string& word : folded)
        if (word.size() > 1)
            form_words_.insert(word);
}

bool IndirectVerbLexicon::infinitive(int32_t speech_entry, const TokenList& tokens, size_t first,
                                     size_t end) const {
    if (speech_entry < 0 || static_cast<size_t>(speech_entry) >= lemmas_.size())
        return false;
    const auto& lemma = lemmas_[static_cast<size_t>(speech_entry)];
    if (lemma.empty() || end - first != lemma.size())
        return false;
    for (size_t k = 0; k < lemma.size(); ++k)
        if (tokens[first + k].folded() != lemma[k])
            return false;
    return true;
}

} // namespace whosaid::quotes

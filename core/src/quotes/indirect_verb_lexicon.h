#pragma once

#include "quotes/phrase_trie.h"
#include "quotes/speech_cue_lexicon.h"
#include "quotes/word_tokenizer.h"
#include "support/key_hash.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::quotes {

// How a speech verb may introduce reported speech without quotation marks.
enum class ReportUse {
    None,    // not a verb of reported claims (penser, demander, deny…)
    Reports, // "X a affirmé que …", "X stated that …"
    Bare,    // reports, and may drop "that" in English: "X said the talks would resume"
};

// The verbs whose "que"/"that" clause is the speaker's claim (lexicon indirect_verbs.tsv),
// mapped onto the speech verbs of a SpeechCueLexicon, plus the few verbs that report a claim
// only when negated ("n'a pas exclu que", "did not rule out that"), with their own forms.
class IndirectVerbLexicon {
public:
    // Builds the tables once for language ("fr" or "en") from the embedded lexicon.
    IndirectVerbLexicon(std::string_view language, const SpeechCueLexicon& speech);

    // How the speech verb entry (an index of SpeechCueLexicon::verb) reports speech.
    ReportUse use(int32_t speech_entry) const {
        return speech_entry >= 0 && static_cast<size_t>(speech_entry) < uses_.size()
                   ? uses_[static_cast<size_t>(speech_entry)]
                   : ReportUse::None;
    }
    // Forms of the verbs that report a claim only under negation.
    const PhraseTrie& negated_only() const { return negated_only_; }
    // Whether tokens [first, end) spell the infinitive of the speech verb entry ("affirmer",
    // "faire valoir"): an infinitive reports nothing yet ("doit annoncer que").
    bool infinitive(int32_t speech_entry, const TokenList& tokens, size_t first, size_t end) const;
    // Whether a folded word belongs to a form of a reporting verb ("affirme", "said",
    // "felicite", "exclu"): the cheap test that decides which paragraphs get read.
    bool is_form_word(std::u16string_view folded) const {
        return !folded.empty() && may_be_form_word(folded.front(), folded.back(), folded.size()) &&
               form_words_.find(folded) != form_words_.end();
    }
    // False when no form word of size units starts with the folded unit front and ends with
    // back: most words of a text are no form word, and a bit answers for them.
    bool may_be_form_word(char16_t front, char16_t back, size_t size) const {
        return test_bit(form_filter_, filter_key(front, back, size));
    }

private:
    void add_form_words(const std::vector<std::u16string>& folded);
    static size_t filter_key(char16_t front, char16_t back, size_t size) {
        return (front * 0x9E37u ^ back * 0x85EBu ^ size * 0xC2B5u) & 0xFFFFu;
    }
    static bool test_bit(const std::vector<uint64_t>& bits, size_t key) {
        return (bits[key / 64] >> (key % 64) & 1) != 0;
    }

    std::vector<ReportUse> uses_;                     // by speech verb entry
    std::vector<std::vector<std::u16string>> lemmas_; // folded, by speech verb entry
    support::KeySet form_words_;
    std::vector<uint64_t> form_filter_ = std::vector<uint64_t>(1024); // 65,536 bits by key
    PhraseTrie negated_only_;
};

} // namespace whosaid::quotes

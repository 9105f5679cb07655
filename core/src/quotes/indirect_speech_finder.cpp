#include "quotes/indirect_speech_finder.h"

#include "quotes/token_tests.h"
#include "whosaid/attribution_rule.h"

#include <algorithm>
#include <initializer_list>
#include <unordered_map>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxSubjectDistance = 40; // tokens from a subject to its verb
constexpr size_t kMaxBareSubject = 8;      // "said the new rules would …": the verb comes early

// English verbs that may drop "that", tested on every token of an English sentence.
bool bare_verb(std::u16string_view w) {
    static const support::KeySet kBare = {u"said",   u"says",   u"told",     u"tells",
                                          u"added",  u"adds",   u"warned",   u"warns",
                                          u"argued", u"argues", u"insisted", u"insists"};
    return w.size() >= 4 && w.size() <= 8 && kBare.count(w) != 0;
}

bool english_finite(std::u16string_view w) {
    return one_of(w,
                  {u"would", u"will", u"was", u"were", u"is", u"are", u"had", u"has", u"have",
                   u"could", u"should", u"can", u"may", u"might", u"must", u"did", u"does", u"do"});
}

} // namespace

bool IndirectSpeechFinder::settle(const SpeakerPhrase& phrase, Found& found) {
    if (!clause_.headed_description(phrase))
        return false;
    if (sieve_.settle(phrase, found.attribution))
        return true;
    // "Le Monde a révélé que …": a medium is the speaker when it is the subject.
    const Attribution& a = found.attribution;
    if (a.source_speaker < 0 || phrase.kind != SpeakerPhrase::Kind::Entity)
        return false;
    Speaker speaker;
    speaker.entity = view_.doc().entities[static_cast<size_t>(a.source_speaker)].id;
    speaker.mention = a.source_speaker_mention;
    found.attribution.speaker = speaker;
    found.attribution.speaker_entity = a.source_speaker;
    found.confidence -= 0.2;
    return true;
}

bool IndirectSpeechFinder::settle_subject(const CueMatch& cue, size_t first, Found& found) {
    if (cue.pronoun) {
        SpeakerPhrase pronoun = pronoun_of_cue(cue, view_);
        pronoun.end = cue.end;
        return settle(pronoun, found);
    }
    // The subject stands within a bounded distance before its verb.
    const size_t clause =
        std::max(first, cue.first > kMaxSubjectDistance ? cue.first - kMaxSubjectDistance : 0);
    auto subject = phrases_.before(cue.first, clause);
    return subject && clause_.subject_adjacent(subject->end, cue.first) && settle(*subject, found);
}

std::optional<IndirectSpeechFinder::Found> IndirectSpeechFinder::que_clause(size_t k, size_t first,
                                                                            size_t end) {
    auto cue = reporting_.before_complementizer(k, first);
    if (!cue)
        return std::nullopt;
    size_t start = view_.token(k).folded() == u"qu" ? k + 2 : k + 1;
    if (start >= end)
        return std::nullopt;
    if (!lexicon_.french()) {
        const std::u16string_view next = view_.token(start).folded();
        // "said that would be a mistake": "that" is the clause's subject.
        if (english_finite(next)) {
            if (cue->end != k)
                return std::nullopt; // "told the people that had …": a relative clause
            start = k;
        }
        // "said that day": a demonstrative, no clause.
        if (one_of(next, {u"day", u"week", u"month", u"year", u"morning", u"afternoon", u"evening",
                          u"night", u"time", u"point"}))
            return std::nullopt;
    }
    Found found;
    found.clause_first = start;
    found.clause_end = clause_.bound(start, end);
    found.cue = *cue;
    found.rule = lexicon_.french() ? rule::indirect_que : rule::indirect_said_that;
    found.confidence = 0.8;
    if (!clause_.acceptable(found.clause_first, found.clause_end) ||
        !settle_subject(*cue, first, found))
        return std::nullopt;
    return found;
}

std::optional<IndirectSpeechFinder::Found>
IndirectSpeechFinder::bare_said(size_t verb, size_t first, size_t end) {
    auto cue = reporting_.with_verb_at(verb, first, end);
    if (!cue || reporting_.use(*cue) != ReportUse::Bare)
        return std::nullopt;
    size_t j = cue->end;
    if (lexicon_.verb(cue->entry).lemma == "tell") {
        // "told Reuters", "told reporters": the person told comes first.
        const IndexedMention* told =
            j < end ? view_.mention_starting(view_.token(j).span.start) : nullptr;
        if (told)
            j = view_.token_from(told->span.end);
        else if (j < end && one_of(view_.token(j).folded(), {u"reporters", u"journalists", u"him",
                                                             u"her", u"them", u"us", u"me"}))
            ++j;
        else
            return std::nullopt;
    }
    for (size_t skipped = 0; j < end && skipped < 3; ++skipped, ++j)
        if (!one_of(view_.token(j).folded(),
                    {u"on", u"monday", u"tuesday", u"wednesday", u"thursday", u"friday",
                     u"saturday", u"sunday", u"yesterday", u"today", u"also", u"earlier"}))
            break;
    if (j >= end || !view_.token(j).word)
        return std::nullopt;
    Gender gender;
    bool plural;
    const Token& lead = view_.token(j);
    if (!lead.capitalized && !lead.is(WordClass::kDeterminer) &&
        !lexicon_.subject_pronoun(lead.folded(), gender, plural) &&
        !one_of(lead.folded(), {u"it", u"there", u"i", u"this", u"these", u"those", u"no"}))
        return std::nullopt;
    // A finite verb soon after, before any punctuation: the words are a clause.
    bool finite = false;
    for (size_t k = j + 1; k < end && k <= j + kMaxBareSubject && !finite; ++k) {
        const Token& t = view_.token(k);
        if (!t.word && !is_punct(t, u"'") && !is_punct(t, u"-"))
            break;
        finite = english_finite(t.folded());
    }
    if (!finite)
        return std::nullopt;
    Found found;
    found.clause_first = j;
    found.clause_end = clause_.bound(j, end);
    found.cue = *cue;
    found.rule = rule::indirect_said;
    found.confidence = 0.7;
    if (!clause_.acceptable(found.clause_first, found.clause_end) ||
        !settle_subject(*cue, first, found))
        return std::nullopt;
    return found;
}

std::optional<IndirectSpeechFinder::Found> IndirectSpeechFinder::according_first(size_t first,
                                                                                 size_t end) {
    auto cue = clause_.according_at(first, end);
    if (!cue)
        return std::nullopt;
    auto object = phrases_.object_at(cue->end, end);
    if (!object || object->end >= end || !is_punct(view_.token(object->end), u","))
        return std::nullopt;
    const size_t start = object->end + 1;
    if (start >= end || one_of(view_.token(start).folded(), {u"qui", u"who", u"which", u"dont"}))
        return std::nullopt;
    return according(start, clause_.bound(start, end), *cue, *object);
}

std::optional<IndirectSpeechFinder::Found> IndirectSpeechFinder::according_last(size_t first,
                                                                                size_t end) {
    // "CLAUSE, selon X.": the last comma of the sentence opens the attribution.
    size_t comma = end;
    while (comma > first && !is_punct(view_.token(comma - 1), u","))
        --comma;
    if (comma <= first + 1)
        return std::nullopt;
    const size_t at = comma; // token after the comma
    auto cue = clause_.according_at(at, end);
    if (!cue || clause_.according_at(first, end))
        return std::nullopt;
    auto object = phrases_.object_at(cue->end, end);
    if (!object || !clause_.only_trailer(object->end, end))
        return std::nullopt;
    return according(first, comma - 1, *cue, *object);
}

std::optional<IndirectSpeechFinder::Found>
IndirectSpeechFinder::according(size_t clause_first, size_t clause_end, const CueMatch& cue,
                                const SpeakerPhrase& object) {
    Found found;
    found.clause_first = clause_first;
    found.clause_end = clause_end;
    found.cue = cue;
    found.rule = lexicon_.french() ? rule::indirect_selon : rule::indirect_according_to;
    found.confidence = 0.75;
    // A medium alone is a source, never the speaker here: settle keeps it aside.
    if (!clause_.acceptable(found.clause_first, found.clause_end) ||
        !clause_.headed_description(object) || !sieve_.settle(object, found.attribution))
        return std::nullopt;
    return found;
}

std::optional<IndirectSpeechFinder::Found> IndirectSpeechFinder::inverted(size_t first,
                                                                          size_t end) {
    size_t comma = end;
    while (comma > first && !is_punct(view_.token(comma - 1), u","))
        --comma;
    if (comma <= first + 1 || comma >= end || view_.quote_of(comma) >= 0)
        return std::nullopt;
    Found found;
    found.clause_first = first;
    found.clause_end = comma - 1;
    found.rule = rule::indirect_inverted;
    found.confidence = 0.75;
    if (!clause_.acceptable(found.clause_first, found.clause_end))
        return std::nullopt;
    // "…, a-t-il affirmé", "…, a affirmé le ministre", "…, said the minister".
    if (auto cue = reporting_.at(comma, first, end)) {
        found.cue = *cue;
        if (cue->pronoun)
            return clause_.only_trailer(cue->end, end) && settle_subject(*cue, first, found)
                       ? std::optional<Found>(found)
                       : std::nullopt;
        auto subject = phrases_.after(cue->end, end);
        if (subject && subject->end >= cue->end && clause_.only_trailer(subject->end, end) &&
            settle(*subject, found))
            return found;
        return std::nullopt;
    }
    // "…, the minister said", "…, he added".
    auto subject = phrases_.starting_at(comma, end);
    if (!subject || subject->end >= end)
        return std::nullopt;
    auto cue = reporting_.at(subject->end, first, end);
    if (!cue || cue->pronoun || !clause_.only_trailer(cue->end, end))
        return std::nullopt;
    found.cue = *cue;
    return settle(*subject, found) ? std::optional<Found>(found) : std::nullopt;
}

std::optional<IndirectSpeechFinder::Found> IndirectSpeechFinder::sentence(size_t first,
                                                                          size_t last) {
    size_t end = last;
    while (end > first && !view_.token(end - 1).word) {
        if (is_punct(view_.token(end - 1), u"?"))
            return std::nullopt;
        --end;
    }
    if (end <= first)
        return std::nullopt;
    const bool french = lexicon_.french();
    // One pass for the question mark and the first token a clause rule may start at: "que",
    // "qu'" and "that" are words the lexicon calls complementizers, English bare verbs have
    // 4 to 8 letters.
    size_t from = end;
    for (size_t k = first; k < end; ++k) {
        if (view_.quote_of(k) >= 0)
            continue;
        const Token& t = view_.token(k);
        if (is_punct(t, u"?"))
            return std::nullopt;
        if (from == end && k > first && t.word &&
            (t.is(WordClass::kComplementizer) ||
             (!french && t.span.length() >= 4 && t.span.length() <= 8)))
            from = k;
    }
    for (size_t k = from; k < end; ++k) {
        if (view_.quote_of(k) >= 0)
            continue;
        const std::u16string_view w = view_.token(k).folded();
        // "que", "qu'" and "that" are complementizers of the lexicon: the bit spares the
        // comparisons for every other word.
        const bool complementizer = view_.token(k).is(WordClass::kComplementizer) &&
                                    (french ? w == u"que" || (w == u"qu" && k + 1 < end &&
                                                              is_punct(view_.token(k + 1), u"'"))
                                            : w == u"that");
        if (complementizer)
            if (auto found = que_clause(k, first, end))
                return found;
        if (!french && bare_verb(w))
            if (auto found = bare_said(k, first, end))
                return found;
    }
    if (auto found = according_first(first, end))
        return found;
    if (auto found = according_last(first, end))
        return found;
    return inverted(first, end);
}

Quote IndirectSpeechFinder::build(const Found& found, size_t first, size_t last) const {
    Quote quote;
    quote.kind = QuoteKind::Indirect;
    quote.span = {view_.token(found.clause_first).span.start,
                  view_.token(found.clause_end - 1).span.end};
    quote.marks = quote.span;
    quote.speaker = found.attribution.speaker;
    quote.cue =
        Span{view_.token(found.cue.first).span.start, view_.token(found.cue.end - 1).span.end};
    quote.rule = std::string(lexicon_.french() ? "fr." : "en.") + std::string(found.rule);
    quote.confidence = found.confidence;
    const std::string& speaker = quote.speaker ? quote.speaker->entity : std::string();
    for (QuoteSource& source : sources_.find(first, last, true))
        if (source.entity != speaker)
            quote.sources.push_back(std::move(source));
    if (found.cue.entry >= 0 && !found.cue.preposition) {
        // "a tweeté que": the verb names its network.
        const std::u16string& medium = lexicon_.verb(found.cue.entry).medium;
        if (!medium.empty()) {
            const int32_t entity = linker_.media(medium, *quote.cue, false);
            const std::string& id = view_.doc().entities[static_cast<size_t>(entity)].id;
            if (std::none_of(quote.sources.begin(), quote.sources.end(),
                             [&](const QuoteSource& s) { return s.entity == id; }))
                quote.sources.push_back({id, *quote.cue});
        }
    }
    return quote;
}

std::vector<Quote> IndirectSpeechFinder::find(const std::vector<int>& paragraphs) {
    std::vector<Quote> out;
    const Document& doc = view_.doc();
    for (int p : paragraphs) {
        const Span paragraph = doc.paragraphs[static_cast<size_t>(p)];
        const size_t paragraph_end = view_.token_from(paragraph.end);
        size_t next = view_.token_from(paragraph.start);
        int s = doc.sentences.empty() ? -1 : std::max(0, view_.sentence_at(paragraph.start));
        while (next < paragraph_end) {
            // Sentences are clipped to the paragraph; with none, the paragraph is one.
            size_t last = paragraph_end;
            while (s >= 0 && static_cast<size_t>(s) < doc.sentences.size() &&
                   doc.sentences[static_cast<size_t>(s)].end <= view_.token(next).span.start)
                ++s;
            if (s >= 0 && static_cast<size_t>(s) < doc.sentences.size())
                last = std::clamp(view_.token_from(doc.sentences[static_cast<size_t>(s)].end),
                                  next + 1, paragraph_end);
            if (auto found = sentence(next, last))
                out.push_back(build(*found, next, last));
            next = last;
        }
    }
    return out;
}

void IndirectSpeechFinder::merge(std::vector<Quote>& quotes, std::vector<Quote> reported) {
    if (reported.empty())
        return;
    std::vector<Quote> all;
    all.reserve(quotes.size() + reported.size());
    std::merge(std::make_move_iterator(quotes.begin()), std::make_move_iterator(quotes.end()),
               std::make_move_iterator(reported.begin()), std::make_move_iterator(reported.end()),
               std::back_inserter(all),
               [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
    std::unordered_map<std::string, std::string> renamed;
    for (size_t i = 0; i < all.size(); ++i) {
        std::string id = "q" + std::to_string(i + 1);
        if (!all[i].id.empty())
            renamed[all[i].id] = id;
        all[i].id = std::move(id);
    }
    for (Quote& quote : all) {
        auto found = renamed.find(quote.group);
        quote.group =
            quote.kind == QuoteKind::Indirect || found == renamed.end() ? quote.id : found->second;
    }
    quotes = std::move(all);
}

} // namespace whosaid::quotes

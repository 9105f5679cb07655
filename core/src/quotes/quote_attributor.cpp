#include "whosaid/quote_attributor.h"

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/floor_carrier.h"
#include "quotes/indirect_speech_finder.h"
#include "quotes/pronoun_resolver.h"
#include "quotes/quote_finder.h"
#include "quotes/quote_mark_scanner.h"
#include "quotes/relative_speaker_link.h"
#include "quotes/reported_speech_prefilter.h"
#include "quotes/source_finder.h"
#include "quotes/speaker_confidence.h"
#include "quotes/speaker_linker.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_sieve.h"
#include "quotes/speech_cue_lexicon.h"
#include "quotes/word_tokenizer.h"
#include "support/large_block.h"
#include "whosaid/attribution_rule.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>

namespace whosaid {

using namespace quotes;

namespace {

// Everything decided about one quotation while the passes run.
struct Working {
    QuoteCandidate candidate;
    Attribution attribution;
    bool keep = true;
    bool claimed = false; // attributed before the clause-subject pass: speech, not scare quotes
};

bool attributed(const Working& w) {
    return w.attribution.speaker.has_value();
}

// Copies the speaker of from onto to, under a later-pass rule.
void inherit(Working& to, const Working& from, std::string_view rule, double confidence) {
    to.attribution.speaker = from.attribution.speaker;
    to.attribution.speaker_entity = from.attribution.speaker_entity;
    to.attribution.rule = rule;
    to.attribution.confidence = confidence;
}

// Whether the paragraph holds nothing but this quotation (and punctuation).
bool alone_in_paragraph(const DocumentView& view, const QuoteCandidate& quote) {
    const Span paragraph = view.doc().paragraphs[static_cast<size_t>(quote.range.paragraph)];
    for (size_t k = view.token_from(paragraph.start);
         k < view.size() && view.token(k).span.start < paragraph.end; ++k)
        if (view.token(k).word && view.quote_of(k) < 0)
            return false;
    return true;
}

// Whether the quotation opens its sentence: no word before its mark in the sentence.
bool opens_sentence(const DocumentView& view, const QuoteCandidate& quote) {
    for (size_t k = quote.sentence_first; k < quote.open; ++k)
        if (view.token(k).word)
            return false;
    return true;
}

// Whether the quotation ends a sentence of the text: its words end with . ! ? … and a
// capitalized word follows the closing mark.
bool closes_sentence(const DocumentView& view, const QuoteCandidate& quote) {
    const std::u16string_view inner = view.doc().slice(quote.range.inner);
    return !inner.empty() &&
           (inner.back() == u'.' || inner.back() == u'!' || inner.back() == u'?' ||
            inner.back() == u'\u2026') &&
           quote.close < view.size() && view.token(quote.close).capitalized;
}

bool ends_with_colon(const Document& doc, int paragraph) {
    const Span span = doc.paragraphs[static_cast<size_t>(paragraph)];
    int32_t end = std::min(span.end, static_cast<int32_t>(doc.text.size()));
    while (end > span.start && WordTokenizer::is_space(doc.text[static_cast<size_t>(end - 1)]))
        --end;
    return end > span.start && doc.text[static_cast<size_t>(end - 1)] == u':';
}

// The speaker a medium cites ("selon le quotidien X, qui cite un proche du dossier"): a
// person or organization mentioned in the cited phrase, else the phrase as an anonymous
// description. Each sentence is read once, however many quotations it holds.
class CitedSpeakers {
public:
    CitedSpeakers(const DocumentView& view, const SourceFinder& sources)
        : view_(view), sources_(sources) {}

    // Attributes w to the speaker its sentence's medium cites; leaves it alone when none.
    void attribute(Working& w) {
        const size_t first = w.candidate.sentence_first;
        if (first != sentence_) {
            sentence_ = first;
            phrase_ = sources_.cited_speaker(first, w.candidate.sentence_last);
        }
        if (!phrase_ || phrase_->first >= phrase_->second)
            return;
        const Span phrase{view_.token(phrase_->first).span.start,
                          view_.token(phrase_->second - 1).span.end};
        Speaker speaker;
        speaker.mention = phrase;
        for (const IndexedMention& m : view_.mentions_in(phrase.start, phrase.end)) {
            const Entity& entity = view_.doc().entities[static_cast<size_t>(m.entity)];
            if (m.span.end <= phrase.end &&
                (entity.kind == EntityKind::Person || entity.kind == EntityKind::Organization)) {
                speaker.entity = entity.id;
                speaker.mention = m.span;
                w.attribution.speaker_entity = m.entity;
                break;
            }
        }
        if (speaker.entity.empty()) {
            speaker.anonymous = true;
            speaker.description = std::u16string(view_.doc().slice(phrase));
        }
        w.attribution.speaker = speaker;
        w.attribution.rule = rule::cited_by_source;
        w.attribution.confidence = 0.6;
    }

private:
    const DocumentView& view_;
    const SourceFinder& sources_;
    size_t sentence_ = SIZE_MAX;
    std::optional<std::pair<size_t, size_t>> phrase_;
};

// Whether the marks of quotation i lie inside the speaker description of itself or of the
// next quotation (a group named by quoted words).
template <typename Quotes> bool names_speaker(const Quotes& quotes, size_t i) {
    const Span marks = quotes[i].candidate.range.marks;
    for (size_t j = i; j < quotes.size() && j <= i + 1; ++j) {
        const std::optional<Speaker>& speaker = quotes[j].attribution.speaker;
        if (speaker && speaker->entity.empty() && speaker->mention &&
            speaker->mention->contains(marks) && quotes[j].attribution.speaker_entity < 0)
            return true;
    }
    return false;
}

} // namespace

struct QuoteAttributor::Impl {
    explicit Impl(std::string_view language)
        : language(language == "en" ? "en" : "fr"), lexicon(language),
          indirect_verbs(language, lexicon) {}

    std::string language;
    SpeechCueLexicon lexicon;
    IndirectVerbLexicon indirect_verbs;
    SpeakerConfidence confidence;

    void run(Document& doc) const;
};

void QuoteAttributor::Impl::run(Document& doc) const {
    doc.quotes.clear();
    if (doc.paragraphs.empty() || doc.text.empty())
        return;
    const std::vector<QuotedRange> ranges = QuoteMarkScanner::scan(doc.text, doc.paragraphs);
    // Rules read the paragraphs holding quotations, and a paragraph before one when it
    // ends with ":" to announce it.
    std::vector<int> paragraphs;
    for (const QuotedRange& range : ranges)
        for (int p = std::max(0, range.paragraph - 1); p <= range.paragraph; ++p)
            if ((paragraphs.empty() || paragraphs.back() < p) &&
                (p == range.paragraph || ends_with_colon(doc, p)))
                paragraphs.push_back(p);
    // Paragraphs that may hold reported speech: those tokenized anyway are judged from
    // their tokens once the view is built, the others from their text.
    const ReportedSpeechPrefilter prefilter(indirect_verbs, lexicon.french());
    const std::vector<int> reported_elsewhere = prefilter.paragraphs(doc, paragraphs);
    if (ranges.empty() && reported_elsewhere.empty())
        return;
    std::vector<int> read;
    std::set_union(paragraphs.begin(), paragraphs.end(), reported_elsewhere.begin(),
                   reported_elsewhere.end(), std::back_inserter(read));
    DocumentView view(doc, read, lexicon);
    const std::vector<int> reported_here = prefilter.tokenized(view, paragraphs);
    std::vector<int> reported;
    std::set_union(reported_here.begin(), reported_here.end(), reported_elsewhere.begin(),
                   reported_elsewhere.end(), std::back_inserter(reported));
    SpeakerLinker linker(view, lexicon);
    CueFinder cues(lexicon);
    SpeakerPhraseFinder phrases(view, lexicon, linker, cues);
    PronounResolver pronouns(view, linker);
    SpeakerSieve sieve(view, cues, phrases, pronouns, linker);
    SourceFinder sources(view, lexicon, linker);
    QuoteFinder finder(view, lexicon);

    std::vector<Working, support::LargeArrayAllocator<Working>> quotes;
    quotes.reserve(ranges.size());
    for (QuoteCandidate& candidate : finder.find(ranges)) {
        view.mark_quote(candidate.range.marks, static_cast<int32_t>(quotes.size()));
        quotes.push_back({candidate, {}, true});
    }

    // Pass 1: the rules that read the quotation's own sentence.
    const RelativeSpeakerLink relatives(view, linker);
    for (Working& w : quotes) {
        w.attribution = sieve.attribute(w.candidate);
        relatives.relink(w.candidate, w.attribution);
    }

    // Pass 2: quotations of one sentence share the attribution one of them got: the next
    // quotation attributed by pass 1, else the nearest attributed one before. Both are
    // found by sweeps, so a sentence of a million quotations stays linear.
    std::vector<size_t> next_attributed(quotes.size(), quotes.size());
    for (size_t i = quotes.size(); i-- > 1;)
        next_attributed[i - 1] = attributed(quotes[i]) ? i : next_attributed[i];
    size_t previous_attributed = quotes.size();
    for (size_t i = 0; i < quotes.size(); ++i) {
        const size_t sentence = quotes[i].candidate.sentence_first;
        if (!attributed(quotes[i]) && !quotes[i].attribution.negated) {
            const Working* best = nullptr;
            const size_t next = next_attributed[i];
            // «Enfin.» Puis … «…», a dit X: a quotation that ends its sentence does not take
            // the speaker of one after it.
            if (next < quotes.size() && quotes[next].candidate.sentence_first == sentence &&
                !closes_sentence(view, quotes[i].candidate))
                best = &quotes[next];
            else if (previous_attributed < quotes.size() &&
                     quotes[previous_attributed].candidate.sentence_first == sentence)
                best = &quotes[previous_attributed];
            if (best) {
                inherit(quotes[i], *best, rule::same_sentence, 0.7);
                if (!quotes[i].attribution.cue)
                    quotes[i].attribution.cue = best->attribution.cue;
            }
        }
        if (attributed(quotes[i]))
            previous_attributed = i;
    }

    // Pass 3: pieces of a multi-paragraph quotation share their speaker.
    for (size_t i = 0; i < quotes.size(); ++i) {
        size_t end = i + 1;
        while (end < quotes.size() && quotes[end].candidate.range.continues_previous)
            ++end;
        const Working* speaker = nullptr;
        for (size_t j = i; j < end && !speaker; ++j)
            if (attributed(quotes[j]))
                speaker = &quotes[j];
        for (size_t j = i; speaker && j < end; ++j)
            if (!attributed(quotes[j]))
                inherit(quotes[j], *speaker, rule::multi_paragraph, 0.8);
        i = end - 1;
    }

    // Pass 4: an unattributed quotation continues the speaker of the quotation before it in
    // its paragraph; alone in its paragraph, it takes the speaker a previous paragraph ending
    // with ":" announces, or continues the previous paragraph's quotation.
    for (size_t i = 0; i < quotes.size(); ++i) {
        Working& w = quotes[i];
        if (attributed(w) || w.attribution.negated)
            continue;
        const int paragraph = w.candidate.range.paragraph;
        const bool previous_here = i > 0 && attributed(quotes[i - 1]) &&
                                   quotes[i - 1].candidate.range.paragraph == paragraph;
        if (previous_here && !w.attribution.cue) {
            inherit(w, quotes[i - 1], rule::continuation, 0.6);
            continue;
        }
        if (paragraph <= 0 || !alone_in_paragraph(view, w.candidate))
            continue;
        const Span previous = doc.paragraphs[static_cast<size_t>(paragraph - 1)];
        const size_t first = view.token_from(previous.start);
        const size_t last = view.token_from(previous.end);
        if (last > first && view.token(last - 1).folded() == u":") {
            if (const CueMatch* cue = sieve.last_cue(first, last)) {
                const int sentence = view.sentence_at(view.token(cue->first).span.start);
                const size_t clause =
                    sentence >= 0
                        ? std::max(first, view.token_from(
                                              doc.sentences[static_cast<size_t>(sentence)].start))
                        : first;
                auto subject = phrases.before(cue->first, clause);
                if (subject && sieve.settle(*subject, w.attribution)) {
                    w.attribution.cue = *cue;
                    w.attribution.rule = rule::previous_paragraph;
                    w.attribution.confidence = 0.7;
                    continue;
                }
            }
        }
        if (i > 0 && attributed(quotes[i - 1]) &&
            quotes[i - 1].candidate.range.paragraph == paragraph - 1)
            inherit(w, quotes[i - 1], rule::continuation, 0.6);
    }
    // Pass 5: a quotation inside a narrative clause with no speech verb for it belongs to
    // the clause's subject; a new subject also takes the floor from a continued speaker
    // ("«…», a dit X. Y a jugé la décision «hâtive»."). Continued quotations stay claimed as
    // speech; a clause subject alone does not make scare quotes speech.
    for (Working& w : quotes) {
        w.claimed = attributed(w);
        const bool inherited = w.attribution.rule == rule::continuation;
        if ((attributed(w) && !inherited) || w.attribution.negated ||
            w.candidate.range.continues_previous || opens_sentence(view, w.candidate))
            continue;
        Attribution own;
        if (sieve.clause_subject(w.candidate, own))
            w.attribution = own;
    }

    // Pass 6: a quotation that opens its sentence with no cue, after a narrative sentence
    // whose speech verb has a subject, is that subject's ("M. X rappelle que le dépôt ferme
    // à midi. «Pensez à vos reçus.»"): the subject holds the floor. Only the sentence right
    // before is read, and at most one quotation opens a sentence: linear.
    for (Working& w : quotes) {
        if (attributed(w) || w.attribution.negated || w.attribution.cue ||
            w.candidate.range.continues_previous || !opens_sentence(view, w.candidate))
            continue;
        const int sentence = view.sentence_at(view.token(w.candidate.open).span.start);
        if (sentence <= 0)
            continue;
        const Span previous = doc.sentences[static_cast<size_t>(sentence - 1)];
        const size_t first = view.token_from(previous.start);
        const size_t last = view.token_from(previous.end);
        if (first >= last || doc.paragraph_at(previous.start) < w.candidate.range.paragraph - 1)
            continue;
        const CueMatch* cue = sieve.last_cue(first, last);
        if (!cue || cue->negated)
            continue;
        std::optional<SpeakerPhrase> subject;
        if (cue->preposition) {
            // "Pour X, la réforme va trop loin. «…»": the one whose view the sentence gives,
            // named by a cue opening it and closed by a comma.
            if (cue->first != first)
                continue;
            subject = phrases.object_at(cue->end, last);
            if (subject && (subject->end >= last || view.token(subject->end).folded() != u","))
                subject.reset();
        } else if (cue->pronoun) {
            SpeakerPhrase pronoun = pronoun_of_cue(*cue, view);
            subject = pronoun;
        } else {
            subject = phrases.before(cue->first, first);
        }
        if (subject && sieve.settle(*subject, w.attribution)) {
            w.attribution.cue = *cue;
            w.attribution.rule = rule::floor;
            w.attribution.confidence = 0.6;
        }
    }

    // Pass 6b: a quotation nothing attributes, that reads as speech and has no cue of its
    // own, continues the speaker of the quotation before it when no one else was named in
    // between ("«…», a dit X. Il est «probable que …»"). One sweep: linear.
    const FloorCarrier carrier(view);
    const Working* floor_quote = nullptr;
    for (Working& w : quotes) {
        if (attributed(w)) {
            floor_quote = &w;
            continue;
        }
        const QuoteCandidate& c = w.candidate;
        if (!floor_quote || w.attribution.negated || w.attribution.cue ||
            c.range.continues_previous ||
            !finder.is_speech(c, false,
                              sieve.last_cue(c.sentence_first, c.sentence_last) != nullptr) ||
            !carrier.carries(floor_quote->candidate, floor_quote->attribution.speaker_entity, c))
            continue;
        inherit(w, *floor_quote, rule::continuation, 0.6);
        floor_quote = &w;
    }

    // Pass 7: "selon le quotidien X, qui cite Y": Y speaks (a person of the article named
    // there, else an anonymous speaker as written); X stays the source.
    CitedSpeakers cited(view, sources);
    for (Working& w : quotes)
        if (!attributed(w))
            cited.attribute(w);

    // Pass 8: a medium named by "selon" speaks only when nobody else does.
    for (Working& w : quotes)
        if (!attributed(w) && w.attribution.source_speaker >= 0) {
            const Entity& media = doc.entities[static_cast<size_t>(w.attribution.source_speaker)];
            Speaker speaker;
            speaker.entity = media.id;
            speaker.mention = w.attribution.source_speaker_mention;
            w.attribution.speaker = speaker;
            w.attribution.speaker_entity = w.attribution.source_speaker;
            w.attribution.rule = rule::source_as_speaker;
            w.attribution.confidence = 0.5;
        }

    doc.quotes.reserve(quotes.size());
    // Kinds, speech filter, sources, ids.
    std::string group;
    for (size_t i = 0; i < quotes.size(); ++i) {
        Working& w = quotes[i];
        const QuoteCandidate& c = w.candidate;
        const CueMatch* cue_near = sieve.last_cue(c.sentence_first, c.open);
        const bool cue_in_sentence = w.attribution.cue.has_value() ||
                                     sieve.last_cue(c.sentence_first, c.sentence_last) != nullptr;
        const bool claimed =
            w.claimed || (attributed(w) && w.attribution.rule != rule::clause_subject);
        // "certains «gilets jaunes» jugent …": quoted words inside the description of their
        // sentence's speaker name the group; nobody says them.
        if (names_speaker(quotes, i) ||
            (!c.range.continues_previous && !finder.is_speech(c, claimed, cue_in_sentence))) {
            w.keep = false;
            continue;
        }
        Quote quote;
        quote.id = "q" + std::to_string(doc.quotes.size() + 1);
        quote.span = c.range.inner;
        quote.marks = c.range.marks;
        quote.kind = finder.kind(c, cue_near && !cue_near->preposition ? cue_near->end : 0);
        if (!c.range.continues_previous || group.empty())
            group = quote.id;
        quote.group = group;
        Attribution& a = w.attribution;
        if (a.speaker && !a.negated) {
            quote.speaker = std::move(a.speaker); // the working copy is not read again
            quote.rule = language + "." + a.rule;
            quote.confidence = a.confidence;
        }
        if (a.cue && !a.negated)
            quote.cue =
                Span{view.token(a.cue->first).span.start, view.token(a.cue->end - 1).span.end};
        // Sources: the attribution clause of the quotation's sentence.
        const size_t last = std::max(c.sentence_last, a.attribution_end);
        const bool speech = a.cue.has_value() || cue_in_sentence;
        quote.sources = sources.find(c.sentence_first, last, speech);
        if (a.cue && !a.cue->preposition) {
            const std::u16string& medium = lexicon.verb(a.cue->entry).medium;
            if (!medium.empty() && quote.cue) {
                const int32_t entity = linker.media(medium, *quote.cue, false);
                const std::string& id = doc.entities[static_cast<size_t>(entity)].id;
                bool seen = false;
                for (const QuoteSource& s : quote.sources)
                    seen = seen || s.entity == id;
                if (!seen)
                    quote.sources.push_back({id, *quote.cue});
            }
        }
        doc.quotes.push_back(std::move(quote));
    }
    SourceFinder::share_in_groups(doc.quotes);

    // Reported speech without quotation marks, once the quotations it must not overlap are
    // known. Its speakers are noted by a pronoun resolver of its own, in text order.
    PronounResolver reported_pronouns(view, linker);
    SpeakerSieve reported_sieve(view, cues, phrases, reported_pronouns, linker);
    const ReportingCueFinder reporting(view, lexicon, indirect_verbs, cues);
    IndirectSpeechFinder indirect(view, lexicon, reporting, cues, phrases, reported_sieve, sources,
                                  linker);
    IndirectSpeechFinder::merge(doc.quotes, indirect.find(reported));
    linker.finish();
    // The contract (docs/json-output.md): a speaker without an actor is one the article does
    // not name, whatever the rules thought of it ("la présidente" that no named person holds,
    // "le ministère"); the reader and the exports show it as an anonymous speaker as written.
    for (Quote& quote : doc.quotes)
        if (quote.speaker && quote.speaker->entity.empty())
            quote.speaker->anonymous = true;
    confidence.score(doc);
}

QuoteAttributor::QuoteAttributor(std::string_view language)
    : impl_(std::make_unique<Impl>(language)) {}
QuoteAttributor::~QuoteAttributor() = default;
QuoteAttributor::QuoteAttributor(QuoteAttributor&&) noexcept = default;
QuoteAttributor& QuoteAttributor::operator=(QuoteAttributor&&) noexcept = default;

void QuoteAttributor::attribute(Document& doc) const {
    impl_->run(doc);
}

} // namespace whosaid

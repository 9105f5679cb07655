#include "whosaid/quote_attributor.h"

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/floor_sweep.h"
#include "quotes/indirect_speech_finder.h"
#include "quotes/pronoun_resolver.h"
#include "quotes/quote_assembler.h"
#include "quotes/quote_finder.h"
#include "quotes/quote_mark_scanner.h"
#include "quotes/relative_speaker_link.h"
#include "quotes/reported_speech_prefilter.h"
#include "quotes/reporter_floor.h"
#include "quotes/source_finder.h"
#include "quotes/source_speakers.h"
#include "quotes/speaker_confidence.h"
#include "quotes/speaker_linker.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_sharing.h"
#include "quotes/speaker_sieve.h"
#include "quotes/speech_cue_lexicon.h"
#include "quotes/word_tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

namespace whosaid {

using namespace quotes;

namespace {

// Whether the paragraph ends with ":", announcing the quotation of the next one.
bool ends_with_colon(const Document& doc, int paragraph) {
    const Span span = doc.paragraphs[static_cast<size_t>(paragraph)];
    int32_t end = std::min(span.end, static_cast<int32_t>(doc.text.size()));
    while (end > span.start && WordTokenizer::is_space(doc.text[static_cast<size_t>(end - 1)]))
        --end;
    return end > span.start && doc.text[static_cast<size_t>(end - 1)] == u':';
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

    WorkingQuotes quotes;
    quotes.reserve(ranges.size());
    for (QuoteCandidate& candidate : finder.find(ranges)) {
        view.mark_quote(candidate.range.marks, static_cast<int32_t>(quotes.size()));
        quotes.push_back({candidate, {}});
    }

    // The rules that read the quotation's own sentence (after a narrative sentence before it
    // gave its reporter the floor; a relative "who" standing for the actor before it), then
    // passes in which a speaker found spreads to the quotations around it; each later pass
    // touches only quotations the earlier ones left without a speaker, so their order is
    // their priority.
    ReporterFloor reporters(view, sieve, phrases);
    const RelativeSpeakerLink relatives(view, linker);
    for (WorkingQuote& w : quotes) {
        reporters.note_before(w.candidate);
        w.attribution = sieve.attribute(w.candidate);
        relatives.relink(w.candidate, w.attribution);
    }
    const SpeakerSharing sharing(view, sieve, phrases);
    sharing.within_sentence(quotes);
    sharing.across_pieces(quotes);
    sharing.across_paragraphs(quotes);
    const FloorSweep floor_sweep(view, sieve, phrases, finder);
    floor_sweep.clause_subjects(quotes);
    floor_sweep.after_narration(quotes);
    floor_sweep.carried(quotes);
    SourceSpeakers source_speakers(view, sources);
    source_speakers.cited(quotes);
    source_speakers.medium(quotes);

    doc.quotes =
        QuoteAssembler(view, lexicon, sieve, finder, sources, linker, language).assemble(quotes);
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

#include "quotes/document_author.h"

#include "quotes/reporting_subject.h"
#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr int kSentencesBack = 3;    // sentences read before the document's
constexpr int kParagraphsBack = 2;   // a heading may stand in between
constexpr size_t kMaxSentence = 120; // tokens of a sentence read for its document

} // namespace

bool DocumentAuthor::document_head(size_t k) const {
    const SpeechCueLexicon& lexicon = cues_.lexicon();
    const auto [head, length] = lexicon.heads().longest(view_.tokens(), k, k + 1);
    return head >= 0 && length == 1 && lexicon.head(head).document;
}

std::optional<SpeakerPhrase> DocumentAuthor::issuer(size_t first, size_t last, bool& found) const {
    found = false;
    for (size_t k = first + 1; k < last && !found; ++k)
        found = view_.quote_of(k) < 0 && document_head(k) &&
                one_of(view_.token(k - 1).folded(), {u"un", u"une", u"son", u"sa", u"leur", u"a",
                                                     u"an", u"its", u"his", u"her", u"their"});
    if (!found)
        return std::nullopt;
    // The first speech cue of the sentence reports it: "X a indiqué dans un communiqué".
    for (size_t k = first; k < last; ++k) {
        if (view_.quote_of(k) >= 0)
            continue;
        if (const auto cue = cues_.at(view_.tokens(), k, last)) {
            auto subject = ReportingSubject(view_, phrases_).of(*cue, first, last);
            if (subject && subject->kind == SpeakerPhrase::Kind::Description &&
                document_head(view_.token_from(subject->mention.start) + 1))
                return std::nullopt; // "le communiqué indique": no author named
            return subject;
        }
    }
    return std::nullopt;
}

bool DocumentAuthor::indefinite_document(const SpeakerPhrase& phrase) const {
    // French copy cites "un communiqué" as a channel of whoever the sentence names; English
    // annotation takes "a letter to X" for the speaker.
    if (phrase.kind != SpeakerPhrase::Kind::Description || view_.doc().language == "en")
        return false;
    const size_t i = view_.token_from(phrase.mention.start);
    return i + 1 < view_.size() && one_of(view_.token(i).folded(), {u"un", u"une"}) &&
           document_head(i + 1);
}

std::optional<SpeakerPhrase> DocumentAuthor::author(const SpeakerPhrase& phrase) const {
    if (phrase.kind != SpeakerPhrase::Kind::Description)
        return std::nullopt;
    const size_t i = view_.token_from(phrase.mention.start);
    size_t head = i + 1;
    if (head < view_.size() && is_punct(view_.token(head), u'\''))
        ++head;
    if (head >= view_.size() ||
        !one_of(view_.token(i).folded(),
                {u"le", u"la", u"l", u"ce", u"cet", u"cette", u"the", u"this"}) ||
        !document_head(head))
        return std::nullopt;
    const Document& doc = view_.doc();
    const int sentence = view_.sentence_at(phrase.mention.start);
    const int paragraph = doc.paragraph_at(phrase.mention.start);
    for (int s = sentence - 1; s >= 0 && s >= sentence - kSentencesBack; --s) {
        const Span span = doc.sentences[static_cast<size_t>(s)];
        const size_t first = view_.token_from(span.start);
        const size_t last = view_.token_from(span.end);
        if (first >= last || last - first > kMaxSentence ||
            doc.paragraph_at(span.start) < paragraph - kParagraphsBack)
            return std::nullopt;
        bool found = false;
        auto author = issuer(first, last, found);
        if (found)
            return author;
    }
    return std::nullopt;
}

} // namespace whosaid::quotes

#include "quotes/speaker_confidence.h"

#include "whosaid/lexicon.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace whosaid::quotes {

namespace {

// A sentence holding thousands of names is not read past this many mentions per quotation:
// two rivals are all the model tells apart, and the scan must stay linear.
constexpr size_t kMentionsScanned = 64;
// Sentences between a pronoun's quotation and its referent's last naming that make the
// resolution risky.
constexpr long kFarPronounSentences = 3;

// Index of the sentence holding position, or -1 before the first one.
long sentence_of(const Document& doc, int32_t position) {
    const auto after = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), position,
                                        [](int32_t p, const Span& s) { return p < s.start; });
    return static_cast<long>(after - doc.sentences.begin()) - 1;
}

const Entity* entity_by_id(const Document& doc, const std::string& id) {
    // Ids are "e1", "e2", ... in order; the lookup falls back to a scan if they are not.
    if (id.size() > 1 && id[0] == 'e') {
        const size_t index = std::strtoul(id.c_str() + 1, nullptr, 10);
        if (index >= 1 && index <= doc.entities.size() && doc.entities[index - 1].id == id)
            return &doc.entities[index - 1];
    }
    for (const Entity& entity : doc.entities)
        if (entity.id == id)
            return &entity;
    return nullptr;
}

std::vector<std::pair<int32_t, size_t>> sorted_person_mentions(const Document& doc) {
    std::vector<std::pair<int32_t, size_t>> out;
    for (size_t e = 0; e < doc.entities.size(); ++e)
        if (doc.entities[e].kind == EntityKind::Person)
            for (const Mention& m : doc.entities[e].mentions)
                out.emplace_back(m.span.start, e);
    std::sort(out.begin(), out.end());
    return out;
}

std::unordered_map<std::string, double> embedded_weights() {
    std::unordered_map<std::string, double> weights;
    const Lexicon lexicon = Lexicon::embedded("common/speaker_confidence");
    for (const auto& row : lexicon.rows())
        if (row.size() >= 2)
            weights[row[0]] = std::strtod(row[1].c_str(), nullptr);
    return weights;
}

// Whether an anonymous speaker's description opens with a definite article or a
// demonstrative ("le prévenu", "l'élu", "the airline"): such a description points at someone
// the article may name elsewhere, and is right less often than "un témoin".
bool definite_description(std::u16string_view description) {
    std::string first;
    for (const char16_t c : description) {
        if (c == u' ' || c == u'\'' || c == u'\u2019')
            break;
        if (c >= 0x80)
            return false;
        first += static_cast<char>(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
    }
    return first == "le" || first == "la" || first == "l" || first == "les" || first == "the" ||
           first == "ce" || first == "cet" || first == "cette" || first == "ces";
}

// What makes a pronoun's resolution risky: its referent was last named three sentences or
// more before the quotation ("pronoun:far"), or two other people were named since
// ("pronoun:rivals"). Only for a speaker found through a pronoun mention; bounded scans.
void add_pronoun_risks(const Document& doc, const Quote& quote, const Entity& entity,
                       size_t entity_index,
                       const std::vector<std::pair<int32_t, size_t>>& person_mentions,
                       std::vector<std::string>& out) {
    const int32_t start = quote.speaker->mention->start;
    auto m =
        std::lower_bound(entity.mentions.begin(), entity.mentions.end(), start,
                         [](const Mention& mention, int32_t p) { return mention.span.start < p; });
    if (m == entity.mentions.end() || m->span.start != start || m->form != MentionForm::Pronoun)
        return;
    // The referent's latest mention by name before the quotation.
    auto named =
        std::lower_bound(entity.mentions.begin(), entity.mentions.end(), quote.span.start,
                         [](const Mention& mention, int32_t p) { return mention.span.start < p; });
    int32_t last = -1;
    for (size_t walked = 0; named != entity.mentions.begin() && walked < kMentionsScanned;
         ++walked) {
        --named;
        if (named->form != MentionForm::Pronoun) {
            last = named->span.start;
            break;
        }
    }
    const long quote_sentence = sentence_of(doc, quote.span.start);
    if (last < 0 || quote_sentence - sentence_of(doc, last) >= kFarPronounSentences)
        out.emplace_back("pronoun:far");
    auto it = std::upper_bound(person_mentions.begin(), person_mentions.end(),
                               std::make_pair(last, doc.entities.size()));
    size_t rivals = 0;
    size_t first_rival = doc.entities.size();
    for (size_t scanned = 0; it != person_mentions.end() && it->first < quote.span.start &&
                             scanned < kMentionsScanned && rivals < 2;
         ++it, ++scanned) {
        if (it->second == entity_index || it->second == first_rival)
            continue;
        if (rivals == 0)
            first_rival = it->second;
        ++rivals;
    }
    if (rivals >= 2)
        out.emplace_back("pronoun:rivals");
}

} // namespace

SpeakerConfidence::SpeakerConfidence() : weights_(embedded_weights()) {}

SpeakerConfidence::SpeakerConfidence(std::unordered_map<std::string, double> weights)
    : weights_(std::move(weights)) {}

std::vector<std::string>
SpeakerConfidence::features(const Document& doc, const Quote& quote,
                            const std::vector<std::pair<int32_t, size_t>>& person_mentions) {
    std::vector<std::string> out{"bias", "lang:" + doc.language};
    if (quote.kind == QuoteKind::Partial)
        out.emplace_back("kind:partial");
    if (!quote.speaker) {
        out.emplace_back("speaker:none");
        return out;
    }
    const Speaker& speaker = *quote.speaker;
    out.push_back("rule:" + quote.rule);
    if (quote.cue)
        out.emplace_back("cue");
    const Entity* entity = speaker.entity.empty() ? nullptr : entity_by_id(doc, speaker.entity);
    if (speaker.anonymous)
        out.emplace_back("speaker:anonymous");
    else
        out.push_back(std::string("speaker:") + (entity ? to_string(entity->kind) : "other"));
    if (speaker.anonymous && definite_description(speaker.description))
        out.emplace_back("anonymous:definite");
    // A person known by one word ("Sophie", a brand's last word taken for a surname) is
    // often a name the recognizer cut short.
    if (entity && entity->kind == EntityKind::Person &&
        entity->name.find(u' ') == std::u16string::npos)
        out.emplace_back("name:one-word");

    const long quote_sentence = sentence_of(doc, quote.span.start);
    if (!speaker.mention) {
        out.emplace_back("form:none");
    } else {
        const char* form = "unlisted";
        if (entity) {
            const int32_t start = speaker.mention->start;
            const auto m = std::lower_bound(
                entity->mentions.begin(), entity->mentions.end(), start,
                [](const Mention& mention, int32_t p) { return mention.span.start < p; });
            if (m != entity->mentions.end() && m->span.start == start)
                form = to_string(m->form);
        }
        out.push_back(std::string("form:") + form);
        const long distance = quote_sentence - sentence_of(doc, speaker.mention->start);
        out.emplace_back(distance == 0   ? "distance:same"
                         : distance == 1 ? "distance:previous"
                                         : "distance:far");
    }

    if (entity && entity->kind == EntityKind::Person && !speaker.anonymous && speaker.mention)
        add_pronoun_risks(doc, quote, *entity, static_cast<size_t>(entity - doc.entities.data()),
                          person_mentions, out);
    // Other people named in the quotation's sentence, outside its marks.
    if (quote_sentence < 0 || static_cast<size_t>(quote_sentence) >= doc.sentences.size())
        return out;
    const Span sentence = doc.sentences[static_cast<size_t>(quote_sentence)];
    const size_t speaker_index =
        entity ? static_cast<size_t>(entity - doc.entities.data()) : doc.entities.size();
    auto it = std::lower_bound(person_mentions.begin(), person_mentions.end(),
                               std::make_pair(sentence.start, size_t{0}));
    size_t rivals = 0;
    size_t first_rival = doc.entities.size();
    for (size_t scanned = 0; it != person_mentions.end() && it->first < sentence.end &&
                             scanned < kMentionsScanned && rivals < 2;
         ++it, ++scanned) {
        const bool inside = it->first >= quote.marks.start && it->first < quote.marks.end;
        if (inside || it->second == speaker_index || it->second == first_rival)
            continue;
        if (rivals == 0)
            first_rival = it->second;
        ++rivals;
    }
    if (rivals > 0)
        out.emplace_back(rivals == 1 ? "rivals:1" : "rivals:2+");
    return out;
}

double SpeakerConfidence::probability(const std::vector<std::string>& features) const {
    double sum = 0;
    for (const std::string& feature : features) {
        auto found = weights_.find(feature);
        if (found == weights_.end() && feature.starts_with("rule:"))
            found = weights_.find("rule:rare");
        if (found != weights_.end())
            sum += found->second;
    }
    return 1.0 / (1.0 + std::exp(-sum));
}

void SpeakerConfidence::score(Document& doc) const {
    const auto person_mentions = sorted_person_mentions(doc);
    for (Quote& quote : doc.quotes)
        if (quote.kind != QuoteKind::Indirect)
            quote.confidence = probability(features(doc, quote, person_mentions));
}

} // namespace whosaid::quotes

#include "quotes/speaker_linker.h"

#include "quotes/surname_salience.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>

namespace whosaid::quotes {

namespace {

std::u16string fold_text(std::u16string_view text) {
    std::u16string out;
    for (char16_t c : text)
        out.push_back(WordTokenizer::is_space(c) ? u' ' : WordTokenizer::fold_char(c));
    return out;
}

std::u16string last_word(const std::u16string& folded) {
    const size_t space = folded.find_last_of(u" -'");
    return space == std::u16string::npos ? folded : folded.substr(space + 1);
}

} // namespace

SpeakerLinker::SpeakerLinker(DocumentView& view, const SpeechCueLexicon& lexicon)
    : view_(view), lexicon_(lexicon) {}

int32_t SpeakerLinker::covering(Span span) const {
    const IndexedMention* mention = view_.mention_covering(span);
    return mention ? mention->entity : -1;
}

void SpeakerLinker::index_names() {
    const auto& entities = view_.doc().entities;
    for (; indexed_ < entities.size(); ++indexed_) {
        const Entity& entity = entities[indexed_];
        const auto e = static_cast<int32_t>(indexed_);
        const std::u16string name = fold_text(entity.name);
        by_name_[name].push_back(e);
        for (const auto& alias : entity.aliases)
            by_name_[fold_text(alias)].push_back(e);
        if (entity.kind == EntityKind::Person)
            by_surname_[last_word(name)].push_back(e);
    }
}

int32_t SpeakerLinker::find_by_name(const std::u16string& folded, EntityKind kind,
                                    int32_t position) {
    // The first entity of that kind with this name or alias, else the person with this
    // surname. Entities are indexed ascending, so the first hit of each list is the first in
    // the document's order.
    index_names();
    const auto& entities = view_.doc().entities;
    if (auto found = by_name_.find(folded); found != by_name_.end())
        for (int32_t e : found->second)
            if (entities[static_cast<size_t>(e)].kind == kind)
                return e;
    if (kind != EntityKind::Person)
        return -1;
    const auto found = by_surname_.find(last_word(folded));
    if (found == by_surname_.end())
        return -1;
    const int32_t holder = surname_holder(last_word(folded), position);
    return holder >= 0 ? holder : found->second.front();
}

int32_t SpeakerLinker::surname_holder(const std::u16string& folded_surname, int32_t position) {
    index_names();
    const auto found = by_surname_.find(folded_surname);
    if (found == by_surname_.end())
        return -1;
    const int32_t salient = SurnameSalience::choose(view_.doc().entities, found->second);
    // "former governor Tom Ward said … Ward said": with no bearer standing above the others,
    // the surname takes up the one the text named last.
    return salient >= 0 ? salient : latest_named(found->second, position);
}

bool SpeakerLinker::surname_borne(const std::u16string& folded_surname) {
    index_names();
    return by_surname_.find(folded_surname) != by_surname_.end();
}

int32_t SpeakerLinker::latest_named(const std::vector<int32_t>& candidates,
                                    int32_t position) const {
    // The latest mention before position of each bearer, and of the runner-up.
    int32_t best = -1;
    int32_t best_at = -1;
    int32_t second_at = -1;
    for (const int32_t e : candidates) {
        const auto& mentions = view_.doc().entities[static_cast<size_t>(e)].mentions;
        auto after =
            std::lower_bound(mentions.begin(), mentions.end(),
                             Mention{Span{position, position}, MentionForm::Name}, ByStart{});
        if (after == mentions.begin())
            continue;
        const int32_t at = std::prev(after)->span.start;
        if (at > best_at) {
            second_at = best_at;
            best = e;
            best_at = at;
        } else {
            second_at = std::max(second_at, at);
        }
    }
    // "Tom Roe spoke first, then Jane Roe. Roe said": both named together, either may speak.
    if (best >= 0 && second_at >= 0 && view_.sentence_at(second_at) == view_.sentence_at(best_at))
        return -1;
    return best;
}

void SpeakerLinker::add_mention(int32_t entity, Span span, MentionForm form) {
    const auto index = static_cast<size_t>(entity);
    const auto& mentions = view_.doc().entities[index].mentions;
    const Mention mention{span, form};
    for (auto same = std::lower_bound(mentions.begin(), mentions.end(), mention, ByStart{});
         same != mentions.end() && same->span.start == span.start; ++same)
        if (same->span == span)
            return;
    if (added_.size() <= index)
        added_.resize(view_.doc().entities.size());
    auto [first, last] = added_[index].equal_range(mention);
    for (auto same = first; same != last; ++same)
        if (same->span == span)
            return;
    added_[index].insert(last, mention);
    // Media are found again through the lexicon; indexing their mentions, added after the
    // sieve ran, would only grow the index.
    if (view_.doc().entities[index].kind != EntityKind::Media)
        view_.add_mention({span, entity, form});
}

void SpeakerLinker::merge_added(size_t entity) {
    if (entity >= added_.size() || added_[entity].empty())
        return;
    auto& mentions = view_.doc().entities[entity].mentions;
    std::vector<Mention> merged;
    merged.reserve(mentions.size() + added_[entity].size());
    // Ties go to the entity's own mentions first: they were there before any added one.
    std::merge(mentions.begin(), mentions.end(), added_[entity].begin(), added_[entity].end(),
               std::back_inserter(merged), ByStart{});
    mentions = std::move(merged);
    added_[entity].clear();
}

int32_t SpeakerLinker::link(Span span, EntityKind kind, MentionForm form) {
    if (const int32_t existing = covering(span); existing >= 0)
        return existing;
    Document& doc = view_.doc();
    const std::u16string name(doc.slice(span));
    const std::u16string folded = fold_text(name);
    int32_t entity = find_by_name(folded, kind, span.start);
    if (entity < 0) {
        Entity created;
        created.id = "e" + std::to_string(doc.entities.size() + 1);
        created.kind = kind;
        created.name = name;
        doc.entities.push_back(std::move(created));
        entity = static_cast<int32_t>(doc.entities.size() - 1);
        created_ = true;
    } else if (kind == EntityKind::Person && form == MentionForm::Name &&
               last_word(folded) ==
                   last_word(fold_text(doc.entities[static_cast<size_t>(entity)].name)) &&
               folded != fold_text(doc.entities[static_cast<size_t>(entity)].name)) {
        form = MentionForm::Surname;
    }
    add_mention(entity, span, form);
    return entity;
}

int32_t SpeakerLinker::media(const std::u16string& name, Span span, bool with_mention) {
    if (const int32_t existing = covering(span);
        existing >= 0 &&
        view_.doc().entities[static_cast<size_t>(existing)].kind == EntityKind::Media)
        return existing;
    Document& doc = view_.doc();
    int32_t entity = find_by_name(fold_text(name), EntityKind::Media, span.start);
    if (entity < 0) {
        Entity created;
        created.id = "e" + std::to_string(doc.entities.size() + 1);
        created.kind = EntityKind::Media;
        created.name = name;
        doc.entities.push_back(std::move(created));
        entity = static_cast<int32_t>(doc.entities.size() - 1);
        created_ = true;
    }
    if (with_mention)
        add_mention(entity, span, MentionForm::Name);
    return entity;
}

void SpeakerLinker::add_pronoun(int32_t entity, Span span) {
    add_mention(entity, span, MentionForm::Pronoun);
}

Gender SpeakerLinker::infer_gender(const Entity& entity) const {
    if (entity.gender != Gender::Unknown)
        return entity.gender;
    for (const Mention& m : entity.mentions) {
        if (m.form == MentionForm::Pronoun)
            continue;
        // The title before or at the start of the mention: "M. Lavrov", "Mme Binet".
        const size_t first = view_.token_from(std::max(0, m.span.start - 6));
        for (size_t i = first; i < view_.size() && view_.token(i).span.start <= m.span.start + 1;
             ++i) {
            auto [title, length] = lexicon_.titles().longest(view_.tokens(), i, i + 4);
            if (title >= 0 && lexicon_.title(title).gender != Gender::Unknown &&
                view_.token(i + static_cast<size_t>(length) - 1).span.end <= m.span.start + 6)
                return lexicon_.title(title).gender;
        }
        const size_t at = view_.token_from(m.span.start);
        if (at < view_.size() && view_.token(at).span.start < m.span.end) {
            const Gender given = lexicon_.given_name_gender(view_.token(at).folded());
            if (given != Gender::Unknown)
                return given;
        }
    }
    return Gender::Unknown;
}

Gender SpeakerLinker::infer_and_keep(size_t index) {
    if (genders_.size() <= index) {
        genders_.resize(view_.doc().entities.size(), Gender::Unknown);
        gender_known_.resize(view_.doc().entities.size(), false);
    }
    if (!gender_known_[index]) {
        merge_added(index);
        genders_[index] = infer_gender(view_.doc().entities[index]);
        gender_known_[index] = true;
    }
    return genders_[index];
}

void SpeakerLinker::finish() {
    Document& doc = view_.doc();
    for (size_t e = 0; e < added_.size(); ++e)
        merge_added(e);
    if (!created_)
        return;
    std::vector<size_t> order(doc.entities.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto first_start = [&doc](size_t e) {
        const auto& mentions = doc.entities[e].mentions;
        return mentions.empty() ? INT32_MAX : mentions.front().span.start;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return first_start(a) < first_start(b); });
    std::map<std::string, std::string> renamed;
    std::vector<Entity> sorted;
    sorted.reserve(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        Entity entity = std::move(doc.entities[order[i]]);
        const std::string id = "e" + std::to_string(i + 1);
        renamed[entity.id] = id;
        entity.id = id;
        sorted.push_back(std::move(entity));
    }
    doc.entities = std::move(sorted);
    auto rename = [&renamed](std::string& id) {
        if (auto it = renamed.find(id); it != renamed.end())
            id = it->second;
    };
    for (Quote& quote : doc.quotes) {
        if (quote.speaker) {
            rename(quote.speaker->entity);
            for (std::string& member : quote.speaker->entities)
                rename(member);
        }
        for (QuoteSource& source : quote.sources)
            rename(source.entity);
    }
    if (doc.dateline)
        rename(doc.dateline->agency);
}

} // namespace whosaid::quotes

#include "actors/mention_collector.h"

#include "actors/known_matcher.h"

#include <algorithm>

namespace whosaid::actors {

RawMention MentionCollector::named(size_t first, size_t last, EntityKind kind,
                                   Certainty certainty) const {
    RawMention mention;
    mention.span = mention.name_span = tokens_.span(first, last);
    mention.kind = kind;
    mention.certainty = certainty;
    mention.words = chains_.words(first, last);
    mention.role_key = types_.held_type(first, last, kind);
    return mention;
}

void MentionCollector::add_nested(const std::vector<NestedName>& nested) {
    for (const NestedName& name : nested) {
        if (name.known_entity >= 0) {
            const KnownEntity& entity = lexicon_.entity(name.known_entity);
            RawMention mention = named(name.first, name.last, entity.kind, Certainty::Lexicon);
            mention.known_entity = name.known_entity;
            if (tokens_.has(name.first, kAllCaps) && name.last - name.first <= 3)
                mention.form = MentionForm::Acronym;
            add(std::move(mention));
        } else {
            // "juge de la Cour de l'impôt": the role reads the name's capitals only; the
            // organization may run on through lower-case complements.
            const size_t last = name.kind == EntityKind::Organization
                                    ? std::max(name.last, organizations_.match(name.first).last)
                                    : name.last;
            RawMention mention = named(name.first, last, name.kind, Certainty::Pattern);
            if (tokens_.has(name.first, kAllCaps) && last == name.first + 1)
                mention.form = MentionForm::Acronym;
            add(std::move(mention));
        }
    }
}

void MentionCollector::note_stopword_surname(const RawMention& mention) {
    const size_t after = tokens_.first_from(mention.name_span.end);
    if (after == 0 || !tokens_.in_class(after - 1, kStopwordClass) ||
        tokens_.key(after - 1) != mention.words.back())
        return;
    if (std::find(stopword_surnames_.begin(), stopword_surnames_.end(), mention.words.back()) ==
        stopword_surnames_.end())
        stopword_surnames_.push_back(mention.words.back());
}

bool MentionCollector::is_stopword_surname(size_t i) const {
    return !stopword_surnames_.empty() && chains_.is_stopword_surname(i) &&
           std::find(stopword_surnames_.begin(), stopword_surnames_.end(), tokens_.key(i)) !=
               stopword_surnames_.end();
}

size_t MentionCollector::acronym_after(size_t mention, size_t end) {
    if (!tokens_.key_is(end, u"(") || !tokens_.has(end + 1, kAllCaps) ||
        !tokens_.key_is(end + 2, u")"))
        return end;
    RawMention& expansion = mentions_[mention];
    if (expansion.words.empty() || expansion.words.front().empty() ||
        expansion.words.front().front() != tokens_.key(end + 1).front())
        return end;
    RawMention acronym = named(end + 1, end + 2, expansion.kind, expansion.certainty);
    acronym.form = MentionForm::Acronym;
    acronym.known_entity = expansion.known_entity;
    acronym.attach_to = static_cast<int32_t>(mention);
    const KnownMatch known = match_known(lexicon_, tokens_, end + 1);
    if (known.tokens == 1 && acronym.known_entity < 0)
        acronym.known_entity = known.entity;
    add(std::move(acronym));
    return end + 3;
}

size_t MentionCollector::former_name_after(size_t mention, size_t end) {
    // "X (ex-Twitter)", "X (formerly Twitter)", "X (anciennement Twitter)": one medium.
    if (!tokens_.key_is(end, u"("))
        return end;
    size_t k = end + 1;
    std::u16string_view key = k < tokens_.size() ? tokens_.key(k) : u"";
    size_t name_offset = 0;
    if (key == u"formerly" || key == u"anciennement" || key == u"ex" || key == u"former") {
        ++k;
        if (tokens_.key_is(k, u"-"))
            ++k;
    } else if (key.starts_with(u"ex-") && tokens_.has(k, kLower)) {
        name_offset = 3; // "ex-Twitter" is one token
    } else {
        return end;
    }
    if (name_offset > 0) {
        RawMention former;
        former.span = former.name_span =
            Span{tokens_[k].span.start + static_cast<int32_t>(name_offset), tokens_[k].span.end};
        former.words = {key.substr(name_offset)};
        former.kind = EntityKind::Media;
        former.certainty = Certainty::Lexicon;
        former.attach_to = static_cast<int32_t>(mention);
        add(std::move(former));
        return k + 1;
    }
    const KnownMatch known = match_known(lexicon_, tokens_, k);
    if (known.tokens == 0 || lexicon_.entity(known.entity).kind != EntityKind::Media)
        return end;
    RawMention former = named(k, k + known.tokens, EntityKind::Media, Certainty::Lexicon);
    former.attach_to = static_cast<int32_t>(mention);
    add(std::move(former));
    return k + known.tokens;
}

} // namespace whosaid::actors

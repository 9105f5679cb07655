#include "mention_finder.h"

#include "known_matcher.h"

namespace whosaid::actors {

MentionFinder::MentionFinder(const ActorLexicon& lexicon, const TokenStream& tokens, std::optional<Span> dateline)
    : lexicon_(lexicon), tokens_(tokens), dateline_(dateline), chains_(lexicon, tokens),
      roles_(lexicon, tokens, chains_), organizations_(lexicon, tokens, chains_) {
    for (size_t i = 0; i < tokens_.size(); ++i)
        if (tokens_.has(i, kUpper) && !tokens_.has(i, kInitial) && !tokens_.has(i, kShouting) &&
            attested_.find(tokens_.key(i)) == attested_.end())
            attested_.emplace(tokens_.key(i));
}

std::vector<RawMention> MentionFinder::find() {
    for (size_t i = 0; i < tokens_.size();) {
        if (dateline_ && dateline_->contains(tokens_[i].span.start)) {
            i = try_dateline(i);
            continue;
        }
        if (!tokens_.has(i, kWord) || tokens_.has(i, kShouting)) {
            ++i;
            continue;
        }
        size_t next = try_role(i);
        if (next == i)
            next = try_known(i);
        if (next == i)
            next = try_organization(i);
        if (next == i)
            next = try_chain(i);
        i = next > i ? next : i + 1;
    }
    return std::move(mentions_);
}

size_t MentionFinder::add(RawMention mention) {
    mentions_.push_back(std::move(mention));
    return mentions_.size() - 1;
}

RawMention MentionFinder::named(size_t first, size_t last, EntityKind kind, Certainty certainty) const {
    RawMention mention;
    mention.span = mention.name_span = tokens_.span(first, last);
    mention.kind = kind;
    mention.certainty = certainty;
    mention.words = chains_.words(first, last);
    return mention;
}

size_t MentionFinder::word_before(size_t i) const {
    if (i == 0)
        return tokens_.size();
    size_t before = i - 1;
    if (tokens_.key_is(before, u"'") && before > 0)
        --before;
    return tokens_.same_sentence(before, i) && tokens_.has(before, kWord) ? before : tokens_.size();
}

bool MentionFinder::is_plausible_name(const NameChain& chain) const {
    bool all_demonyms = true;
    for (size_t j = chain.first; j < chain.last && all_demonyms; ++j) {
        if (!tokens_.has(j, kWord))
            continue;
        std::u16string_view key = tokens_.key(j);
        if (lexicon_.demonyms().longest(tokens_, j).tokens == 1)
            continue;
        // "Indonesians", "Koreans": plural demonyms.
        if (key.size() > 3 && key.back() == u's' && lexicon_.is_demonym(key.substr(0, key.size() - 1)))
            continue;
        all_demonyms = false;
    }
    if (all_demonyms)
        return false;
    if (chain.last == chain.first + 1) {
        const std::u16string_view key = tokens_.key(chain.first);
        if (key.size() < 2)
            return false; // "S" of "S-300"
        // Roman ordinals: "XXe siècle", "IIe République".
        if (key.find_first_not_of(u"ivxlcdme") == std::u16string_view::npos && (key.ends_with(u"e") || key.ends_with(u"eme")))
            return false;
    }
    return true;
}

bool MentionFinder::capitalized_run_has_trigger(size_t i) const {
    for (size_t j = i; j < tokens_.size() && tokens_.same_sentence(i, j) && chains_.is_name_word(j); ++j)
        if (chains_.is_trigger_at(j))
            return true;
    return false;
}

std::u16string MentionFinder::role_text(const RolePhrase& role) const {
    const Span span = tokens_.span(role.first, role.last);
    return std::u16string(tokens_.source().substr(static_cast<size_t>(span.start), static_cast<size_t>(span.length())));
}

void MentionFinder::add_nested(const std::vector<NestedName>& nested) {
    for (const NestedName& name : nested) {
        if (name.known_entity >= 0) {
            const KnownEntity& entity = lexicon_.entity(name.known_entity);
            RawMention mention = named(name.first, name.last, entity.kind, Certainty::Lexicon);
            mention.known_entity = name.known_entity;
            if (tokens_.has(name.first, kAllCaps) && name.last - name.first <= 3)
                mention.form = MentionForm::Acronym;
            add(std::move(mention));
        } else {
            RawMention mention = named(name.first, name.last, EntityKind::Organization, Certainty::Pattern);
            if (tokens_.has(name.first, kAllCaps) && name.last == name.first + 1)
                mention.form = MentionForm::Acronym;
            add(std::move(mention));
        }
    }
}

size_t MentionFinder::try_dateline(size_t i) {
    // Only the agency counts in a dateline: "MOSCOU, 26 nov 2014 (AFP) -".
    if (!tokens_.key_is(i, u"(") || !tokens_.has(i + 1, kUpper))
        return i + 1;
    size_t close = i + 1;
    while (close < tokens_.size() && close < i + 6 && !tokens_.key_is(close, u")"))
        ++close;
    if (!tokens_.key_is(close, u")"))
        return i + 1;
    const KnownMatch known = match_known(lexicon_, tokens_, i + 1);
    RawMention mention = named(i + 1, close, EntityKind::Media, Certainty::Pattern);
    if (known.tokens == close - i - 1 && lexicon_.entity(known.entity).kind == EntityKind::Media) {
        mention.known_entity = known.entity;
        mention.certainty = Certainty::Lexicon;
    }
    if (tokens_.has(i + 1, kAllCaps))
        mention.form = MentionForm::Acronym;
    add(std::move(mention));
    return close + 1;
}

size_t MentionFinder::try_role(size_t i) {
    if (chains_.is_name_word(i) && capitalized_run_has_trigger(i))
        return i;
    const RolePhrase role = roles_.parse(i);
    if (role.title < 0)
        return i;
    size_t start = role.last;
    bool comma = false;
    NameChain chain = chains_.person(start);
    if (chain.empty() && !role.honorific && tokens_.key_is(start, u",")) {
        const NameChain after = chains_.person(start + 1);
        if (!after.empty() && (after.given_name_first || after.words >= 2 || after.has_initial)) {
            chain = after;
            comma = true;
        }
    }
    if (!chain.empty() && capitalized_run_has_trigger(chain.first))
        chain = NameChain{};
    if (chain.empty()) {
        if (role.honorific)
            return i;
        if (role.definite && (role.modified || role.last - role.first > 1)) {
            RawMention description;
            description.span = tokens_.span(role.first, role.last);
            description.form = MentionForm::Description;
            description.certainty = Certainty::Pattern;
            description.role_key = role.key;
            description.role_text = role_text(role);
            description.gender = role.gender;
            add(std::move(description));
            add_nested(role.nested);
            return role.last;
        }
        if (role.modified) {
            add_nested(role.nested);
            return role.last;
        }
        return i;
    }
    RawMention person = named(chain.first, chain.last, EntityKind::Person, Certainty::Pattern);
    person.given_name_first = chain.given_name_first;
    person.gender = role.gender;
    if (role.honorific) {
        person.span = tokens_.span(role.first, chain.last);
        person.form = MentionForm::Title;
        person.honorific = true;
    } else {
        person.role_key = role.key;
        person.role_text = role_text(role);
        if (chain.words >= 2 || comma)
            person.form = chain.words >= 2 ? MentionForm::Name : MentionForm::Surname;
        else {
            person.span = tokens_.span(role.first, chain.last);
            person.form = MentionForm::Title;
        }
    }
    const size_t index = add(std::move(person));
    if (comma) {
        RawMention description;
        description.span = tokens_.span(role.first, role.last);
        description.form = MentionForm::Description;
        description.certainty = Certainty::Pattern;
        description.attach_to = static_cast<int32_t>(index);
        add(std::move(description));
    }
    add_nested(role.nested);
    return apposition_after(index, chain.last);
}

size_t MentionFinder::apposition_after(size_t mention, size_t end) {
    if (!tokens_.key_is(end, u",") || !tokens_.same_sentence(end, end + 1))
        return end;
    size_t k = end + 1;
    static const std::u16string_view articles[] = {u"le", u"la", u"l", u"the", u"a", u"an", u"un", u"une", u"son", u"sa", u"his", u"her"};
    for (std::u16string_view article : articles)
        if (tokens_.key_is(k, article)) {
            k += tokens_.key_is(k + 1, u"'") ? 2 : 1;
            break;
        }
    const RolePhrase role = roles_.parse(k);
    if (role.title < 0 || role.honorific)
        return end;
    // "X, porte-parole du Kremlin, Y": a name right after is another person's role.
    if (!chains_.person(role.last).empty())
        return end;
    RawMention& person = mentions_[mention];
    if (person.role_key.empty()) {
        person.role_key = role.key;
        person.role_text = role_text(role);
    }
    if (person.gender == Gender::Unknown)
        person.gender = role.gender;
    RawMention description;
    description.span = tokens_.span(role.first, role.last);
    description.form = MentionForm::Description;
    description.certainty = Certainty::Pattern;
    description.role_key = role.key;
    description.attach_to = static_cast<int32_t>(mention);
    add(std::move(description));
    add_nested(role.nested);
    return role.last;
}

size_t MentionFinder::acronym_after(size_t mention, size_t end) {
    if (!tokens_.key_is(end, u"(") || !tokens_.has(end + 1, kAllCaps) || !tokens_.key_is(end + 2, u")"))
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

size_t MentionFinder::try_known(size_t i) {
    const KnownMatch known = match_known(lexicon_, tokens_, i);
    if (known.tokens == 0)
        return i;
    const KnownEntity& entity = lexicon_.entity(known.entity);
    const size_t end = i + known.tokens;
    // "Maurice Papon", "Chad Smith": a country that is also a given name, before a name.
    if (known.tokens == 1 && entity.kind == EntityKind::Place && tokens_.in_class(i, kGivenNameClass) &&
        chains_.is_name_word(end) && !tokens_.in_class(end, kStopwordClass))
        return i;
    // "Indonesia AirAsia": a place before a company-like word (inner capital) names a company.
    if (entity.kind == EntityKind::Place && chains_.is_name_word(end) && tokens_.has(end, kInnerCap) &&
        !tokens_.has(end, kAllCaps) && tokens_.has(end, kSpaceBefore)) {
        const size_t index = add(named(i, end + 1, EntityKind::Organization, Certainty::Pattern));
        return acronym_after(index, end + 1);
    }
    // "Malaysia Airlines", "U.S. Court of Appeals": a place heading an organization.
    if (entity.kind == EntityKind::Place && chains_.is_trigger_at(end)) {
        const NameChain proper = chains_.proper(end);
        const OrganizationPhrase organization = organizations_.match(end);
        const size_t last = std::max(proper.last, organization.last);
        if (last > end) {
            const size_t index = add(named(i, last, EntityKind::Organization, Certainty::Pattern));
            add_nested(organization.nested);
            return acronym_after(index, last);
        }
    }
    RawMention mention = named(i, end, entity.kind, Certainty::Lexicon);
    mention.known_entity = known.entity;
    if (known.acronym)
        mention.form = MentionForm::Acronym;
    const size_t index = add(std::move(mention));
    return acronym_after(index, end);
}

size_t MentionFinder::try_organization(size_t i) {
    const OrganizationPhrase organization = organizations_.match(i);
    if (organization.last == organization.first)
        return i;
    const size_t index = add(named(i, organization.last, EntityKind::Organization, Certainty::Pattern));
    add_nested(organization.nested);
    return acronym_after(index, organization.last);
}

size_t MentionFinder::try_chain(size_t i) {
    if (!chains_.is_name_word(i) && !tokens_.has(i, kLower))
        return i;
    if (chains_.is_name_word(i) && tokens_.in_class(i, kStopwordClass))
        return i;
    const NameChain proper = chains_.proper(i);
    if (proper.has_trigger && proper.words >= 2) {
        const size_t index = add(named(i, proper.last, EntityKind::Organization, Certainty::Pattern));
        return acronym_after(index, proper.last);
    }
    const NameChain chain = chains_.person(i);
    if (chain.empty())
        return i;
    // "GENÈVE, 12 mars (AFP) -": a dateline's city in capitals, not an acronym.
    if (tokens_.has(i, kAllCaps) && tokens_.has(i, kInitial) && chain.last == i + 1 &&
        (tokens_.key_is(i + 1, u",") || tokens_.key_is(i + 1, u"(") || tokens_.key_is(i + 1, u"-")))
        return chain.last;
    if (!is_plausible_name(chain))
        return chain.last;
    const size_t before = word_before(i);
    const std::u16string_view previous = before < tokens_.size() ? tokens_.key(before) : u"";
    const bool single = chain.words == 1 && !chain.has_initial;
    const size_t after = chain.last;
    EntityKind kind = EntityKind::Person;
    Certainty certainty = Certainty::Guess;
    if (lexicon_.is_media_cue(previous) ||
        (tokens_.has(after, kWord) && lexicon_.is_media_cue(tokens_.key(after)) && single &&
         !lexicon_.french())) {
        kind = EntityKind::Media;
        certainty = Certainty::Pattern;
    } else if (lexicon_.is_org_cue(previous)) {
        kind = EntityKind::Organization;
        certainty = Certainty::Pattern;
    } else if (chain.given_name_first || chain.has_initial) {
        certainty = Certainty::Pattern;
    } else if (single && (tokens_.has(i, kAllCaps) || tokens_.has(i, kInnerCap))) {
        kind = EntityKind::Organization;
    } else if (single && lexicon_.is_definite(previous) && previous != u"son" && previous != u"sa" &&
               previous != u"his" && previous != u"her") {
        // People take no article: "le Kremlin", "the Pentagon", "de l'Elysée" are institutions.
        kind = EntityKind::Organization;
    } else if (lexicon_.is_place_cue(previous) && chain.words <= 2) {
        kind = EntityKind::Place;
    }
    RawMention mention = named(i, chain.last, kind, certainty);
    mention.given_name_first = chain.given_name_first;
    if (kind == EntityKind::Organization && single && tokens_.has(i, kAllCaps))
        mention.form = MentionForm::Acronym;
    else if (single && kind == EntityKind::Person)
        mention.form = MentionForm::Surname;
    if (single && tokens_.has(i, kInitial) && certainty == Certainty::Guess) {
        const bool known_word = attested_.count(tokens_.key(i)) != 0 || tokens_.in_class(i, kGivenNameClass);
        if (!known_word)
            return chain.last;
        mention.initial_single = true;
    }
    const size_t index = add(std::move(mention));
    if (kind == EntityKind::Person)
        return apposition_after(index, chain.last);
    return acronym_after(index, chain.last);
}

} // namespace whosaid::actors

#include "actors/mention_finder.h"

#include "actors/common_words.h"
#include "actors/known_matcher.h"
#include "actors/list_kinds.h"

#include <algorithm>

namespace whosaid::actors {

MentionFinder::MentionFinder(const ActorLexicon& lexicon, const TokenStream& tokens,
                             std::optional<Span> dateline)
    : lexicon_(lexicon), tokens_(tokens), dateline_(dateline), chains_(lexicon, tokens),
      roles_(lexicon, tokens, chains_), organizations_(lexicon, tokens, chains_),
      places_(lexicon, tokens, chains_), classifier_(lexicon, tokens, chains_),
      types_(lexicon, tokens, chains_), attested_(tokens) {}

RawMentionList MentionFinder::find() {
    mentions_.reserve(tokens_.size() / 8 + 4);
    for (size_t i = 0; i < tokens_.size();) {
        if (dateline_ && dateline_->contains(tokens_[i].span.start)) {
            i = try_dateline(i);
            continue;
        }
        if (!tokens_.has(i, kWord) || tokens_.has(i, kShouting)) {
            ++i;
            continue;
        }
        size_t next = try_place_phrase(i);
        if (next == i)
            next = try_role(i);
        if (next == i)
            next = try_known(i);
        if (next == i)
            next = try_known_parts(i);
        if (next == i)
            next = try_organization(i);
        if (next == i)
            next = try_type_description(i);
        if (next == i)
            next = try_chain(i);
        i = next > i ? next : i + 1;
    }
    mark_common_words(tokens_, mentions_);
    share_list_kinds(tokens_, mentions_);
    return std::move(mentions_);
}

size_t MentionFinder::add(RawMention mention) {
    mentions_.push_back(std::move(mention));
    return mentions_.size() - 1;
}

RawMention MentionFinder::named(size_t first, size_t last, EntityKind kind,
                                Certainty certainty) const {
    RawMention mention;
    mention.span = mention.name_span = tokens_.span(first, last);
    mention.kind = kind;
    mention.certainty = certainty;
    mention.words = chains_.words(first, last);
    mention.role_key = types_.held_type(first, last, kind);
    return mention;
}

std::u16string MentionFinder::role_text(const RolePhrase& role) const {
    const Span span = tokens_.span(role.first, role.last);
    return std::u16string(tokens_.source().substr(static_cast<size_t>(span.start),
                                                  static_cast<size_t>(span.length())));
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

size_t MentionFinder::try_place_phrase(size_t i) {
    // One bit test rejects almost every token: place heads, "capitale", demonyms.
    if (!tokens_.in_class(i, kPlaceHeadClass | kDemonymStartClass))
        return i;
    // "la capitale (française)", "the French capital": only these words are read further.
    const bool capital_word = lexicon_.french() ? tokens_.key_is(i, u"capitale")
                                                : tokens_.in_class(i, kDemonymStartClass);
    std::u16string capital_key;
    const size_t capital_end = capital_word ? places_.capital(i, capital_key) : i;
    if (capital_end > i) {
        RawMention description;
        description.span = tokens_.span(i, capital_end);
        description.form = MentionForm::Description;
        description.certainty = Certainty::Pattern;
        description.kind = EntityKind::Place;
        description.role_key = std::move(capital_key);
        add(std::move(description));
        return capital_end;
    }
    const size_t last = places_.match(i);
    if (last == i)
        return i;
    add(named(i, last, EntityKind::Place, Certainty::Pattern));
    return last;
}

size_t MentionFinder::try_role(size_t i) {
    if (!roles_.may_open(i))
        return i;
    if (chains_.is_name_word(i) && classifier_.capitalized_run_has_trigger(i))
        return i;
    RolePhrase role = roles_.parse(i);
    if (role.title < 0)
        return i;
    size_t start = role.last;
    bool comma = false;
    // "le député LREM", "the GOP senator": a party's acronym after a role is the party the
    // person sits for, not the person's name; a name may still follow after a comma.
    if (!role.honorific && tokens_.has(start, kAllCaps) && tokens_.same_sentence(i, start) &&
        !tokens_.in_class(start, kGivenNameClass) && !tokens_.key_is(start + 1, u".") &&
        !chains_.is_name_word(start + 1)) {
        const KnownMatch party = match_known(lexicon_, tokens_, start);
        role.nested.push_back(NestedName{start, start + 1, party.tokens == 1 ? party.entity : -1});
        role.key += u"|";
        role.key += tokens_.key(start);
        role.modified = true;
        role.last = ++start;
    }
    NameChain chain = chains_.person(start, true);
    if (!chain.empty() && tokens_.has(chain.first, kTitleCase))
        chain = attested_.trimmed(chain);
    if (chain.empty() && !role.honorific && tokens_.key_is(start, u",")) {
        const NameChain after = chains_.person(start + 1);
        if (!after.empty() && (after.given_name_first || after.words >= 2 || after.has_initial)) {
            chain = after;
            comma = true;
        }
    }
    if (!chain.empty() && classifier_.capitalized_run_has_trigger(chain.first))
        chain = NameChain{};
    if (chain.empty()) {
        if (role.honorific)
            return i;
        if (role.definite) {
            RawMention description;
            description.span = tokens_.span(role.first, role.last);
            description.form = MentionForm::Description;
            description.certainty = Certainty::Pattern;
            description.role_key = role.key;
            description.role_text = role_text(role);
            description.gender = role.gender;
            description.distinct_role = role.distinct;
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
    const bool title_form = person.form == MentionForm::Title;
    const size_t index = add(std::move(person));
    // "le Premier ministre Jean Dupont", "Finance Minister Ann Lee": a role of more than one
    // word is a mention of the person too, as it is when it follows the name; a bare
    // "président" or "Sen." is only the name's title.
    size_t role_words = 0;
    for (size_t k = role.first; k < role.last; ++k)
        role_words += tokens_.has(k, kWord) ? 1 : 0;
    const bool described = !role.honorific && !title_form && (role.modified || role_words > 1);
    if (comma || described) {
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
    static const std::u16string_view articles[] = {u"le", u"la",  u"l",   u"the", u"a",   u"an",
                                                   u"un", u"une", u"son", u"sa",  u"his", u"her"};
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
    // An apposition closes ("X, le président russe, a dit"); "avec X, le président russe
    // n'a rien dit" starts a new clause whose subject is someone else.
    const bool closes = role.last >= tokens_.size() ||
                        !tokens_.same_sentence(role.last - 1, role.last) ||
                        (!tokens_.has(role.last, kWord) && !tokens_.key_is(role.last, u"'") &&
                         !tokens_.key_is(role.last, u"-")) ||
                        continues_apposition(role.last);
    if (!closes)
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

bool MentionFinder::continues_apposition(size_t i) const {
    // "X, le chef de la police dans un communiqué", "X, doyen des avocats et défenseur de…",
    // "X, the mayor at the time": a preposition or "et" after the role goes on with the
    // apposition; a verb would open a clause of its own.
    static const std::u16string_view french[] = {u"dans",   u"lors",   u"pendant", u"devant",
                                                 u"depuis", u"durant", u"et"};
    static const std::u16string_view english[] = {u"in", u"during", u"at"};
    if (!tokens_.has(i, kLower))
        return false;
    const std::u16string_view key = tokens_.key(i);
    if (lexicon_.french())
        return std::find(std::begin(french), std::end(french), key) != std::end(french);
    return std::find(std::begin(english), std::end(english), key) != std::end(english);
}

size_t MentionFinder::acronym_after(size_t mention, size_t end) {
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

size_t MentionFinder::try_known(size_t i) {
    // Known names start with a capital: a lower-case word is passed without a lookup.
    if (!tokens_.has(i, kUpper))
        return i;
    const KnownMatch known = match_known(lexicon_, tokens_, i);
    if (known.tokens == 0)
        return i;
    const KnownEntity& entity = lexicon_.entity(known.entity);
    const size_t end = i + known.tokens;
    // "SURABAYA, Indonesia (Reuters)", "in SINGAPORE": capitals of a mixed-case name are
    // dateline and byline typography, not a mention.
    if (!known.acronym && tokens_.has(i, kAllCaps) && tokens_[i].span.length() > 3)
        return end;
    // "Maurice Papon", "Chad Smith": a country that is also a given name, before a name.
    if (known.tokens == 1 && entity.kind == EntityKind::Place &&
        tokens_.in_class(i, kGivenNameClass) && chains_.is_name_word(end) &&
        !tokens_.in_class(end, kStopwordClass))
        return i;
    // "Indonesia AirAsia": a place before a company-like word (inner capital) names a company.
    if (entity.kind == EntityKind::Place && chains_.is_name_word(end) &&
        tokens_.has(end, kInnerCap) && !tokens_.has(end, kAllCaps) &&
        tokens_.has(end, kSpaceBefore)) {
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
    // "the United Nations security council", "the Paris appeals court": a known name before a
    // lower-case institution noun names the institution; the known name stays nested.
    const size_t institution =
        entity.kind != EntityKind::Media ? organizations_.lower_institution_after(i, end) : end;
    if (institution > end) {
        const size_t index =
            add(named(i, institution, EntityKind::Organization, Certainty::Pattern));
        add_nested({NestedName{i, end, known.entity}});
        return acronym_after(index, institution);
    }
    if (entity.kind == EntityKind::Organization) {
        const size_t counterpart = organizations_.counterpart_after(end);
        if (counterpart > end) {
            const size_t index =
                add(named(i, counterpart, EntityKind::Organization, Certainty::Pattern));
            return acronym_after(index, counterpart);
        }
    }
    RawMention mention = named(i, end, entity.kind, Certainty::Lexicon);
    mention.known_entity = known.entity;
    // A capital holds the role "la capitale (française)" describes.
    const std::string_view capital_of = lexicon_.capital_country(known.entity);
    if (!capital_of.empty()) {
        mention.role_key = u"capital|cc:";
        for (const char c : capital_of)
            mention.role_key.push_back(static_cast<char16_t>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    if (known.acronym)
        mention.form = MentionForm::Acronym;
    const size_t index = add(std::move(mention));
    if (entity.kind == EntityKind::Media)
        return former_name_after(index, end);
    return acronym_after(index, end);
}

size_t MentionFinder::try_known_parts(size_t i) {
    // Only a capitalized word holds known parts: others are passed without building a list.
    if (!tokens_.has(i, kUpper))
        return i;
    const std::vector<KnownPart> parts = match_known_parts(lexicon_, tokens_, i);
    // "PSG-Montpellier": beside a club, a city names its club.
    const bool fixture = std::any_of(parts.begin(), parts.end(), [&](const KnownPart& part) {
        return lexicon_.entity(part.entity).kind == EntityKind::Organization;
    });
    for (const KnownPart& part : parts) {
        RawMention mention;
        mention.span = mention.name_span = part.span;
        mention.words = {part.word};
        mention.kind = lexicon_.entity(part.entity).kind;
        mention.certainty = Certainty::Lexicon;
        mention.known_entity = part.entity;
        if (fixture && mention.kind == EntityKind::Place) {
            mention.kind = EntityKind::Organization;
            mention.certainty = Certainty::Pattern;
            mention.known_entity = -1;
        }
        if (part.acronym)
            mention.form = MentionForm::Acronym;
        add(std::move(mention));
    }
    return parts.empty() ? i : i + 1;
}

size_t MentionFinder::former_name_after(size_t mention, size_t end) {
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

size_t MentionFinder::try_organization(size_t i) {
    // Only a trigger noun opens an organization: one bit test before a phrase is built.
    if (!tokens_.in_class(i, kTriggerStartClass))
        return i;
    const OrganizationPhrase organization = organizations_.match(i);
    if (organization.last == organization.first)
        return i;
    // The capitalized name may run further than the trigger's complements.
    const NameChain proper = chains_.proper(i);
    const size_t last =
        proper.has_trigger ? std::max(proper.last, organization.last) : organization.last;
    const size_t index = add(named(i, last, EntityKind::Organization, Certainty::Pattern));
    add_nested(organization.nested);
    return acronym_after(index, last);
}

size_t MentionFinder::try_type_description(size_t i) {
    // One bit test rejects every word that is no type noun.
    if (!tokens_.in_class(i, kTypeNounClass))
        return i;
    TypeDescription type = types_.description(i);
    if (type.end == i)
        return i;
    RawMention description;
    description.span = tokens_.span(i, type.end);
    description.form = MentionForm::Description;
    description.certainty = Certainty::Pattern;
    description.kind = type.kind;
    description.role_key = std::move(type.key);
    add(std::move(description));
    return type.end;
}

size_t MentionFinder::try_chain(size_t i) {
    // Apart from name words, only a lower-case particle may open a chain ("van Sebille").
    if (!chains_.is_name_word(i) && !chains_.is_apostrophe_name(i) &&
        (!tokens_.has(i, kLower) || !tokens_.in_class(i, kParticleClass)))
        return i;
    if (chains_.is_name_word(i) && tokens_.in_class(i, kStopwordClass) &&
        !chains_.opens_full_name(i))
        return i;
    const NameChain proper = chains_.proper(i);
    if (proper.has_trigger && proper.words >= 2) {
        const size_t index =
            add(named(i, proper.last, EntityKind::Organization, Certainty::Pattern));
        return acronym_after(index, proper.last);
    }
    // "le Nord-est de la France": the region's compass word is passed, the country after it
    // is read on its own.
    if (ChainClassifier::is_compass_compound(tokens_.key(i)))
        return i + 1;
    NameChain chain = chains_.person(i);
    if (chain.empty())
        return i;
    // "Ohio Republican Marge Tilley", "the Dutch Joost Verbeek": a nationality or a
    // party word before a given name is no word of the name ("Eastern Review" stays one).
    if (chain.words >= 2 && tokens_.has(i, kUpper) && !chain.given_name_first &&
        tokens_.in_class(i + 1, kGivenNameClass) && classifier_.is_group_word(tokens_.key(i)))
        return i + 1;
    // "Jane Doe Wins Big Again": in a headline of capitalized words, a name stops at the
    // first word the text never capitalizes elsewhere (a given name and surname need no proof).
    if (tokens_.has(i, kTitleCase)) {
        const size_t end = chain.last;
        chain = attested_.trimmed(chain);
        if (chain.empty())
            return end;
    }
    // "GENÈVE, 12 mars (AFP) -": a dateline's city in capitals, not an acronym.
    if (tokens_.has(i, kAllCaps) && tokens_.has(i, kInitial) && chain.last == i + 1 &&
        (tokens_.key_is(i + 1, u",") || tokens_.key_is(i + 1, u"(") || tokens_.key_is(i + 1, u"-")))
        return chain.last;
    // "the European parliament", "the Green Valley council": capitals and a lower-case
    // institution noun (demonyms included, which alone name nobody).
    const size_t institution = organizations_.lower_institution_after(i, chain.last);
    if (institution > chain.last) {
        const size_t index =
            add(named(i, institution, EntityKind::Organization, Certainty::Pattern));
        return acronym_after(index, institution);
    }
    if (!classifier_.is_plausible_name(chain))
        return chain.last;
    // "20 000 DA", "300 MW": capitals right after a number are a unit.
    if (chain.words == 1 && tokens_.has(i, kAllCaps) && i > 0 && tokens_.has(i - 1, kDigit) &&
        tokens_.same_sentence(i - 1, i))
        return chain.last;
    // "Climat : Paris et Berlin...": a rubric word before a colon opens a headline.
    if (chain.words == 1 && tokens_.has(i, kInitial) && tokens_.key_is(chain.last, u":") &&
        (i == 0 || !tokens_.same_sentence(i - 1, i)))
        return chain.last;
    const bool single = chain.words == 1 && !chain.has_initial;
    auto [kind, certainty] = classifier_.classify(i, chain);
    size_t last = chain.last;
    // "the Social Democratic party": a lower-case "party" after capitals closes a party's name.
    if (!lexicon_.french() && tokens_.key_is(last, u"party") && tokens_.has(last, kLower) &&
        tokens_.same_sentence(i, last)) {
        kind = EntityKind::Organization;
        certainty = Certainty::Pattern;
        ++last;
    }
    // "Schiphol airport", "Orly airport": a lower-case place noun after capitals closes a
    // place's name.
    if (!lexicon_.french() && tokens_.has(last, kLower) && tokens_.same_sentence(i, last) &&
        (lexicon_.place_noun(tokens_.key(last)) & kPlaceTail)) {
        kind = EntityKind::Place;
        certainty = Certainty::Pattern;
        ++last;
    }
    // "Journal de Québec", "Radio Kalima": a medium's type noun heading a name.
    if (chain.words >= 2 && tokens_.has(i, kUpper) && lexicon_.is_media_cue(tokens_.key(i))) {
        kind = EntityKind::Media;
        certainty = Certainty::Pattern;
    }
    // "Nessma TV", "Mosaïque FM": a broadcaster's suffix makes a medium of the name.
    if (classifier_.is_media_suffix(last) && tokens_.same_sentence(i, last)) {
        kind = EntityKind::Media;
        certainty = Certainty::Pattern;
        ++last;
    }
    if (kind == EntityKind::Media && tokens_.has(last, kDigit) && tokens_.has(last, kSpaceBefore) &&
        tokens_.same_sentence(i, last))
        ++last; // "Rossiya 24", "France 24"
    RawMention mention = named(i, last, kind, certainty);
    mention.given_name_first = chain.given_name_first;
    if (kind == EntityKind::Organization && single && tokens_.has(i, kAllCaps))
        mention.form = MentionForm::Acronym;
    else if (single && kind == EntityKind::Person)
        mention.form = MentionForm::Surname;
    // "Oceanographer Pattiaratchi": a first word met only at sentence starts may be a noun.
    if (chain.words == 2 && tokens_.has(i, kInitial) && !chain.given_name_first &&
        kind == EntityKind::Person && !attested_.contains(tokens_.key(i)))
        mention.initial_chain = true;
    if (single && tokens_.has(i, kInitial) && certainty == Certainty::Guess)
        mention.initial_single =
            !attested_.contains(tokens_.key(i)) && !tokens_.in_class(i, kGivenNameClass);
    const size_t index = add(std::move(mention));
    if (kind == EntityKind::Person)
        return apposition_after(index, chain.last);
    return acronym_after(index, last);
}

} // namespace whosaid::actors

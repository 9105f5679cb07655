#include "actors/role_mention_reader.h"

#include "actors/known_matcher.h"

#include <algorithm>

namespace whosaid::actors {

std::u16string RoleMentionReader::role_text(const RolePhrase& role) const {
    const Span span = tokens_.span(role.first, role.last);
    return std::u16string(tokens_.source().substr(static_cast<size_t>(span.start),
                                                  static_cast<size_t>(span.length())));
}

size_t RoleMentionReader::read_role(size_t i) {
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
            mentions_.add(std::move(description));
            mentions_.add_nested(role.nested);
            return role.last;
        }
        if (role.modified) {
            mentions_.add_nested(role.nested);
            return role.last;
        }
        return i;
    }
    RawMention person =
        mentions_.named(chain.first, chain.last, EntityKind::Person, Certainty::Pattern);
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
    const size_t index = mentions_.add(std::move(person));
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
        mentions_.add(std::move(description));
    }
    mentions_.add_nested(role.nested);
    return apposition_after(index, chain.last);
}

size_t RoleMentionReader::apposition_after(size_t mention, size_t end) {
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
    mentions_.add(std::move(description));
    mentions_.add_nested(role.nested);
    return role.last;
}

bool RoleMentionReader::continues_apposition(size_t i) const {
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

} // namespace whosaid::actors

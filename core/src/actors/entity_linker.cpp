#include "actors/entity_linker.h"

#include "actors/acronym_index.h"
#include "support/key_hash.h"

#include <algorithm>
#include <numeric>

namespace whosaid::actors {

namespace {

class UnionFind {
public:
    explicit UnionFind(size_t size) : parent_(size) {
        std::iota(parent_.begin(), parent_.end(), size_t{0});
    }
    size_t find(size_t x) {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];
            x = parent_[x];
        }
        return x;
    }
    // The earlier mention stays the root, so a group's root is its first member.
    void unite(size_t a, size_t b) {
        a = find(a);
        b = find(b);
        if (a != b)
            parent_[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<size_t> parent_;
};

// Writes the words into key, one space between two; key's buffer is reused.
void join(const std::vector<std::u16string_view>& words, std::u16string& key) {
    key.clear();
    for (const std::u16string_view word : words) {
        if (!key.empty())
            key.push_back(u' ');
        key += word;
    }
}

bool is_subset(const std::vector<std::u16string_view>& small,
               const std::vector<std::u16string_view>& large) {
    for (const std::u16string_view word : small)
        if (std::find(large.begin(), large.end(), word) == large.end())
            return false;
    return true;
}

std::vector<std::u16string_view> split_key(std::u16string_view key) {
    std::vector<std::u16string_view> parts;
    size_t start = 0;
    while (start <= key.size()) {
        size_t bar = key.find(u'|', start);
        if (bar == std::u16string_view::npos)
            bar = key.size();
        parts.push_back(key.substr(start, bar - start));
        start = bar + 1;
    }
    return parts;
}

// A role some groups hold, split into its parts once.
struct HeldRole {
    std::vector<std::u16string_view> parts; // head first, then modifiers
    const std::vector<size_t>* roots;
};

// Held roles by head: broader_holder reads only the roles sharing a description's head,
// instead of splitting every role for every description.
using WordIndex = std::unordered_map<std::u16string_view, std::vector<size_t>, support::KeyHash>;

using HeldRoles = std::unordered_map<std::u16string_view, std::vector<HeldRole>, support::KeyHash>;

HeldRoles index_held_roles(const support::KeyMap<std::vector<size_t>>& holders) {
    HeldRoles index;
    for (const auto& [key, roots] : holders) {
        HeldRole role{split_key(key), &roots};
        index[role.parts.front()].push_back(std::move(role));
    }
    return index;
}

// Whether every modifier of `small` (parts after the head) is one of `large`.
bool modifiers_within(const std::vector<std::u16string_view>& small,
                      const std::vector<std::u16string_view>& large) {
    for (size_t k = 1; k < small.size(); ++k)
        if (std::find(large.begin() + 1, large.end(), small[k]) == large.end())
            return false;
    return true;
}

// The one group fitting the description whose role has the description's head and at least
// its modifiers, or `none` (the number of mentions) when there is no such group or several.
// narrower: the other way round, a role whose modifiers the description all has ("le Premier
// ministre tchèque" for the one "Premier ministre" of the article).
template <typename Groups, typename Fits>
size_t broader_holder(const HeldRoles& held_roles, std::u16string_view description, Groups& groups,
                      size_t none, Fits fits, bool narrower = false) {
    const std::vector<std::u16string_view> wanted = split_key(description);
    const auto same_head = held_roles.find(wanted.front());
    if (same_head == held_roles.end())
        return none;
    size_t found = none;
    for (const HeldRole& role : same_head->second) {
        const std::vector<std::u16string_view>& held = role.parts;
        if (!(narrower ? modifiers_within(held, wanted) : modifiers_within(wanted, held)))
            continue;
        for (size_t root : *role.roots) {
            const size_t current = groups.find(root);
            if (!fits(current))
                continue;
            if (found != none && groups.find(found) != current)
                return none;
            found = current;
        }
    }
    return found;
}

// "secrétaire générale de la CGT", "dirigeante de la CGT", "patron du Medef": heads of an
// organization share one key, "leader|cgt", so descriptions reach the one who leads it.
// Empty when the role names no organization (a head of state keeps its own key).
// Read in place, part by part: most role keys are no leader's and are rejected on their head
// without building anything.
std::u16string leader_key(std::u16string_view role_key) {
    static const std::u16string_view leaders[] = {
        u"president",          u"patron",   u"dirigeant", u"chef",
        u"secretaire general", u"pdg",      u"directeur", u"leader",
        u"chief executive",    u"chairman", u"chief",     u"director",
        u"secretary-general"};
    const size_t head_end = std::min(role_key.find(u'|'), role_key.size());
    if (std::find(std::begin(leaders), std::end(leaders), role_key.substr(0, head_end)) ==
        std::end(leaders))
        return {};
    std::u16string key = u"leader";
    for (size_t start = head_end + 1; start <= role_key.size();) {
        const size_t end = std::min(role_key.find(u'|', start), role_key.size());
        const std::u16string_view part = role_key.substr(start, end - start);
        if (!part.starts_with(u"cc:")) {
            key += u"|";
            key += part;
        }
        start = end + 1;
    }
    return key == u"leader" ? std::u16string() : key;
}

Gender mention_gender(const ActorLexicon& lexicon, const RawMention& mention) {
    if (mention.gender != Gender::Unknown)
        return mention.gender;
    if (mention.given_name_first && !mention.words.empty())
        return lexicon.given_name_gender(mention.words.front());
    return Gender::Unknown;
}

} // namespace

std::vector<MentionGroup> EntityLinker::link(RawMentionList& mentions) const {
    const size_t n = mentions.size();
    UnionFind groups(n);
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return mentions[a].span.start < mentions[b].span.start;
    });

    std::unordered_map<int32_t, size_t> by_known;
    support::KeyMap<size_t> by_name; // names of non-persons, and acronyms learned from the text
    support::KeyMap<size_t> by_full_name; // persons' full names
    // Last and first words of full names → mentions, keyed by views into the token stream,
    // which outlives the linking: no string is built per name.
    WordIndex by_surname;
    WordIndex by_first_name;
    std::u16string name_key; // reused: a map copies it only when it keeps a new name
    for (size_t m : order) {
        RawMention& mention = mentions[m];
        if (mention.attach_to >= 0)
            groups.unite(m, static_cast<size_t>(mention.attach_to));
        if (mention.known_entity >= 0) {
            const auto [it, inserted] = by_known.try_emplace(mention.known_entity, m);
            if (!inserted)
                groups.unite(it->second, m);
        }
        if (mention.is_description() || mention.words.empty())
            continue;
        join(mention.words, name_key);
        if (mention.kind != EntityKind::Person || mention.form == MentionForm::Acronym) {
            if (mention.certainty == Certainty::Guess && mention.words.size() == 1)
                continue;
            const auto [it, inserted] = by_name.try_emplace(name_key, m);
            if (!inserted && mentions[it->second].kind == mention.kind)
                groups.unite(it->second, m);
            continue;
        }
        if (mention.words.size() >= 2) {
            const auto [it, inserted] = by_full_name.try_emplace(name_key, m);
            if (inserted) {
                by_surname[mention.words.back()].push_back(m);
                by_first_name[mention.words.front()].push_back(m);
            } else {
                groups.unite(it->second, m);
            }
        }
    }
    // Shorter full names: "Bambang Soelistyo" in "Fransiskus Bambang Soelistyo".
    // Unites m with the one group among the candidates that accept; none or several: nothing.
    const auto unite_unique = [&](size_t m, const auto& candidates, const auto& accept) {
        size_t match = n;
        bool ambiguous = false;
        for (size_t other : candidates) {
            if (other == m || !accept(other))
                continue;
            if (match != n && groups.find(match) != groups.find(other))
                ambiguous = true;
            match = other;
        }
        if (match != n && !ambiguous)
            groups.unite(match, m);
    };
    for (auto& [key, m] : by_full_name) {
        const std::vector<std::u16string_view>& words = mentions[m].words;
        unite_unique(m, by_surname[words.back()], [&](size_t other) {
            return mentions[other].words.size() > words.size() &&
                   is_subset(words, mentions[other].words);
        });
    }
    // "Sabrina H." for "Sabrina Haddad": a given name and an initial stand for the one person
    // with that given name whose surname starts with that letter.
    for (auto& [key, m] : by_full_name) {
        const std::vector<std::u16string_view>& words = mentions[m].words;
        if (words.size() != 2 || words.back().size() != 1)
            continue;
        const auto found = by_first_name.find(words.front());
        if (found == by_first_name.end())
            continue;
        unite_unique(m, found->second, [&](size_t other) {
            const std::u16string_view surname = mentions[other].words.back();
            return surname.size() >= 2 && surname.front() == words.back().front();
        });
    }
    // "Oceanographer Pattiaratchi" at a sentence start: the surname of one known person.
    for (size_t m : order) {
        const RawMention& mention = mentions[m];
        if (!mention.initial_chain || mention.words.size() != 2)
            continue;
        const auto found = by_surname.find(mention.words.back());
        if (found == by_surname.end())
            continue;
        size_t match = n;
        bool ambiguous = false;
        for (size_t other : found->second) {
            if (groups.find(other) == groups.find(m))
                continue;
            if (match != n && groups.find(match) != groups.find(other))
                ambiguous = true;
            match = other;
        }
        if (match != n && !ambiguous)
            groups.unite(match, m);
    }
    // Gender of each full-name group, to keep "Mme Smith" away from "John Smith".
    std::unordered_map<size_t, Gender> group_gender;
    for (const auto& [key, m] : by_full_name) {
        const Gender gender = mention_gender(lexicon_, mentions[m]);
        if (gender != Gender::Unknown)
            group_gender[groups.find(m)] = gender;
    }
    // Single names: a surname, "M. X", or a capitalized word of unknown kind.
    // Views: no string built. "M. Okafor" and "Mme Okafor" stay two people.
    std::unordered_map<std::u16string_view, std::vector<size_t>, support::KeyHash> singles;
    const AcronymIndex acronyms(mentions);
    for (size_t m : order) {
        RawMention& mention = mentions[m];
        if (mention.is_description() || mention.words.size() != 1 || mention.attach_to >= 0 ||
            mention.known_entity >= 0 ||
            (mention.form == MentionForm::Acronym && mention.certainty != Certainty::Guess))
            continue;
        // A place or organization guessed from its context may still be a surname ("à Poutine").
        if (mention.kind != EntityKind::Person && mention.certainty == Certainty::Lexicon)
            continue;
        const std::u16string_view word = mention.words.front();
        const Gender gender = mention_gender(lexicon_, mention);
        auto candidates = [&](const WordIndex& index) {
            std::vector<size_t> roots;
            const auto found = index.find(word);
            if (found == index.end())
                return roots;
            for (size_t other : found->second) {
                const size_t root = groups.find(other);
                const auto known_gender = group_gender.find(root);
                if (gender != Gender::Unknown && known_gender != group_gender.end() &&
                    known_gender->second != gender)
                    continue;
                if (std::find(roots.begin(), roots.end(), root) == roots.end())
                    roots.push_back(root);
            }
            return roots;
        };
        std::vector<size_t> roots = candidates(by_surname);
        if (roots.empty() && !mention.honorific)
            roots = candidates(by_first_name);
        if (roots.size() == 1) {
            groups.unite(roots.front(), m);
            mention.kind = EntityKind::Person;
            continue;
        }
        if (roots.size() > 1) {
            mention.dropped = true; // two people share this name: no guess
            continue;
        }
        // "FEC" for the Federal Election Commission met earlier without brackets.
        if (mention.form == MentionForm::Acronym && mention.certainty == Certainty::Guess) {
            size_t expansion = n;
            if (const std::vector<size_t>* named = acronyms.find(word))
                for (size_t other : *named) {
                    const size_t root = groups.find(other);
                    expansion = expansion == n || expansion == root ? root : n + 1;
                }
            if (expansion < n) {
                groups.unite(expansion, m);
                mention.kind = mentions[expansion].kind;
                continue;
            }
        }
        const auto named = by_name.find(word);
        if (named != by_name.end() && mention.certainty == Certainty::Guess) {
            groups.unite(named->second, m);
            mention.kind = mentions[named->second].kind;
            continue;
        }
        std::vector<size_t>& same = singles[word];
        size_t match = n;
        bool ambiguous = false;
        for (size_t other : same) {
            const Gender other_gender = mention_gender(lexicon_, mentions[other]);
            if (gender != Gender::Unknown && other_gender != Gender::Unknown &&
                gender != other_gender)
                continue;
            if (match != n && groups.find(match) != groups.find(other))
                ambiguous = true;
            match = other;
        }
        if (ambiguous)
            mention.dropped = true;
        else if (match != n)
            groups.unite(match, m);
        else
            same.push_back(m);
    }
    // "la Ligue", "du Conseil", "cette Assemblée": an organization's head noun alone stands for
    // the one organization of the article whose name it opens ("Ligue de football
    // professionnel"); with two such names it stays apart.
    const auto bare_head = [&](const RawMention& mention) {
        return !mention.dropped && mention.kind == EntityKind::Organization &&
               !mention.is_description() && mention.words.size() == 1 &&
               mention.form != MentionForm::Acronym;
    };
    WordIndex by_org_head; // built only for an article that has a bare head
    if (std::any_of(mentions.begin(), mentions.end(), bare_head))
        for (size_t m : order) {
            const RawMention& mention = mentions[m];
            if (!mention.dropped && mention.kind == EntityKind::Organization &&
                !mention.is_description() && mention.words.size() >= 2 &&
                mention.form != MentionForm::Acronym)
                by_org_head[mention.words.front()].push_back(m);
        }
    for (size_t m : order) {
        const RawMention& mention = mentions[m];
        if (by_org_head.empty())
            break;
        if (!bare_head(mention))
            continue;
        const auto found = by_org_head.find(mention.words.front());
        if (found == by_org_head.end())
            continue;
        size_t match = n;
        bool ambiguous = false;
        for (size_t other : found->second) {
            if (match != n && groups.find(match) != groups.find(other))
                ambiguous = true;
            match = other;
        }
        if (match != n && !ambiguous)
            groups.unite(match, m);
    }
    // Descriptions go to the one actor that holds the role.
    support::KeyMap<std::vector<size_t>> holders;
    support::KeyMap<std::vector<size_t>> leaders;
    for (size_t m = 0; m < n; ++m) {
        const RawMention& mention = mentions[m];
        if (mention.dropped || mention.role_key.empty() || mention.is_description())
            continue;
        // A type is held by a name whose kind rests on more than its shape: "the Trump
        // campaign" typed by a guess is no campaign of the article.
        if (mention.certainty == Certainty::Guess && mention.role_key.starts_with(u"type:"))
            continue;
        const size_t root = groups.find(m);
        std::vector<size_t>& roots = holders[mention.role_key];
        if (std::find(roots.begin(), roots.end(), root) == roots.end())
            roots.push_back(root);
        const std::u16string leader = leader_key(mention.role_key);
        if (!leader.empty()) {
            std::vector<size_t>& led = leaders[leader];
            if (std::find(led.begin(), led.end(), root) == led.end())
                led.push_back(root);
        }
    }
    const HeldRoles held_roles = index_held_roles(holders);
    // Gender of each group its named mentions show: "la présidente" is no man's description.
    // A given name outweighs the article of a title ("le ministre Hélène X"); mentions that
    // disagree leave the gender unknown.
    std::unordered_map<size_t, Gender> holder_gender;
    for (size_t m = 0; m < n; ++m) {
        const RawMention& mention = mentions[m];
        if (mention.dropped || mention.is_description())
            continue;
        Gender gender = mention.given_name_first && !mention.words.empty()
                            ? lexicon_.given_name_gender(mention.words.front())
                            : Gender::Unknown;
        if (gender == Gender::Unknown)
            gender = mention_gender(lexicon_, mention);
        if (gender == Gender::Unknown)
            continue;
        const auto [it, inserted] = holder_gender.try_emplace(groups.find(m), gender);
        if (!inserted && it->second != gender)
            it->second = Gender::Unknown;
    }
    // Media of the lexicon named in the article: "le quotidien" that no name holds may still
    // stand for the one newspaper the article names.
    std::vector<std::pair<size_t, int32_t>> known_media; // (mention, known entity)
    for (size_t m = 0; m < n; ++m)
        if (!mentions[m].dropped && mentions[m].known_entity >= 0 &&
            mentions[m].kind == EntityKind::Media && !mentions[m].is_description())
            known_media.emplace_back(m, mentions[m].known_entity);
    const auto medium_of_type = [&](std::u16string_view role_key) {
        size_t found = n;
        if (!role_key.starts_with(u"type:"))
            return found;
        const std::u16string_view noun = role_key.substr(5);
        for (const auto& [m, entity] : known_media) {
            if (!lexicon_.type_noun_fits(noun, entity))
                continue;
            const size_t root = groups.find(m);
            if (found != n && found != root)
                return n;
            found = root;
        }
        return found;
    };
    for (size_t m = 0; m < n; ++m) {
        RawMention& mention = mentions[m];
        if (!mention.is_description())
            continue;
        // Only a feminine description is evidence: French writes "le ministre" for women too.
        const auto fits = [&](size_t root) {
            if (mention.gender != Gender::Feminine)
                return true;
            const auto known = holder_gender.find(groups.find(root));
            return known == holder_gender.end() || known->second == Gender::Unknown ||
                   known->second == mention.gender;
        };
        if (mention.attach_to >= 0) {
            const size_t root = groups.find(m);
            if (mentions[root].dropped)
                mention.dropped = true;
            continue;
        }
        const auto found = holders.find(mention.role_key);
        if (found != holders.end()) {
            size_t holder = n;
            bool several = false;
            for (size_t root : found->second)
                if (fits(root)) {
                    several = several || (holder != n && groups.find(holder) != groups.find(root));
                    holder = root;
                }
            if (holder < n && !several)
                groups.unite(holder, m);
            else
                mention.dropped = true;
            continue;
        }
        // "le ministre russe" for the one holder of "ministre|affaires etrangeres|cc:ru".
        size_t root = broader_holder(held_roles, mention.role_key, groups, n, fits);
        if (root == n) {
            const auto led = leaders.find(leader_key(mention.role_key));
            if (led != leaders.end() && led->second.size() == 1)
                root = led->second.front();
        }
        // "le Premier ministre tchèque" after "le Premier ministre Pavel Dvořák": French adds
        // the nationality to a title the article gave bare. English puts it first to tell
        // leaders apart ("the French leader" beside "the CDU leader"): no country there.
        if (root == n && !mention.distinct_role &&
            (lexicon_.french() || mention.role_key.find(u"|cc:") == std::u16string::npos))
            root = broader_holder(held_roles, mention.role_key, groups, n, fits, true);
        if (root == n)
            root = medium_of_type(mention.role_key);
        if (root == n)
            mention.dropped = true;
        else
            groups.unite(root, m);
    }
    // Collect the groups in order of first mention.
    std::vector<MentionGroup> out;
    std::vector<size_t> group_of_root(n, n); // roots are mention indices
    for (size_t m : order) {
        if (mentions[m].dropped)
            continue;
        const size_t root = groups.find(m);
        if (group_of_root[root] == n) {
            group_of_root[root] = out.size();
            out.emplace_back();
        }
        out[group_of_root[root]].members.push_back(m);
    }
    std::vector<MentionGroup> kept;
    for (MentionGroup& group : out) {
        Certainty best = Certainty::Guess;
        // A capitalized word met only at the start of sentences is no name by itself.
        // Nor is one the article also writes in lower case ("les gilets", "le marché").
        const bool only_initials =
            std::all_of(group.members.begin(), group.members.end(), [&](size_t m) {
                return mentions[m].initial_single || mentions[m].common_word;
            });
        if (only_initials)
            continue;
        bool named = false;
        for (size_t m : group.members)
            if (!mentions[m].is_description()) {
                named = true;
                best = std::max(best, mentions[m].certainty);
            }
        if (!named)
            continue;
        int votes[4] = {0, 0, 0, 0};
        for (size_t m : group.members)
            if (!mentions[m].is_description() && mentions[m].certainty == best)
                ++votes[static_cast<int>(mentions[m].kind)];
        group.kind = static_cast<EntityKind>(std::max_element(std::begin(votes), std::end(votes)) -
                                             std::begin(votes));
        kept.push_back(std::move(group));
    }
    return kept;
}

} // namespace whosaid::actors

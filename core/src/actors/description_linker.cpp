#include "actors/description_linker.h"

#include "actors/held_role_index.h"
#include "actors/mention_gender.h"

#include <algorithm>

namespace whosaid::actors {

namespace {

// "secrétaire général de FO", "présidente de la FNSEA", "patron du Medef": heads of an
// organization share one key, "leader|fnsea", so descriptions reach the one who leads it.
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

void add_root(std::vector<size_t>& roots, size_t root) {
    if (std::find(roots.begin(), roots.end(), root) == roots.end())
        roots.push_back(root);
}

} // namespace

void DescriptionLinker::link() {
    index_holders();
    const HeldRoleIndex held_roles(holders_);
    read_holder_genders();
    index_known_media();
    for (size_t m = 0; m < mentions_.size(); ++m)
        if (mentions_[m].is_description())
            link_description(m, held_roles);
}

void DescriptionLinker::index_holders() {
    for (size_t m = 0; m < mentions_.size(); ++m) {
        const RawMention& mention = mentions_[m];
        if (mention.dropped || mention.role_key.empty() || mention.is_description())
            continue;
        // A type is held by a name whose kind rests on more than its shape: "the Trump
        // campaign" typed by a guess is no campaign of the article.
        if (mention.certainty == Certainty::Guess && mention.role_key.starts_with(u"type:"))
            continue;
        const size_t root = groups_.find(m);
        add_root(holders_[mention.role_key], root);
        const std::u16string leader = leader_key(mention.role_key);
        if (!leader.empty())
            add_root(leaders_[leader], root);
    }
}

void DescriptionLinker::read_holder_genders() {
    // "la présidente" is no man's description. A given name outweighs the article of a title
    // ("le ministre Hélène X").
    for (size_t m = 0; m < mentions_.size(); ++m) {
        const RawMention& mention = mentions_[m];
        if (mention.dropped || mention.is_description())
            continue;
        Gender gender = mention.given_name_first && !mention.words.empty()
                            ? lexicon_.given_name_gender(mention.words.front())
                            : Gender::Unknown;
        if (gender == Gender::Unknown)
            gender = mention_gender(lexicon_, mention);
        if (gender == Gender::Unknown)
            continue;
        const auto [it, inserted] = holder_gender_.try_emplace(groups_.find(m), gender);
        if (!inserted && it->second != gender)
            it->second = Gender::Unknown;
    }
}

void DescriptionLinker::index_known_media() {
    for (size_t m = 0; m < mentions_.size(); ++m)
        if (!mentions_[m].dropped && mentions_[m].known_entity >= 0 &&
            mentions_[m].kind == EntityKind::Media && !mentions_[m].is_description())
            known_media_.emplace_back(m, mentions_[m].known_entity);
}

bool DescriptionLinker::fits(const RawMention& description, size_t root) {
    if (description.gender != Gender::Feminine)
        return true;
    const auto known = holder_gender_.find(groups_.find(root));
    return known == holder_gender_.end() || known->second == Gender::Unknown ||
           known->second == description.gender;
}

size_t DescriptionLinker::medium_of_type(std::u16string_view role_key) {
    const size_t none = mentions_.size();
    size_t found = none;
    if (!role_key.starts_with(u"type:"))
        return found;
    const std::u16string_view noun = role_key.substr(5);
    for (const auto& [m, entity] : known_media_) {
        if (!lexicon_.type_noun_fits(noun, entity))
            continue;
        const size_t root = groups_.find(m);
        if (found != none && found != root)
            return none;
        found = root;
    }
    return found;
}

void DescriptionLinker::link_description(size_t m, const HeldRoleIndex& held_roles) {
    const size_t n = mentions_.size();
    RawMention& mention = mentions_[m];
    const auto fits_mention = [&](size_t root) {
        return fits(mention, root);
    };
    if (mention.attach_to >= 0) {
        if (mentions_[groups_.find(m)].dropped)
            mention.dropped = true;
        return;
    }
    const auto found = holders_.find(mention.role_key);
    if (found != holders_.end()) {
        size_t holder = n;
        bool several = false;
        for (size_t root : found->second)
            if (fits_mention(root)) {
                several = several || (holder != n && groups_.find(holder) != groups_.find(root));
                holder = root;
            }
        if (holder < n && !several)
            groups_.unite(holder, m);
        else
            mention.dropped = true;
        return;
    }
    // "le ministre russe" for the one holder of "ministre|affaires etrangeres|cc:ru".
    size_t root = held_roles.holder(mention.role_key, groups_, n, fits_mention);
    if (root == n) {
        const auto led = leaders_.find(leader_key(mention.role_key));
        if (led != leaders_.end() && led->second.size() == 1)
            root = led->second.front();
    }
    // "le Premier ministre tchèque" after "le Premier ministre Pavel Dvořák": French adds
    // the nationality to a title the article gave bare. English puts it first to tell
    // leaders apart ("the French leader" beside "the CDU leader"): no country there.
    if (root == n && !mention.distinct_role &&
        (lexicon_.french() || mention.role_key.find(u"|cc:") == std::u16string::npos))
        root = held_roles.holder(mention.role_key, groups_, n, fits_mention, true);
    if (root == n)
        root = medium_of_type(mention.role_key);
    if (root == n)
        mention.dropped = true;
    else
        groups_.unite(root, m);
}

} // namespace whosaid::actors

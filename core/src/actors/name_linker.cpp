#include "actors/name_linker.h"

#include "actors/acronym_index.h"
#include "actors/mention_gender.h"

#include <algorithm>

namespace whosaid::actors {

namespace {

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

// An organization's head noun alone: "la Ligue", "du Conseil", "cette Assemblée".
bool is_bare_head(const RawMention& mention) {
    return !mention.dropped && mention.kind == EntityKind::Organization &&
           !mention.is_description() && mention.words.size() == 1 &&
           mention.form != MentionForm::Acronym;
}

} // namespace

void NameLinker::link() {
    index_names();
    link_shorter_full_names();
    link_given_name_initials();
    link_initial_chains();
    read_full_name_genders();
    link_single_names();
    link_organization_heads();
}

void NameLinker::index_names() {
    std::u16string name_key; // reused: a map copies it only when it keeps a new name
    for (size_t m : order_) {
        RawMention& mention = mentions_[m];
        if (mention.attach_to >= 0)
            groups_.unite(m, static_cast<size_t>(mention.attach_to));
        if (mention.known_entity >= 0) {
            const auto [it, inserted] = by_known_.try_emplace(mention.known_entity, m);
            if (!inserted)
                groups_.unite(it->second, m);
        }
        if (mention.is_description() || mention.words.empty())
            continue;
        join(mention.words, name_key);
        if (mention.kind != EntityKind::Person || mention.form == MentionForm::Acronym) {
            if (mention.certainty == Certainty::Guess && mention.words.size() == 1)
                continue;
            const auto [it, inserted] = by_name_.try_emplace(name_key, m);
            if (!inserted && mentions_[it->second].kind == mention.kind)
                groups_.unite(it->second, m);
            continue;
        }
        if (mention.words.size() >= 2) {
            const auto [it, inserted] = by_full_name_.try_emplace(name_key, m);
            if (inserted) {
                by_surname_[mention.words.back()].push_back(m);
                by_first_name_[mention.words.front()].push_back(m);
            } else {
                groups_.unite(it->second, m);
            }
        }
    }
}

void NameLinker::link_shorter_full_names() {
    for (auto& [key, m] : by_full_name_) {
        const std::vector<std::u16string_view>& words = mentions_[m].words;
        groups_.unite_with_unique(m, by_surname_[words.back()], [&](size_t other) {
            return mentions_[other].words.size() > words.size() &&
                   is_subset(words, mentions_[other].words);
        });
    }
}

void NameLinker::link_given_name_initials() {
    // A given name and an initial stand for the one person with that given name whose
    // surname starts with that letter.
    for (auto& [key, m] : by_full_name_) {
        const std::vector<std::u16string_view>& words = mentions_[m].words;
        if (words.size() != 2 || words.back().size() != 1)
            continue;
        const auto found = by_first_name_.find(words.front());
        if (found == by_first_name_.end())
            continue;
        groups_.unite_with_unique(m, found->second, [&](size_t other) {
            const std::u16string_view surname = mentions_[other].words.back();
            return surname.size() >= 2 && surname.front() == words.back().front();
        });
    }
}

void NameLinker::link_initial_chains() {
    for (size_t m : order_) {
        const RawMention& mention = mentions_[m];
        if (!mention.initial_chain || mention.words.size() != 2)
            continue;
        const auto found = by_surname_.find(mention.words.back());
        if (found == by_surname_.end())
            continue;
        groups_.unite_with_unique(
            m, found->second, [&](size_t other) { return groups_.find(other) != groups_.find(m); });
    }
}

void NameLinker::read_full_name_genders() {
    for (const auto& [key, m] : by_full_name_) {
        const Gender gender = mention_gender(lexicon_, mentions_[m]);
        if (gender != Gender::Unknown)
            group_gender_[groups_.find(m)] = gender;
    }
}

void NameLinker::link_single_names() {
    // A surname, "M. X", or a capitalized word of unknown kind, by its one word.
    WordIndex singles;
    const AcronymIndex acronyms(mentions_);
    for (size_t m : order_) {
        const RawMention& mention = mentions_[m];
        if (mention.is_description() || mention.words.size() != 1 || mention.attach_to >= 0 ||
            mention.known_entity >= 0 ||
            (mention.form == MentionForm::Acronym && mention.certainty != Certainty::Guess))
            continue;
        // A place or organization guessed from its context may still be a surname ("à Poutine").
        if (mention.kind != EntityKind::Person && mention.certainty == Certainty::Lexicon)
            continue;
        link_single_name(m, acronyms, singles);
    }
}

std::vector<size_t> NameLinker::full_name_roots(const WordIndex& index, std::u16string_view word,
                                                Gender gender) {
    std::vector<size_t> roots;
    const auto found = index.find(word);
    if (found == index.end())
        return roots;
    for (size_t other : found->second) {
        const size_t root = groups_.find(other);
        const auto known_gender = group_gender_.find(root);
        if (gender != Gender::Unknown && known_gender != group_gender_.end() &&
            known_gender->second != gender)
            continue;
        if (std::find(roots.begin(), roots.end(), root) == roots.end())
            roots.push_back(root);
    }
    return roots;
}

void NameLinker::link_single_name(size_t m, const AcronymIndex& acronyms, WordIndex& singles) {
    const size_t n = mentions_.size();
    RawMention& mention = mentions_[m];
    const std::u16string_view word = mention.words.front();
    const Gender gender = mention_gender(lexicon_, mention);
    std::vector<size_t> roots = full_name_roots(by_surname_, word, gender);
    if (roots.empty() && !mention.honorific)
        roots = full_name_roots(by_first_name_, word, gender);
    if (roots.size() == 1) {
        groups_.unite(roots.front(), m);
        mention.kind = EntityKind::Person;
        return;
    }
    if (roots.size() > 1) {
        mention.dropped = true; // two people share this name: no guess
        return;
    }
    // "FEC" for the Federal Election Commission met earlier without brackets.
    if (mention.form == MentionForm::Acronym && mention.certainty == Certainty::Guess) {
        size_t expansion = n;
        if (const std::vector<size_t>* named = acronyms.find(word))
            for (size_t other : *named) {
                const size_t root = groups_.find(other);
                expansion = expansion == n || expansion == root ? root : n + 1;
            }
        if (expansion < n) {
            groups_.unite(expansion, m);
            mention.kind = mentions_[expansion].kind;
            return;
        }
    }
    const auto named = by_name_.find(word);
    if (named != by_name_.end() && mention.certainty == Certainty::Guess) {
        groups_.unite(named->second, m);
        mention.kind = mentions_[named->second].kind;
        return;
    }
    // "M. Okafor" and "Mme Okafor" stay two people.
    std::vector<size_t>& same = singles[word];
    size_t match = n;
    bool ambiguous = false;
    for (size_t other : same) {
        const Gender other_gender = mention_gender(lexicon_, mentions_[other]);
        if (gender != Gender::Unknown && other_gender != Gender::Unknown && gender != other_gender)
            continue;
        if (match != n && groups_.find(match) != groups_.find(other))
            ambiguous = true;
        match = other;
    }
    if (ambiguous)
        mention.dropped = true;
    else if (match != n)
        groups_.unite(match, m);
    else
        same.push_back(m);
}

void NameLinker::link_organization_heads() {
    // The head noun alone stands for the one organization of the article whose name it opens
    // ("Ligue de football professionnel"); with two such names it stays apart.
    if (std::none_of(mentions_.begin(), mentions_.end(), is_bare_head))
        return;
    WordIndex by_org_head;
    for (size_t m : order_) {
        const RawMention& mention = mentions_[m];
        if (!mention.dropped && mention.kind == EntityKind::Organization &&
            !mention.is_description() && mention.words.size() >= 2 &&
            mention.form != MentionForm::Acronym)
            by_org_head[mention.words.front()].push_back(m);
    }
    if (by_org_head.empty())
        return;
    for (size_t m : order_) {
        const RawMention& mention = mentions_[m];
        if (!is_bare_head(mention))
            continue;
        const auto found = by_org_head.find(mention.words.front());
        if (found != by_org_head.end())
            groups_.unite_with_unique(m, found->second, [](size_t) { return true; });
    }
}

} // namespace whosaid::actors

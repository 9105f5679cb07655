#pragma once

#include <string>
#include <unordered_map>
#include <vector>

// Three-way merge of two edits of one list of entries (corrections, alias groups), used when a
// file changed on disk since it was read: base is the list last read or written, theirs is
// the list on disk now, mine the list in memory. The result is theirs with the entries mine
// removed from base taken out (one occurrence each) and the entries mine added to base
// appended in mine's order: nothing either side added is dropped. Entries are compared by
// key(entry), a std::string, so that the merge stays linear on long lists.
template <typename T, typename Key>
std::vector<T> mergeLists(const std::vector<T>& base, const std::vector<T>& mine,
                          const std::vector<T>& theirs, Key key) {
    // How many occurrences of each base entry mine has not (yet) kept.
    std::unordered_map<std::string, int> unmatched;
    for (const T& entry : base)
        ++unmatched[key(entry)];
    std::vector<T> added;
    for (const T& entry : mine) {
        int& left = unmatched[key(entry)];
        if (left > 0)
            --left;
        else
            added.push_back(entry);
    }
    // What is left unmatched, mine removed: take it out of theirs where theirs still has it.
    std::vector<T> result;
    result.reserve(theirs.size() + added.size());
    for (const T& entry : theirs) {
        const auto removed = unmatched.find(key(entry));
        if (removed != unmatched.end() && removed->second > 0) {
            --removed->second;
            continue;
        }
        result.push_back(entry);
    }
    result.insert(result.end(), added.begin(), added.end());
    return result;
}

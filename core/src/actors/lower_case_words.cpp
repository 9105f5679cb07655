#include "actors/lower_case_words.h"

namespace whosaid::actors {

bool LowerCaseWords::contains(std::u16string_view key) const {
    if (!built_) {
        built_ = true;
        for (size_t i = 0; i < tokens_.size(); ++i)
            if (tokens_.has(i, kLower))
                words_.insert(tokens_.key(i));
    }
    return words_.count(key) != 0;
}

} // namespace whosaid::actors

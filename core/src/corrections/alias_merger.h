#pragma once

#include "corrections/document_editor.h"
#include "whosaid/corrections.h"

#include <cstddef>

namespace whosaid::corrections {

// Applies a person's alias list to one document: the entities named (by name or alias) by
// names of one group become one entity, named by the first name of the group that the
// article uses (in the article's spelling when they differ only by accents or case: the
// article's "Sergueï Lavrov" stays so for the group's "Serguei Lavrov"). Returns the number of
// entities merged away.
class AliasMerger {
public:
    explicit AliasMerger(const AliasList& aliases);

    size_t apply(Document& doc, DocumentEditor& editor) const;

private:
    std::vector<std::vector<std::u16string>> folded_groups_; // fold_for_matching of each name
    const AliasList& aliases_;
};

} // namespace whosaid::corrections

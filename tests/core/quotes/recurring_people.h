#pragma once

#include "quote_test_support.h"

// The invented people who recur across the attribution tables, defined once: a man and a
// woman for English rows, a man and a woman for French ones. A table that needs a person
// with other mentions or roles defines its own.
namespace whosaid::testing::people {

inline const EntityFixture kLunt{"Ray Lunt", EntityKind::Person, Gender::Masculine, {"Ray Lunt"}};
inline const EntityFixture kDorsey{
    "Ann Dorsey", EntityKind::Person, Gender::Feminine, {"Ann Dorsey"}};
inline const EntityFixture kRoy{"Paul Roy", EntityKind::Person, Gender::Masculine, {"Paul Roy"}};
inline const EntityFixture kMorel{
    "Anne Morel", EntityKind::Person, Gender::Feminine, {"Anne Morel"}};

} // namespace whosaid::testing::people

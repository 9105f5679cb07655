#pragma once

#include "quotes/quote_test_support.h"

// The people, institutions, places and media that the quotation tables share, so that every
// table speaks of the same cast.
namespace whosaid::testing {

inline const EntityFixture kLavrov{"Sergueï Lavrov",
                                   EntityKind::Person,
                                   Gender::Masculine,
                                   {"Sergueï Lavrov", "M. Lavrov", "Lavrov"}};
inline const EntityFixture kDumas{
    "Claire Dumas", EntityKind::Person, Gender::Feminine, {"Claire Dumas", "Mme Dumas"}};
inline const EntityFixture kKremlin{
    "Kremlin", EntityKind::Organization, Gender::Unknown, {"Kremlin", "le Kremlin"}};
inline const EntityFixture kMoscou{"Moscou", EntityKind::Place, Gender::Unknown, {"Moscou"}};
inline const EntityFixture kAFP{"AFP", EntityKind::Media, Gender::Unknown, {"AFP"}};
inline const EntityFixture kInterfax{"Interfax", EntityKind::Media, Gender::Unknown, {"Interfax"}};
inline const EntityFixture kTwitter{"Twitter", EntityKind::Media, Gender::Unknown, {"Twitter"}};
inline const EntityFixture kHale{
    "Ruth Hale", EntityKind::Person, Gender::Feminine, {"Ruth Hale", "Hale"}};
inline const EntityFixture kOkafor{
    "David Okafor", EntityKind::Person, Gender::Masculine, {"David Okafor", "Okafor"}};
inline const EntityFixture kReuters{"Reuters", EntityKind::Media, Gender::Unknown, {"Reuters"}};
inline const EntityFixture kCnn{"CNN", EntityKind::Media, Gender::Unknown, {"CNN"}};
inline const EntityFixture kWhiteHouse{
    "White House", EntityKind::Organization, Gender::Unknown, {"the White House", "White House"}};
inline const EntityFixture kKermorvan{
    "Yves Kermorvan", EntityKind::Person, Gender::Masculine, {"Yves Kermorvan", "M. Kermorvan"}};
inline const EntityFixture kSaulnier{
    "Agathe Saulnier", EntityKind::Person, Gender::Feminine, {"Agathe Saulnier", "Mme Saulnier"}};
inline const EntityFixture kAvenir{
    "Avenir Commun", EntityKind::Organization, Gender::Unknown, {"Avenir Commun"}};
inline const EntityFixture kPentagon{
    "Pentagon", EntityKind::Organization, Gender::Unknown, {"Pentagon"}};

} // namespace whosaid::testing

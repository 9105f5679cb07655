// Table-driven rows for "ce dernier", "cette dernière" and "the latter" as the speaker: the
// person mentioned last before the phrase whose gender agrees, not the person the text is
// about; a pronoun after it continues that person. Before or after the quotation, other
// verbs and tenses, both genders, a person of the other gender named in between. Rows that
// must stay as written: a description of a person between the name and the phrase ("un
// policier" is the latter), nobody of that gender named, a plural ("ces derniers"). Every
// row was written for this table, with invented names.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kLagarde{
    "Paul Lagarde", EntityKind::Person, Gender::Masculine, {"Paul Lagarde"}};
const EntityFixture kVernier{
    "Claire Vernier", EntityKind::Person, Gender::Feminine, {"Claire Vernier"}};
const EntityFixture kDumas{"Hugo Dumas", EntityKind::Person, Gender::Masculine, {"Hugo Dumas"}};
const EntityFixture kRenaud{"Inès Renaud", EntityKind::Person, Gender::Feminine, {"Inès Renaud"}};
const EntityFixture kKerr{"Sam Kerr", EntityKind::Person, Gender::Masculine, {"Sam Kerr"}};
const EntityFixture kBlythe{"Ruth Blythe", EntityKind::Person, Gender::Feminine, {"Ruth Blythe"}};

} // namespace

TEST_CASE("ce dernier and cette dernière speak for the person mentioned last", "[quotes][fr]") {
    run_speaker_mention_cases(
        "fr",
        {
            // The subject before the quotation, of both genders, other verbs and tenses.
            {"Le préfet Paul Lagarde a reçu jeudi Hugo Dumas. Ce dernier a dénoncé « une "
             "décision prise dans l'urgence ».",
             {kLagarde, kDumas},
             "une décision prise dans l'urgence",
             "Hugo Dumas",
             "Ce dernier"},
            {"Paul Lagarde a longuement échangé avec Claire Vernier. Cette dernière a promis de "
             "« tout reprendre à zéro ».",
             {kLagarde, kVernier},
             "tout reprendre à zéro",
             "Claire Vernier",
             "Cette dernière"},
            // Inverted after the quotation; a pronoun after it continues the same person.
            {"Claire Vernier a croisé Hugo Dumas à la sortie du tribunal. « Je ne regrette "
             "rien », a lancé ce dernier. « Je recommencerais », a-t-il ajouté.",
             {kVernier, kDumas},
             "Je recommencerais",
             "Hugo Dumas",
             "il"},
            // A person of the other gender named in between is skipped.
            {"Claire Vernier a porté plainte contre Hugo Dumas. « Les faits sont graves », "
             "rappelle cette dernière.",
             {kVernier, kDumas},
             "Les faits sont graves",
             "Claire Vernier",
             "cette dernière"},
            // Must stay as written: a description stands between, nobody agrees, a plural.
            {"Hugo Dumas a été interpellé par un policier. Ce dernier a affirmé avoir « agi dans "
             "les règles ».",
             {kDumas},
             "agi dans les règles",
             "Ce dernier",
             "Ce dernier"},
            {"Hugo Dumas a été reçu à la préfecture. Cette dernière a assuré avoir « tout fait "
             "pour l'aider ».",
             {kDumas},
             "tout fait pour l'aider",
             "Cette dernière",
             "Cette dernière"},
        });
}

TEST_CASE("the latter speaks for the person mentioned last", "[quotes][en]") {
    run_speaker_mention_cases(
        "en", {
                  {"Sam Kerr met Ruth Blythe on Monday. The latter said the talks were \"a waste "
                   "of time.\"",
                   {kKerr, kBlythe},
                   "a waste of time.",
                   "Ruth Blythe",
                   "The latter"},
                  {"Ruth Blythe later called Sam Kerr. \"We are not done,\" the latter told "
                   "reporters.",
                   {kBlythe, kKerr},
                   "We are not done,",
                   "Sam Kerr",
                   "the latter"},
              });
}

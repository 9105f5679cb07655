// Table-driven rows per family of descriptions that stand for a named actor: a type noun for
// the one organization or medium holding it ("le quotidien", "the airline"), a role with a
// qualifier ("procureur adjoint"), a role noun after the person it describes ("l'ancien
// boxeur X ... le boxeur"), a portfolio before "Minister". Rows that must stay unlinked
// too. Sentences written for these tests, in wire style, with invented names.

#include "actors/entity_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::describe;
using whosaid::test::find_entity;
using whosaid::test::recognize_entities;

namespace {

struct DescriptionRow {
    const char* language;
    const char* text;
    const char* entity;   // the named actor the row is about
    const char* expected; // describe() of it: "kind|name|mention:form,..."
};

void check_rows(const std::vector<DescriptionRow>& rows) {
    for (const DescriptionRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const Document doc = recognize_entities(row.text, row.language);
            const Entity* entity = find_entity(doc, row.entity);
            REQUIRE(entity != nullptr);
            CHECK(describe(doc, *entity) == row.expected);
        }
    }
}

// The descriptions of the document that are linked to an actor, as their text.
std::vector<std::string> linked_descriptions(const Document& doc) {
    std::vector<std::string> out;
    for (const Entity& entity : doc.entities)
        for (const Mention& mention : entity.mentions)
            if (mention.form == MentionForm::Description)
                out.push_back(to_utf8(doc.slice(mention.span)));
    return out;
}

} // namespace

TEST_CASE("a type noun stands for the one actor holding it", "[entities][descriptions]") {
    check_rows({
        {"fr",
         "Le quotidien Nordpresse a révélé l'affaire mardi. Selon le quotidien, la mairie savait.",
         "Nordpresse", "media|Nordpresse|Nordpresse:name,quotidien:description"},
        {"fr",
         "Selon le quotidien Nordpresse, la mairie savait. Le quotidien régional a publié les "
         "chiffres.",
         "Nordpresse", "media|Nordpresse|Nordpresse:name,quotidien régional:description"},
        {"fr",
         "Le tribunal correctionnel de Valbonne a rendu son jugement. Le tribunal a condamné "
         "l'élu.",
         "tribunal correctionnel de Valbonne",
         "organization|tribunal correctionnel de Valbonne|tribunal correctionnel de Valbonne:name,"
         "tribunal:description"},
        {"fr", "Le groupe Valmet a racheté l'usine. Le groupe promet des emplois.", "Valmet",
         "organization|Valmet|Valmet:name,groupe:description"},
        {"en", "The airline Nordair cut 300 jobs on Monday. The airline said demand had fallen.",
         "Nordair", "organization|Nordair|Nordair:name,airline:description"},
        {"en", "The Supreme Court ruled on Monday. The court's ruling is final.", "Supreme Court",
         "organization|Supreme Court|Supreme Court:name,court:description"},
    });
}

TEST_CASE("a type noun held by none or by two stays unlinked", "[entities][descriptions]") {
    const std::vector<std::pair<const char*, const char*>> rows = {
        {"fr", "Le quotidien a publié les chiffres mardi."},
        {"fr", "Le quotidien Nordpresse et le quotidien Sudpresse ont enquêté. Le quotidien a "
               "publié les chiffres."},
        // Generic nouns are no type: "le mouvement" is not the movement named before.
        {"fr", "Le mouvement Terre Vive a bloqué le port. Le mouvement continue."},
        {"en", "The newspaper said the mayor had resigned."},
        {"en", "The airline Nordair and the airline Skyvale merged. The airline said demand had "
               "fallen."},
        // A name whose kind is only guessed holds no type.
        {"en", "Staff at the Ellison campaign were paid late. The campaign declined to comment."},
    };
    for (const auto& [language, text] : rows) {
        DYNAMIC_SECTION(text) {
            CHECK(linked_descriptions(recognize_entities(text, language)).empty());
        }
    }
}

TEST_CASE("roles with qualifiers and role nouns describe their holder",
          "[entities][descriptions]") {
    check_rows({
        {"fr",
         "Pour Paul Verdier, procureur adjoint de Lyon, il n'y a pas de doute. « Les faits "
         "sont graves », a déclaré le procureur.",
         "Paul Verdier",
         "person|Paul Verdier|Paul Verdier:name,procureur adjoint de Lyon:description,"
         "procureur:description"},
        {"fr",
         "C'est le juge en chef Paul Verdier qui a tranché. Le juge en chef a refusé de "
         "commenter.",
         "Paul Verdier",
         "person|Paul Verdier|juge en chef:description,Paul Verdier:name,juge en chef:description"},
        {"fr", "L'ancien boxeur Marc Tellier a été jugé lundi. Le « boxeur » a répété ses regrets.",
         "Marc Tellier", "person|Marc Tellier|Marc Tellier:name,boxeur:description"},
        {"fr",
         "Le maire de Lyon, Anne Roux, a fermé le parc. « Il fallait agir », a expliqué "
         "l'édile.",
         "Anne Roux",
         "person|Anne Roux|maire de Lyon:description,Anne Roux:name,édile:description"},
        {"en",
         "Ecology Minister Jean Morel said the plan would hold. The minister added that "
         "talks would resume.",
         "Jean Morel",
         "person|Jean Morel|Ecology Minister:description,Jean Morel:name,minister:description"},
        {"en", "The French budget minister Luc Perrin called for calm.", "Luc Perrin",
         "person|Luc Perrin|French budget minister:description,Luc Perrin:name"},
        {"en", "The driver, Tom Baker, was arrested. The driver had been drinking.", "Tom Baker",
         "person|Tom Baker|driver:description,Tom Baker:name,driver:description"},
    });
}

TEST_CASE("words that only look like role nouns stay apart", "[entities][descriptions]") {
    const std::vector<std::pair<const char*, const char*>> rows = {
        // Participles folded like nouns ("élu", "accusé", "prévenu") are no roles.
        {"fr", "Le ministre a accusé Valbonne de mentir. Il a été élu en 2019 et a prévenu ses "
               "proches."},
        // Two prosecutors: "le procureur" is neither.
        {"fr", "Paul Verdier, procureur de Lyon, et Anne Roux, procureur adjoint de Lyon, ont "
               "parlé. Le procureur a conclu."},
        {"en", "The minister said police would be present. He told the driver to stop."},
        // A verb before "Minister" is no portfolio.
        {"en", "Police told Minister Jean Morel to leave."},
    };
    for (const auto& [language, text] : rows) {
        DYNAMIC_SECTION(text) {
            const Document doc = recognize_entities(text, language);
            for (const std::string& description : linked_descriptions(doc))
                CHECK(description != "procureur");
            for (const Entity& entity : doc.entities)
                for (const Mention& mention : entity.mentions) {
                    const std::string said = to_utf8(doc.slice(mention.span));
                    CHECK(said.find("accus") == std::string::npos);
                    CHECK(said.find("élu") == std::string::npos);
                    CHECK(said.find("prévenu") == std::string::npos);
                    CHECK(said.find("driver") == std::string::npos);
                    CHECK(said.find("told") == std::string::npos);
                    CHECK(said != "minister");
                }
        }
    }
}

TEST_CASE("a gendered description goes to the one holder of its gender",
          "[entities][descriptions]") {
    check_rows({
        {"fr",
         "La présidente du tribunal, Anne Roux, et le président du Sénat, Paul Verdier, ont "
         "parlé. La présidente a répondu.",
         "Anne Roux",
         "person|Anne Roux|présidente du tribunal:description,Anne Roux:name,"
         "présidente:description"},
        // "le ministre" may be a woman too: a masculine description chooses nobody.
        {"fr",
         "La ministre de la Santé Anne Roux et le ministre de l'Intérieur Paul Verdier ont "
         "parlé. Le ministre a répondu.",
         "Paul Verdier",
         "person|Paul Verdier|ministre de l'Intérieur:description,Paul Verdier:name"},
        // Two women hold the role: "la ministre" is neither.
        {"fr",
         "La ministre de la Santé, Anne Roux, et la ministre de la Culture, Léa Martin, ont "
         "parlé. La ministre a répondu.",
         "Anne Roux", "person|Anne Roux|ministre de la Santé:description,Anne Roux:name"},
    });
}

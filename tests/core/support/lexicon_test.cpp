#include "whosaid/lexicon.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace whosaid;

TEST_CASE("lexicon rows are tab-separated, comments and blank lines skipped", "[lexicon]") {
    const Lexicon lexicon =
        Lexicon::parse("# comment\nAFP\tAgence France-Presse\r\n\n  \nReuters\n");
    REQUIRE(lexicon.rows().size() == 2);
    CHECK(lexicon.rows()[0] == std::vector<std::string>{"AFP", "Agence France-Presse"});
    CHECK(lexicon.rows()[1] == std::vector<std::string>{"Reuters"});
}

TEST_CASE("empty fields are kept in place", "[lexicon]") {
    const Lexicon lexicon = Lexicon::parse("a\t\tc");
    REQUIRE(lexicon.rows().size() == 1);
    CHECK(lexicon.rows()[0] == std::vector<std::string>{"a", "", "c"});
}

TEST_CASE("every embedded lexicon is present and not empty", "[lexicon]") {
    const auto names = embedded_lexicon_names();
    REQUIRE_FALSE(names.empty());
    for (std::string_view name : names) {
        INFO(std::string(name));
        CHECK_FALSE(Lexicon::embedded(name).empty());
    }
    CHECK(Lexicon::embedded("no/such-lexicon").empty());
    CHECK(std::find(names.begin(), names.end(), "common/media") != names.end());
}

// Certainty levels of attributions and the list of attribution rule ids.
#include "whosaid/analyzer.h"
#include "whosaid/attribution_rule.h"
#include "whosaid/certainty.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace whosaid;

namespace {

Quote attributed(double confidence) {
    Quote quote;
    quote.speaker = Speaker{"e1", false, {}, std::nullopt};
    quote.confidence = confidence;
    return quote;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Whether `text` compares or assigns a string literal of rule-id shape to `rule`
// (`rule = "x-y"`, `rule == "x"`, `rule != "x"`). A hand-written scan: std::regex took minutes
// over the core sources under the sanitizers.
bool spells_rule_literal(std::string_view text) {
    for (size_t at = text.find("rule"); at != std::string_view::npos;
         at = text.find("rule", at + 1)) {
        size_t i = at + 4;
        if ((at > 0 && is_word_char(text[at - 1])) || (i < text.size() && is_word_char(text[i])))
            continue;
        const auto skip_spaces = [&] {
            while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
                ++i;
        };
        skip_spaces();
        if (text.substr(i, 2) == "==" || text.substr(i, 2) == "!=")
            i += 2;
        else if (text.substr(i, 1) == "=")
            i += 1;
        else
            continue;
        skip_spaces();
        if (i >= text.size() || text[i] != '"')
            continue;
        size_t end = i + 1;
        while (end < text.size() &&
               (std::islower(static_cast<unsigned char>(text[end])) || text[end] == '-'))
            ++end;
        if (end > i + 1 && end < text.size() && text[end] == '"')
            return true;
    }
    return false;
}

bool listed(std::string_view rule) {
    const auto rules = attribution_rules();
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

} // namespace

TEST_CASE("the certainty of an attribution follows its confidence", "[quotes][certainty]") {
    const struct {
        double confidence;
        Certainty expected;
    } rows[] = {
        {0.0, Certainty::Unsure}, {0.3, Certainty::Unsure},  {0.499, Certainty::Unsure},
        {0.5, Certainty::Likely}, {0.65, Certainty::Likely}, {0.799, Certainty::Likely},
        {0.8, Certainty::Sure},   {0.95, Certainty::Sure},   {1.0, Certainty::Sure},
    };
    for (const auto& row : rows) {
        DYNAMIC_SECTION("confidence " << row.confidence) {
            CHECK(certainty_of(attributed(row.confidence)) == row.expected);
        }
    }
    // Nobody named is its own level, however sure the analysis is that nobody is.
    Quote nobody;
    nobody.confidence = 0.95;
    CHECK(certainty_of(nobody) == Certainty::Unattributed);
}

TEST_CASE("unsure and unattributed quotations need a check", "[quotes][certainty]") {
    CHECK(needs_check(Certainty::Unattributed));
    CHECK(needs_check(Certainty::Unsure));
    CHECK_FALSE(needs_check(Certainty::Likely));
    CHECK_FALSE(needs_check(Certainty::Sure));
    // Keys and marks are distinct, so neither colour nor position is needed to tell them.
    std::set<std::string> keys, marks;
    for (const Certainty level :
         {Certainty::Unattributed, Certainty::Unsure, Certainty::Likely, Certainty::Sure}) {
        keys.insert(to_string(level));
        marks.insert(certainty_mark(level));
    }
    CHECK(keys == std::set<std::string>{"unattributed", "unsure", "likely", "sure"});
    CHECK(marks.size() == 4);
}

TEST_CASE("rule ids lose their language prefix", "[quotes][certainty]") {
    CHECK(rule_base("fr.quote-then-inverted-verb") == rule::quote_then_inverted_verb);
    CHECK(rule_base("en.indirect-said-that") == rule::indirect_said_that);
    CHECK(rule_base("user") == rule::user);
    CHECK(rule_base("") == "");
}

TEST_CASE("the rule-literal scan finds what it looks for", "[quotes][certainty]") {
    CHECK(spells_rule_literal("quote.rule = \"quote-then-verb\";"));
    CHECK(spells_rule_literal("if (q.rule==\"user\")"));
    CHECK(spells_rule_literal("x.rule\n    != \"fr-selon\""));
    CHECK_FALSE(spells_rule_literal("quote.rule = rule::user;"));
    CHECK_FALSE(spells_rule_literal("ruler = \"a\"; base_rule = \"b\";"));
    CHECK_FALSE(spells_rule_literal("rule = \"Upper\""));
    CHECK_FALSE(spells_rule_literal("rule = \"\""));
    CHECK_FALSE(spells_rule_literal("rule"));
}

TEST_CASE("core writes rule ids only from the list of attribution rules", "[quotes][certainty]") {
    // No rule id is spelled as a string literal anywhere else: a new rule must be added to
    // whosaid/attribution_rule.h, where the explanations' tests find it.
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(WHOSAID_SOURCE_DIR "/core/src")) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h")
            continue;
        // INFO, not a section per file: Catch runs the whole test case again for each section.
        INFO(entry.path().filename().string());
        CHECK_FALSE(spells_rule_literal(read_file(entry.path())));
    }
    // And what the analysis writes on the team's test articles is on the list.
    const Analyzer analyzer;
    for (const auto& [name, language] :
         {std::pair{"quotes_fr.txt", "fr"}, std::pair{"quotes_en.txt", "en"},
          std::pair{"actors_fr.txt", "fr"}, std::pair{"actors_en.txt", "en"}}) {
        const Document doc = analyzer.analyze_text(
            to_utf16(read_file(std::string(WHOSAID_TEST_DATA "/articles/") + name)), {}, language);
        REQUIRE_FALSE(doc.quotes.empty());
        for (const Quote& quote : doc.quotes) {
            if (!quote.speaker)
                continue;
            INFO(name << ": " << quote.rule);
            CHECK(quote.rule.rfind(std::string(language) + ".", 0) == 0);
            CHECK(listed(rule_base(quote.rule)));
        }
    }
}

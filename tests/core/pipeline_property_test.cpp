// Property checks over the whole pipeline: whatever the analysis finds, every span must lie
// inside the text and inside one paragraph, and every reference must resolve.
#include "whosaid/analyzer.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>
#include <sstream>

using namespace whosaid;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

bool inside_one_paragraph(const Document& doc, Span span) {
    const int paragraph = doc.paragraph_at(span.start);
    return paragraph >= 0 && doc.paragraphs[static_cast<size_t>(paragraph)].contains(span);
}

void check_document(const Document& doc) {
    const auto length = static_cast<int32_t>(doc.text.size());
    int32_t previous_end = 0;
    for (const Span& p : doc.paragraphs) {
        CHECK(p.start >= previous_end);
        CHECK(p.end <= length);
        CHECK_FALSE(p.empty());
        previous_end = p.end;
    }
    for (const Span& s : doc.sentences) {
        CHECK_FALSE(s.empty());
        CHECK(inside_one_paragraph(doc, s));
    }
    if (doc.title)
        CHECK(inside_one_paragraph(doc, *doc.title));

    std::set<std::string> entity_ids;
    for (const Entity& entity : doc.entities) {
        INFO("entity " << entity.id << " " << to_utf8(entity.name));
        CHECK(entity_ids.insert(entity.id).second);
        CHECK_FALSE(entity.name.empty());
        CHECK_FALSE(entity.mentions.empty());
        for (size_t i = 0; i < entity.mentions.size(); ++i) {
            CHECK(inside_one_paragraph(doc, entity.mentions[i].span));
            if (i > 0)
                CHECK(entity.mentions[i - 1].span.start <= entity.mentions[i].span.start);
        }
    }
    for (size_t e = 1; e < doc.entities.size(); ++e) {
        if (doc.entities[e - 1].mentions.empty() || doc.entities[e].mentions.empty())
            continue;
        CHECK(doc.entities[e - 1].mentions.front().span.start <=
              doc.entities[e].mentions.front().span.start);
    }
    if (doc.dateline && !doc.dateline->agency.empty())
        CHECK(entity_ids.count(doc.dateline->agency) == 1);

    std::set<std::string> quote_ids;
    for (const Quote& quote : doc.quotes) {
        INFO("quote " << quote.id << " " << to_utf8(doc.slice(quote.span)));
        CHECK(quote_ids.insert(quote.id).second);
        CHECK(inside_one_paragraph(doc, quote.span));
        CHECK(quote.marks.contains(quote.span));
        CHECK(quote.confidence >= 0.0);
        CHECK(quote.confidence <= 1.0);
        CHECK_FALSE(quote.group.empty());
        if (quote.cue)
            CHECK(inside_one_paragraph(doc, *quote.cue));
        if (quote.speaker) {
            if (!quote.speaker->entity.empty())
                CHECK(entity_ids.count(quote.speaker->entity) == 1);
            if (quote.speaker->mention)
                CHECK(inside_one_paragraph(doc, *quote.speaker->mention));
            if (quote.speaker->anonymous)
                CHECK_FALSE(quote.speaker->description.empty());
        }
        for (const QuoteSource& source : quote.sources) {
            CHECK(entity_ids.count(source.entity) == 1);
            CHECK(inside_one_paragraph(doc, source.mention));
        }
    }
    for (const Quote& quote : doc.quotes)
        CHECK(quote_ids.count(quote.group) == 1);
}

} // namespace

TEST_CASE("the bundled sample articles analyse into consistent documents", "[pipeline]") {
    const Analyzer analyzer;
    for (const char* name : {"sample_fr.txt", "sample_en.txt"}) {
        const std::string path = std::string(WHOSAID_SOURCE_DIR) + "/resources/samples/" + name;
        DYNAMIC_SECTION(name) {
            const std::string bytes = read_file(path);
            REQUIRE_FALSE(bytes.empty());
            Result<Document> doc = analyzer.analyze_bytes(bytes, name, {});
            REQUIRE(doc.ok());
            CHECK(to_utf8(doc.value().text).find("Guterres") != std::string::npos);
            check_document(doc.value());
        }
    }
}

TEST_CASE("odd inputs analyse into consistent documents", "[pipeline]") {
    const Analyzer analyzer;
    const std::vector<std::pair<const char*, std::u16string>> inputs = {
        {"empty", u""},
        {"one character", u"«"},
        {"only marks", u"« « « » » \" \" “ ” ‘ ’ „ “ ‹ ›"},
        {"unclosed quote", u"Il a dit : « jamais.\n\nLe lendemain, rien."},
        {"stray closing mark", u"Rien » de plus, a-t-il dit."},
        {"emoji and other scripts",
         u"Le ministre 😀 Лавров a déclaré : « مرحبا 你好 ». \u200fשלום\u200f, a dit M. Lavrov."},
        {"lone surrogate", std::u16string(u"M. Dupont a dit «\xD800»")},
        {"no blank lines", u"Titre\nM. Dupont a dit : « oui ».\nMme Durand a répondu « non »."},
        {"whitespace only", u"   \n\n\t\n  "},
        {"nested quotes", u"« Il m'a dit « partez » puis « restez » », a raconté Jean Dupont."},
    };
    for (const auto& [name, text] : inputs) {
        DYNAMIC_SECTION(name) {
            for (const char* language : {"fr", "en", "auto"}) {
                const Document doc = analyzer.analyze_text(text, {}, language);
                CHECK(doc.text == text);
                check_document(doc);
            }
        }
    }
}

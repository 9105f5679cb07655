// Property checks over the whole pipeline: whatever the analysis finds, every span must lie
// inside the text and inside one paragraph, and every reference must resolve.
#include "pipeline/document_checks.h"
#include "whosaid/analyzer.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace whosaid;
using whosaid::test::check_document;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace

TEST_CASE("the bundled sample articles analyse into consistent documents", "[pipeline]") {
    const Analyzer analyzer;
    for (const char* name : {"sample_fr.txt", "sample_en.txt"}) {
        const std::string path =
            (std::filesystem::path(WHOSAID_SOURCE_DIR) / "resources" / "samples" / name).string();
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

// The loader's warnings reach the analysed document, whichever way the article came in, so
// the reader can show them as the command line prints them (issue 17, item 13).
#include "corrections/temp_dir.h"
#include "whosaid/analyzer.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

using namespace whosaid;

namespace {

// Accented wire copy with one stray windows-1252 byte (0xE0) in the middle.
const std::string kDamaged = "Le pr\xC3\xA9sident a parl\xC3\xA9 \xE0 Nantes, a d\xC3\xA9"
                             "clar\xC3\xA9 la pr\xC3\xA9"
                             "fecture mardi.";

} // namespace

TEST_CASE("the analysed document keeps the loader's warnings", "[pipeline][encoding]") {
    const Analyzer analyzer;
    test::TempDir dir;
    const std::string path = (dir.path() / "damaged.txt").string();
    std::ofstream(path, std::ios::binary) << kDamaged;

    struct Row {
        const char* how;
        Result<Document> doc;
        std::string name;
    };
    Row rows[] = {
        {"bytes", analyzer.analyze_bytes(kDamaged, "wire.txt", {}), "wire.txt"},
        {"file", analyzer.analyze_file(path, {}), path},
    };
    for (Row& row : rows) {
        DYNAMIC_SECTION(row.how) {
            REQUIRE(row.doc.ok());
            const Document& doc = row.doc.value();
            CHECK(doc.source.encoding == "UTF-8");
            REQUIRE(doc.warnings.size() == 1);
            CHECK(doc.warnings[0].kind == LoadWarning::Kind::InvalidUtf8);
            CHECK(doc.warnings[0].count == 1);
            CHECK(doc.warnings[0].first_byte == 23);
            CHECK(doc.warnings[0].message.rfind(row.name + ": 1 byte is not valid UTF-8", 0) == 0);
            CHECK(doc.text.find(u'\uFFFD') == 21);
        }
    }
}

TEST_CASE("clean input and analysed text carry no warning", "[pipeline][encoding]") {
    const Analyzer analyzer;
    const Result<Document> clean =
        analyzer.analyze_bytes("Le pr\xC3\xA9sident a parl\xC3\xA9 mardi.", "clean.txt", {});
    REQUIRE(clean.ok());
    CHECK(clean.value().warnings.empty());
    CHECK(analyzer.analyze_text(u"Le pr\u00E9sident a parl\u00E9.", {}).warnings.empty());
}

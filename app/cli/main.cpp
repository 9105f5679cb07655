// PLACEHOLDER (replaced by the CLI work): analyses one file, prints JSON.
#include "whosaid/analyzer.h"
#include "whosaid/json_writer.h"
#include "whosaid/version.h"

#include <iostream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: whosaid-cli FILE\n";
        return 2;
    }
    whosaid::Analyzer analyzer;
    auto doc = analyzer.analyze_file(argv[1], {});
    if (!doc) {
        std::cerr << doc.error().message << '\n';
        return 1;
    }
    std::cout << whosaid::write_json(doc.value(), {false, std::string("whosaid ") + whosaid::version()})
              << '\n';
    return 0;
}

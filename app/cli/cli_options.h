#pragma once

#include "whosaid/result.h"

#include <string>
#include <vector>

namespace whosaid::cli {

enum class OutputFormat { Json, JsonLines, Html };

// What the command line asked for, checked for consistency.
struct CliOptions {
    OutputFormat format = OutputFormat::Json;
    std::string output_path;       // empty: standard output
    std::string language = "auto"; // "auto", "fr" or "en"
    std::string encoding;          // empty: detect
    bool pretty = false;
    unsigned jobs = 0;         // -j N: analyses in parallel; 0 means one per core
    bool lines = false;        // --lines: each input holds one article per line, as a JSON string
    bool show_help = false;    // --help: print usage_text() and stop
    bool show_version = false; // --version: print version_line() and stop
    std::string corrections_path; // --corrections FILE: applied instead of the sidecar
    std::string aliases_path;     // --aliases FILE: a whosaid-aliases list for every article
    bool use_sidecars = true;     // false with --no-corrections
    bool force = false;           // --force: -o may replace an existing file whosaid did not write
    std::vector<std::string> files; // in argument order; "-" is standard input
};

// Parses the arguments after the program name. A usage error (unknown option, missing or
// bad value, no file, contradictory options) comes back as an InvalidArgument error whose
// message is one line. --help and --version stop the parsing where they appear.
//
// Decisions: without --format, one file gives JSON and several give JSON Lines;
// "--format json" with several files and --pretty with anything but JSON are usage errors
// (pretty output is not JSON Lines); "--format html" with several files needs -o DIR;
// --lines always writes JSON Lines, one document per input line, in input order.
// --corrections belongs to one article: it takes exactly one input file, not --lines, and
// contradicts --no-corrections.
Result<CliOptions> parse_options(const std::vector<std::string>& arguments);

// The --help text: synopsis, every option, output rules and exit codes.
std::string usage_text();

// "whosaid-cli 0.1.0".
std::string version_line();

} // namespace whosaid::cli

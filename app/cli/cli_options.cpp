#include "cli_options.h"

#include "whosaid/version.h"

#include <optional>
#include <string_view>

namespace whosaid::cli {

namespace {

Error usage_error(std::string message) {
    return Error{ErrorCode::InvalidArgument, std::move(message)};
}

std::optional<OutputFormat> format_named(std::string_view name) {
    if (name == "json")
        return OutputFormat::Json;
    if (name == "jsonl")
        return OutputFormat::JsonLines;
    if (name == "html")
        return OutputFormat::Html;
    return std::nullopt;
}

// Splits "--name=value" into its parts; other arguments have no inline value.
struct Argument {
    std::string name;
    std::optional<std::string> inline_value;
};

Argument split_argument(const std::string& argument) {
    const size_t equals = argument.find('=');
    if (argument.rfind("--", 0) != 0 || equals == std::string::npos)
        return {argument, std::nullopt};
    return {argument.substr(0, equals), argument.substr(equals + 1)};
}

// 1 to 256, the range of useful job counts.
std::optional<unsigned> positive_number(const std::string& text) {
    if (text.empty() || text.size() > 3 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const unsigned value = static_cast<unsigned>(std::stoul(text));
    if (value < 1 || value > 256)
        return std::nullopt;
    return value;
}

bool takes_value(std::string_view name) {
    return name == "--format" || name == "-o" || name == "-j" || name == "--jobs" ||
           name == "--output" || name == "--language" || name == "--encoding" ||
           name == "--corrections" || name == "--aliases";
}

// Checks the options that only make sense together, once every argument is read.
std::optional<Error> check_combination(CliOptions& options,
                                       std::optional<OutputFormat> asked_format) {
    if (options.files.empty())
        return usage_error("no input file");
    if (options.lines) {
        if (asked_format && asked_format != OutputFormat::JsonLines)
            return usage_error("--lines writes JSON Lines only (--format jsonl)");
        asked_format = OutputFormat::JsonLines;
    }
    const bool several = options.files.size() > 1;
    if (!options.corrections_path.empty()) {
        if (!options.use_sidecars)
            return usage_error("--corrections and --no-corrections contradict each other");
        if (several || options.lines)
            return usage_error("--corrections takes one input file (sidecar files apply to "
                               "each article by themselves)");
    }
    options.format = asked_format.value_or(several ? OutputFormat::JsonLines : OutputFormat::Json);
    if (asked_format == OutputFormat::Json && several)
        return usage_error("--format json takes one file; use --format jsonl for several");
    if (options.pretty && options.format != OutputFormat::Json)
        return usage_error("--pretty applies to --format json only");
    if (options.format == OutputFormat::Html && several && options.output_path.empty())
        return usage_error("--format html with several files needs -o DIR");
    return std::nullopt;
}

} // namespace

Result<CliOptions> parse_options(const std::vector<std::string>& arguments) {
    CliOptions options;
    std::optional<OutputFormat> asked_format;
    bool only_files = false;
    for (size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (only_files || argument == "-" || argument.empty() || argument[0] != '-') {
            options.files.push_back(argument);
            continue;
        }
        if (argument == "--") {
            only_files = true;
            continue;
        }
        Argument parsed = split_argument(argument);
        const std::string& name = parsed.name;
        if (name == "--help" || name == "-h") {
            options.show_help = true;
            return options;
        }
        if (name == "--version") {
            options.show_version = true;
            return options;
        }
        if (name == "--force" && !parsed.inline_value) {
            options.force = true;
            continue;
        }
        if (name == "--pretty" && !parsed.inline_value) {
            options.pretty = true;
            continue;
        }
        if (name == "--no-corrections" && !parsed.inline_value) {
            options.use_sidecars = false;
            continue;
        }
        if (name == "--lines" && !parsed.inline_value) {
            options.lines = true;
            continue;
        }
        if (name.size() > 2 && name.rfind("-j", 0) == 0 && name[2] != '-') {
            parsed = {"-j", name.substr(2)}; // the compact form -j4
        }
        if (!takes_value(name))
            return usage_error("unknown option '" + argument + "'");
        if (!parsed.inline_value) {
            if (i + 1 >= arguments.size())
                return usage_error("option '" + name + "' needs a value");
            parsed.inline_value = arguments[++i];
        }
        const std::string& value = *parsed.inline_value;
        if (name == "--format") {
            asked_format = format_named(value);
            if (!asked_format)
                return usage_error("bad --format '" + value + "' (json, jsonl or html)");
        } else if (name == "--language") {
            if (value != "auto" && value != "fr" && value != "en")
                return usage_error("bad --language '" + value + "' (auto, fr or en)");
            options.language = value;
        } else if (name == "-j" || name == "--jobs") {
            std::optional<unsigned> jobs = positive_number(value);
            if (!jobs)
                return usage_error("bad -j '" + value + "' (a number of jobs from 1 to 256)");
            options.jobs = *jobs;
        } else if (name == "--corrections" || name == "--aliases") {
            if (value.empty())
                return usage_error(name + " needs a file");
            (name == "--corrections" ? options.corrections_path : options.aliases_path) = value;
        } else if (name == "--encoding") {
            if (value.empty())
                return usage_error("--encoding needs a name");
            options.encoding = value;
        } else {
            if (value.empty())
                return usage_error("-o needs a path");
            options.output_path = value;
        }
    }
    if (std::optional<Error> error = check_combination(options, asked_format))
        return *error;
    return options;
}

std::string usage_text() {
    return R"(Usage: whosaid-cli [OPTIONS] FILE...
Finds who is in news articles and who said what, citing whom.

Reads each FILE (plain text, HTML or Markdown; "-" is standard input) and writes its
analysis: one JSON document for one file, JSON Lines (one compact document per line,
in argument order) for several.

Options:
  --format FORMAT     json (one file), jsonl (any number) or html (annotated page);
                      default: json for one file, jsonl for several
  -o, --output PATH   write to PATH instead of standard output; the file is replaced
                      atomically. With --format html, PATH may be a directory (or end
                      with "/"), which gets one NAME.html per input; several files need
                      it. Inputs, their sidecars and the --corrections and --aliases
                      files are never written; another existing file only when whosaid
                      wrote it, when it is empty, or with --force. A symbolic link is
                      written through (its target is replaced)
  --force             let -o replace an existing file that whosaid did not write
  --language LANG     auto (default), fr or en
  --encoding NAME     decode the input with this encoding (e.g. windows-1252)
                      instead of detecting it
  --pretty            indent the JSON (--format json only)
  -j, --jobs N        analyse N inputs at once (default: one per core); the output
                      keeps the order of the inputs
  --lines             each input (a file, or "-" for standard input) holds one
                      article per line as a JSON string; writes JSON Lines, one
                      line per input line, in input order ("source" gives the input
                      and "line"; a bad line gets a "whosaid-error" object). For
                      batch engines:
                      GNU parallel --pipe, Hadoop streaming, Spark's RDD.pipe
  --corrections FILE  apply the corrections in FILE (a whosaid-corrections file) to
                      the one input file, instead of its sidecar
  --no-corrections    do not apply the sidecar files
  --aliases FILE      merge the actors named by each group of names of FILE (a
                      whosaid-aliases list) in every article
  -h, --help          show this help and exit
  --version           show the version and exit

Corrections: by default, the sidecar file ARTICLE.whosaid.json beside each input
file (e.g. story.txt.whosaid.json) is applied when it exists; corrected actors and
quotations carry "corrected": true. A correction whose text is no longer in the
article is skipped with a warning on standard error. An unreadable sidecar is a
warning too: the article is analysed without it, and the exit status stays 0.

A progress line is shown on standard error when it is a terminal.

Exit status: 0 when every file was analysed, 1 when a file could not be read or
written (the others are still processed) or when the --corrections or --aliases file
cannot be read (the articles are still analysed, without it), 2 for bad usage.
)";
}

std::string version_line() {
    return std::string("whosaid-cli ") + whosaid::version();
}

} // namespace whosaid::cli

#pragma once

#include "whosaid/document.h"
#include "whosaid/loader.h"
#include "whosaid/result.h"

#include <memory>
#include <string>
#include <string_view>

namespace whosaid {

struct AnalysisOptions {
    std::string language = "auto"; // "auto", "fr" or "en"
    LoadOptions load;
};

// The whole pipeline: load → segment → recognize actors → find and attribute quotes.
// Thread-compatible: one Analyzer per thread; construction parses the lexicons once.
class Analyzer {
public:
    Analyzer();
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    // Loads and analyses a file; errors are the loader's.
    Result<Document> analyze_file(const std::string& path, const AnalysisOptions& options) const;
    // Loads bytes already in memory (name is used for format detection and messages).
    Result<Document> analyze_bytes(std::string_view bytes, std::string_view name,
                                   const AnalysisOptions& options) const;
    // Analyses what the loader read, its warnings kept in the document.
    Document analyze_loaded(LoadedText loaded, std::string_view language = "auto") const;
    // Analyses text that is already decoded and normalized.
    Document analyze_text(std::u16string text, SourceInfo source,
                          std::string_view language = "auto") const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace whosaid

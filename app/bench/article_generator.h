#pragma once

#include <cstdint>
#include <string>

// Writes synthetic wire copy for benchmarks: French and English paragraphs built from the
// team's own templates (titles, datelines, quotations with speakers, agencies, places), so
// that the measured work is the same kind of work as on real articles.
class ArticleGenerator {
public:
    explicit ArticleGenerator(uint64_t seed);

    // One article of about `bytes` bytes (UTF-8), title and dateline first; French three
    // times in four, English otherwise.
    std::string article(size_t bytes);
    // The same, in the language asked for.
    std::string article(size_t bytes, bool french);

private:
    std::string paragraph();
    const char* pick(const char* const* items, size_t count);
    uint64_t next();

    uint64_t state_;
    bool french_ = true;
};

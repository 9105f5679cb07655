#pragma once

#include <span>
#include <string_view>

namespace whosaid::support {

// One lexicon file as compiled into the library by core/EmbedLexicons.cmake.
struct EmbeddedLexicon {
    std::string_view name; // "fr/speech_verbs"
    std::string_view text; // the file's UTF-8 content
};

// Every lexicon file of resources/lexicons, generated at build time.
std::span<const EmbeddedLexicon> embedded_lexicons();

} // namespace whosaid::support

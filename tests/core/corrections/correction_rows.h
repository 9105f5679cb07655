#pragma once

#include "whosaid/corrections.h"
#include "whosaid/document.h"

#include <functional>
#include <string>
#include <vector>

namespace whosaid::test {

// One kind of correction: how a person makes it on the corrections story, and what the story
// must look like once it is applied.
struct CorrectionRow {
    const char* name;
    std::function<Correction(const Document&)> make;
    std::function<void(const Document&)> check;
};

// One row per kind of correction (the corrections tests run each kind through the file, an
// edited article and an analysis that found nothing).
std::vector<CorrectionRow> correction_rows();

// A paragraph added above the story: an edited article whose corrections must relocate.
std::u16string inserted_paragraph();

} // namespace whosaid::test

#pragma once

#include "whosaid/document.h"
#include "writers/html_ids.h"
#include "writers/html_labels.h"

#include <string>

namespace whosaid::writers {

// Who the quotations come from: totals (named, anonymous, unattributed, sourced) and two
// tables, quotations per source and per speaker, each row with a bar drawn in pure CSS
// (a width percentage), so the chart needs no image and prints as a black bar.
class HtmlSourcesSummary {
public:
    HtmlSourcesSummary(const Document& doc, const HtmlIds& ids, const HtmlLabels& labels);

    // <section id="ws-sources"> with an h2, the totals and the two tables.
    void write(std::string& out) const;

private:
    struct Row {
        std::u16string name;
        std::string href; // "#e3" when the row is an entity of the index; else empty
        size_t count = 0;
    };
    void write_table(std::string& out, const char* caption, const char* first_column,
                     const std::vector<Row>& rows) const;
    void write_share(std::string& out, size_t count) const;
    std::vector<Row> rows_per_source() const;
    std::vector<Row> rows_per_speaker() const;

    const Document& doc_;
    const HtmlIds& ids_;
    const HtmlLabels& labels_;
};

} // namespace whosaid::writers

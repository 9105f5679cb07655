#include "writers/html_sources_summary.h"

#include "whosaid/certainty.h"
#include "whosaid/unicode_text.h"
#include "writers/html_attribution.h"
#include "writers/html_escaper.h"

#include <algorithm>
#include <unordered_map>

namespace whosaid::writers {
namespace {

// Groups quotations under a key (an entity index, or a name when there is no entity),
// counting each quotation once per key, in order of first appearance.
class RowCounter {
public:
    void count(const std::string& key, std::u16string name, std::string href, size_t quote) {
        auto [it, inserted] = index_.emplace(key, rows_.size());
        if (inserted) {
            rows_.push_back({std::move(name), std::move(href), 0});
            last_quote_.push_back(quote + 1);
            ++rows_.back().count;
            return;
        }
        if (last_quote_[it->second] != quote + 1) {
            last_quote_[it->second] = quote + 1;
            ++rows_[it->second].count;
        }
    }
    template <typename Row> std::vector<Row> sorted() const {
        std::vector<Row> rows;
        for (const auto& r : rows_)
            rows.push_back({r.name, r.href, r.count});
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Row& a, const Row& b) { return a.count > b.count; });
        return rows;
    }

private:
    struct Counted {
        std::u16string name;
        std::string href;
        size_t count = 0;
    };
    std::vector<Counted> rows_;
    std::vector<size_t> last_quote_; // 1 + the last quote counted, to count each once
    std::unordered_map<std::string, size_t> index_;
};

} // namespace

HtmlSourcesSummary::HtmlSourcesSummary(const Document& doc, const HtmlIds& ids,
                                       const HtmlLabels& labels)
    : doc_(doc), ids_(ids), labels_(labels) {}

std::vector<HtmlSourcesSummary::Row> HtmlSourcesSummary::rows_per_source() const {
    RowCounter counter;
    size_t without = 0;
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
        const Quote& quote = doc_.quotes[q];
        if (quote.sources.empty())
            ++without;
        for (const QuoteSource& source : quote.sources) {
            const int e = ids_.entity_index(source.entity);
            if (e >= 0)
                counter.count("e" + std::to_string(e), source_name(doc_, ids_, source),
                              "#" + ids_.entity(static_cast<size_t>(e)), q);
            else
                counter.count("n" + to_utf8(source_name(doc_, ids_, source)),
                              source_name(doc_, ids_, source), "", q);
        }
    }
    std::vector<Row> rows = counter.sorted<Row>();
    if (without > 0)
        rows.push_back({to_utf16(labels_.no_source), "", without});
    return rows;
}

std::vector<HtmlSourcesSummary::Row> HtmlSourcesSummary::rows_per_speaker() const {
    RowCounter counter;
    size_t anonymous = 0;
    size_t unattributed = 0;
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
        const Quote& quote = doc_.quotes[q];
        const int e = quote.speaker ? ids_.entity_index(quote.speaker->entity) : -1;
        if (e >= 0 && quote.speaker->group()) {
            // Several actors speak together: the quotation counts for each of them.
            for (const std::string& id : quote.speaker->entities)
                if (const int m = ids_.entity_index(id); m >= 0)
                    counter.count("e" + std::to_string(m),
                                  doc_.entities[static_cast<size_t>(m)].name,
                                  "#" + ids_.entity(static_cast<size_t>(m)), q);
        } else if (e >= 0)
            counter.count("e" + std::to_string(e), speaker_name(doc_, ids_, quote, labels_),
                          "#" + ids_.entity(static_cast<size_t>(e)), q);
        else if (quote.speaker && quote.speaker->anonymous)
            ++anonymous;
        else
            ++unattributed;
    }
    std::vector<Row> rows = counter.sorted<Row>();
    if (anonymous > 0)
        rows.push_back({to_utf16(labels_.anonymous_speaker), "", anonymous});
    if (unattributed > 0)
        rows.push_back({to_utf16(labels_.unattributed), "", unattributed});
    return rows;
}

void HtmlSourcesSummary::write(std::string& out) const {
    out += "<section class=\"sources\" id=\"ws-sources\" aria-labelledby=\"ws-sources-title\">\n"
           "<h2 id=\"ws-sources-title\">";
    out += labels_.sources;
    out += "</h2>\n";
    size_t named = 0, anonymous = 0, sourced = 0, to_check = 0;
    for (const Quote& quote : doc_.quotes) {
        if (needs_check(certainty_of(quote)))
            ++to_check;
        if (quote.speaker && ids_.entity_index(quote.speaker->entity) >= 0)
            ++named;
        else if (quote.speaker && quote.speaker->anonymous)
            ++anonymous;
        if (!quote.sources.empty())
            ++sourced;
    }
    const size_t unattributed = doc_.quotes.size() - named - anonymous;
    const std::pair<const char*, size_t> stats[] = {
        {labels_.total_quotations, doc_.quotes.size()},
        {labels_.named_speaker, named},
        {labels_.anonymous_total, anonymous},
        {labels_.unattributed_total, unattributed},
        {labels_.with_source, sourced},
        {labels_.to_check_total, to_check},
    };
    out += "<dl class=\"stats\">";
    for (const auto& [label, value] : stats)
        out +=
            std::string("<div><dt>") + label + "</dt><dd>" + std::to_string(value) + "</dd></div>";
    out += "</dl>\n";
    if (!doc_.quotes.empty()) {
        write_table(out, labels_.per_source_caption, labels_.column_sources, rows_per_source());
        write_table(out, labels_.per_speaker_caption, labels_.column_speaker, rows_per_speaker());
    }
    out += "</section>\n";
}

void HtmlSourcesSummary::write_table(std::string& out, const char* caption,
                                     const char* first_column, const std::vector<Row>& rows) const {
    out += "<table class=\"chart\">\n<caption>";
    out += caption;
    out += "</caption>\n<thead><tr><th scope=\"col\">";
    out += first_column;
    out += "</th><th scope=\"col\" class=\"num\">";
    out += labels_.column_count;
    out += "</th><th scope=\"col\">";
    out += labels_.column_share;
    out += "</th></tr></thead>\n<tbody>\n";
    for (const Row& row : rows) {
        out += "<tr><th scope=\"row\">";
        if (!row.href.empty())
            out += "<a href=\"" + row.href + "\">";
        append_isolated_name(out, row.name);
        if (!row.href.empty())
            out += "</a>";
        out += "</th><td class=\"num\">" + std::to_string(row.count) + "</td><td>";
        write_share(out, row.count);
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

// "42.9" style, integer arithmetic only: independent of the C locale.
void HtmlSourcesSummary::write_share(std::string& out, size_t count) const {
    const size_t total = std::max<size_t>(doc_.quotes.size(), 1);
    const size_t tenths = std::min<size_t>(count * 1000 / total, 1000);
    const size_t rounded = (count * 100 + total / 2) / total;
    out += "<span class=\"share\"><span class=\"bar\" aria-hidden=\"true\"><span style=\"width:" +
           std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%\"></span></span>";
    out += std::to_string(std::min<size_t>(rounded, 100));
    out += labels_.language == std::string_view("fr") ? "\u00a0%" : "%";
    out += "</span>";
}

} // namespace whosaid::writers

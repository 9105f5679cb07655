#include "span_marks.h"

#include <catch2/catch.hpp>
#include <vector>

namespace {

std::vector<int> startsMeeting(const SpanMarks& marks, int from, int to) {
    std::vector<int> starts;
    marks.forEachMeeting(from, to, [&](const SpanMarks::Mark& m) { starts.push_back(m.start); });
    return starts;
}

} // namespace

TEST_CASE("span marks meeting a range are found, long ones included", "[gui][marks]") {
    SpanMarks marks;
    // Out of order on purpose; [0, 500) is a long quotation that overlaps later names.
    marks.set({{40, 45, Qt::red, false},
               {0, 500, Qt::blue, false},
               {10, 20, Qt::red, true},
               {600, 610, Qt::red, false},
               {100, 110, Qt::red, false}});
    const struct {
        int from;
        int to;
        std::vector<int> starts;
    } rows[] = {
        {0, 5, {0}},
        {15, 16, {0, 10}},
        {20, 40, {0}}, // ends are exclusive, so is `to`
        {44, 101, {0, 40, 100}},
        {450, 605, {0, 600}},
        {500, 600, {}},
        {610, 1000, {}},
        {0, 1000, {0, 10, 40, 100, 600}},
    };
    for (const auto& row : rows) {
        INFO("[" << row.from << ", " << row.to << ")");
        CHECK(startsMeeting(marks, row.from, row.to) == row.starts);
    }
}

TEST_CASE("empty span marks meet nothing", "[gui][marks]") {
    SpanMarks marks;
    CHECK(marks.empty());
    CHECK(startsMeeting(marks, 0, 1000).empty());
    marks.set({{5, 9, Qt::red, false}});
    CHECK(marks.size() == 1);
    marks.clear();
    CHECK(startsMeeting(marks, 0, 1000).empty());
}

#pragma once

#include <string>

// Times of the reader window on the offscreen platform, for whosaid-bench.
struct GuiFigures {
    double open_ms = 0;         // open a file to a fully highlighted view
    double select_actor_ms = 0; // select the actor with the most mentions
    int selected_mentions = 0;  // how many mentions that actor has
};

// Opens article_path in a fresh main window and selects its most mentioned actor.
GuiFigures measure_gui(const std::string& article_path);

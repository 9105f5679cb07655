#pragma once

#include "whosaid/analyzer.h"

#include <cstddef>
#include <string>

// The analysis of a folder of real articles, as whosaid-cli would do it: every article
// file of the folder read into memory first, then decoded, analysed and written as JSON.
struct CorpusFigures {
    size_t files = 0;
    double megabytes = 0;      // bytes read, in MB
    double seconds = 0;        // analysis and JSON writing, reading excluded
    size_t failures = 0;       // files the analyzer refused
    double json_megabytes = 0; // JSON written
};

// Measures every .txt, .html, .htm and .md file directly in folder (gold files and other
// data are skipped), analysed again and again until at least min_megabytes went through, so
// that a small folder still gives a steady rate; an unreadable folder gives files == 0.
CorpusFigures measure_corpus(const whosaid::Analyzer& analyzer, const std::string& folder,
                             double min_megabytes);

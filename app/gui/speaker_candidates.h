#pragma once

#include <vector>

class Article;

// The actors of an article in the order a speaker picker offers them for words at position
// (a UTF-16 offset in the text; -1: unknown): people and organizations first, media next,
// places last (a place rarely speaks); within each group the actor named nearest the words
// first, then the actor mentioned first in the article.
std::vector<int> speakerCandidates(const Article& article, int position);

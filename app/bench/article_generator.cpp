#include "article_generator.h"

#include <iterator>

namespace {

const char* const kFrenchPeople[] = {
    "Sergueï Lavrov", "Emmanuel Macron",   "Ursula von der Leyen", "António Guterres",
    "Olaf Scholz",    "Annalena Baerbock", "Bachar al-Assad",      "Recep Tayyip Erdogan"};
const char* const kFrenchRoles[] = {"le ministre russe des Affaires étrangères",
                                    "le président français", "la présidente de la Commission",
                                    "le secrétaire général de l'ONU", "le porte-parole du Kremlin"};
const char* const kEnglishPeople[] = {"Antony Blinken",   "Rishi Sunak",   "Maria Zakharova",
                                      "Jens Stoltenberg", "Kamala Harris", "Hakan Fidan"};
const char* const kMedia[] = {"l'agence Interfax",     "l'AFP",         "Reuters",
                              "le quotidien Le Monde", "l'agence TASS", "la chaîne France 24"};
const char* const kEnglishMedia[] = {"Reuters", "CNN", "the BBC", "the Associated Press"};
const char* const kPlaces[] = {"Moscou", "Genève", "Bruxelles", "Kiev", "Damas", "Pékin"};
const char* const kEnglishPlaces[] = {"Washington", "London", "Ankara", "Geneva", "Beijing"};
const char* const kFrenchVerbs[] = {"a déclaré", "a affirmé", "a estimé", "a martelé",
                                    "a ajouté",  "a précisé", "a confié"};
const char* const kEnglishVerbs[] = {"said", "told reporters", "added", "insisted", "warned"};

} // namespace

ArticleGenerator::ArticleGenerator(uint64_t seed) : state_(seed * 2654435761u + 1) {}

uint64_t ArticleGenerator::next() {
    // xorshift64*: fast, deterministic, good enough to vary templates.
    state_ ^= state_ >> 12;
    state_ ^= state_ << 25;
    state_ ^= state_ >> 27;
    return state_ * 2685821657736338717ull;
}

const char* ArticleGenerator::pick(const char* const* items, size_t count) {
    return items[next() % count];
}

std::string ArticleGenerator::paragraph() {
    std::string p;
    if (french_) {
        const std::string person = pick(kFrenchPeople, std::size(kFrenchPeople));
        const std::string verb = pick(kFrenchVerbs, std::size(kFrenchVerbs));
        switch (next() % 4) {
        case 0:
            p = "« Nous ne céderons pas sur l'essentiel, et nos partenaires le savent », " + verb +
                " " + person + ", cité par " + pick(kMedia, std::size(kMedia)) + ".";
            break;
        case 1:
            p = "Selon " + std::string(pick(kMedia, std::size(kMedia))) + ", " +
                pick(kFrenchRoles, std::size(kFrenchRoles)) +
                " a jugé la situation « très "
                "préoccupante » lors d'une visite à " +
                pick(kPlaces, std::size(kPlaces)) + ".";
            break;
        case 2:
            p = person + " " + verb + " mardi à " + pick(kPlaces, std::size(kPlaces)) +
                " que « le dialogue reste la seule voie possible ». « Il n'y a pas d'autre "
                "option », a-t-il ajouté devant la presse.";
            break;
        default:
            p = "Les discussions entre " + person + " et " +
                pick(kFrenchPeople, std::size(kFrenchPeople)) +
                " se sont poursuivies jusque tard dans la soirée à " +
                pick(kPlaces, std::size(kPlaces)) + ", sans qu'aucun accord ne soit annoncé.";
        }
    } else {
        const std::string person = pick(kEnglishPeople, std::size(kEnglishPeople));
        switch (next() % 3) {
        case 0:
            p = "\"We will not give up on this process,\" " + person + " " +
                pick(kEnglishVerbs, std::size(kEnglishVerbs)) + " in " +
                pick(kEnglishPlaces, std::size(kEnglishPlaces)) + " on Tuesday.";
            break;
        case 1:
            p = person + " told " + pick(kEnglishMedia, std::size(kEnglishMedia)) +
                " that the talks had been \"constructive\" but that no date was set.";
            break;
        default:
            p = "According to " + std::string(pick(kEnglishMedia, std::size(kEnglishMedia))) +
                ", officials in " + pick(kEnglishPlaces, std::size(kEnglishPlaces)) +
                " expect a new round of talks next month.";
        }
    }
    return p;
}

std::string ArticleGenerator::article(size_t bytes) {
    const bool french = next() % 4 != 0;
    return article(bytes, french);
}

std::string ArticleGenerator::article(size_t bytes, bool french) {
    french_ = french;
    std::string text =
        french_ ? "Diplomatie : nouvelle série de pourparlers\n\nGENÈVE, 3 avril (AFP) - "
                : "Diplomats meet again as talks drag on\n\nGENEVA (Reuters) - ";
    text += paragraph();
    while (text.size() < bytes) {
        text += "\n\n";
        text += paragraph();
    }
    text += '\n';
    return text;
}

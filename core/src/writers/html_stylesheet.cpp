#include "writers/html_stylesheet.h"

#include "whosaid/highlight_palette.h"

namespace whosaid::writers {
namespace {

// Colours: Okabe & Ito (2008), safe for the common colour-vision deficiencies. Text keeps
// the body colour everywhere (contrast above 10:1 in both schemes); colours only draw
// underlines, frames and tints, and each kind differs in shape too.
constexpr std::string_view stylesheet = R"css(
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --fg: #1c1c1e; --muted: #505259; --rule: #d9d5cb; --panel: #f1eee6;
  --link: #0b5394; --mark: #1c1c1e; --highlight: #ffe28a; --bar: #0072b2;
  --serif: "Iowan Old Style", "Source Serif 4", "Noto Serif", "DejaVu Serif", Georgia, serif;
  --sans: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #151619; --fg: #ebebee; --muted: #b4b6bd; --rule: #3a3d44; --panel: #1f2126;
    --link: #8cc8ff; --mark: #f0e442; --highlight: #5b4a00; --bar: #56b4e9;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.6 var(--sans); }
.page { max-width: 48rem; margin: 0 auto; padding: 2.5rem 1.25rem 3rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--fg); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .4rem .8rem; z-index: 1; }
.page-header { border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; }
.kicker { margin: 0; font-size: .75rem; font-weight: 700; letter-spacing: .14em;
  text-transform: uppercase; color: var(--muted); }
h1 { font: 700 2.1rem/1.2 var(--serif); margin: .35rem 0 .8rem; overflow-wrap: anywhere; }
h2 { font-size: .78rem; font-weight: 700; letter-spacing: .12em; text-transform: uppercase;
  color: var(--muted); border-bottom: 1px solid var(--rule); padding-bottom: .35rem;
  margin: 2.6rem 0 1rem; }
h3 { font-size: 1rem; margin: 1.4rem 0 .6rem; }
.meta { display: flex; flex-wrap: wrap; gap: .2rem 1.4rem; margin: 0; font-size: .85rem;
  color: var(--muted); }
.meta div { display: flex; gap: .4em; }
.meta dt { font-weight: 700; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.toc ul { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; list-style: none; padding: 0;
  margin: 1rem 0 0; font-size: .9rem; }
.legend ul { display: flex; flex-wrap: wrap; gap: .55rem 1.3rem; list-style: none; padding: 0;
  margin: 0; font-size: .92rem; }
.hint { margin: .7rem 0 0; font-size: .82rem; color: var(--muted); }
.page-mark, .page-ref { font: .78rem/1 var(--sans); color: var(--muted); white-space: nowrap; }
article p { font: 1.15rem/1.85 var(--serif); margin: 0 0 1.15em;
  white-space: pre-line; overflow-wrap: break-word; }
.m { color: inherit; text-decoration-line: underline; text-decoration-thickness: .13em;
  text-underline-offset: .24em; text-decoration-skip-ink: none; border-radius: .15em;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.m.place { text-decoration-thickness: .18em; }
.speaker-ref { font-weight: 700; }
.speaker-ref.anonymous { text-decoration: underline wavy var(--speaker) .08em;
  text-underline-offset: .25em; }
.source-ref { border: 1.5px solid var(--source); border-radius: .25em; padding: 0 .12em; }
.quote { border-radius: .15em; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.qmark { font-weight: 800; color: var(--mark); }
.cue { font-style: italic; }
.dateline { font-variant: small-caps; font-weight: 700; letter-spacing: .03em; }
.speaker-tag { font: 600 .76em/1.3 var(--sans); color: var(--muted); background: var(--panel);
  border-left: 3px solid var(--speaker); border-radius: 0 .3em .3em 0; padding: .1em .45em;
  margin: 0 0 0 .3em; white-space: normal; }
.speaker-tag.unattributed { font-style: italic; }
.speaker-tag.certainty-likely { border-left-style: dashed; }
.speaker-tag.certainty-unsure { border-left-style: dotted; border-left-width: 4px;
  outline: 1.5px dashed var(--muted); outline-offset: 1px; }
.speaker-tag.certainty-unattributed { border-left-style: double; border-left-width: 4px;
  outline: 1.5px dashed var(--muted); outline-offset: 1px; }
.certainty-mark { font-weight: 400; }
.certainty-legend { margin-top: .6rem !important; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
td.certainty { white-space: nowrap; }
.m:hover, .m:focus-visible { background: var(--highlight); }
.m:target, .quote:target { outline: 3px solid var(--fg); outline-offset: 2px;
  background: var(--highlight); }
.actors ul.actor-list { list-style: none; padding: 0; margin: 0; display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .7rem; }
.actor { border: 1px solid var(--rule); border-left: 5px solid var(--person);
  border-radius: .45rem; padding: .55rem .75rem; background: var(--panel); }
.actor.organization { border-left: 5px dashed var(--organization); }
.actor.place { border-left: 5px dotted var(--place); }
.actor.media { border-left: 5px double var(--media); }
.actor:target { outline: 3px solid var(--fg); outline-offset: 1px; }
.actor-name { font-weight: 700; color: var(--fg); text-decoration: none; }
.actor-name:hover { text-decoration: underline; }
.actor .count { color: var(--muted); font-size: .85rem; margin-left: .3em; }
.actor .roles { margin: .15rem 0 0; color: var(--muted); font-size: .85rem; font-style: italic; }
.mention-links { list-style: none; padding: 0; margin: .35rem 0 0; display: flex;
  flex-wrap: wrap; gap: .2rem .55rem; font-size: .85rem; }
.mention-links .where { color: var(--muted); font-size: .8em; margin-left: .15em; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: 700; padding: 0 0 .45rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .45rem .55rem; text-align: left;
  vertical-align: top; }
thead th { font-size: .72rem; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); border-bottom: 2px solid var(--rule); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.quote-text { font-family: var(--serif); overflow-wrap: anywhere; }
bdi, .actor, .speaker-tag, th, td { overflow-wrap: anywhere; min-width: 0; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(7.6rem, 1fr)); gap: .6rem;
  margin: 0 0 1.6rem; }
.stats div { background: var(--panel); border: 1px solid var(--rule); border-radius: .45rem;
  padding: .5rem .7rem; }
.stats dt { font-size: .78rem; color: var(--muted); }
.stats dd { margin: 0; font: 700 1.5rem/1.2 var(--sans); font-variant-numeric: tabular-nums; }
.share { display: flex; align-items: center; gap: .6rem; font-variant-numeric: tabular-nums; }
.share .bar { flex: 1; }
.bar { display: block; height: .75rem; min-width: 7rem; background: var(--bg);
  border: 1px solid var(--rule); border-radius: .4rem; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--bar); }
.empty { color: var(--muted); font-style: italic; }
.page-footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule);
  font-size: .8rem; color: var(--muted); }
.page-footer p { margin: .2rem 0; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #000; --rule: #000; --panel: #fff; --link: #000;
    --person: #000; --organization: #000; --place: #000; --media: #000; --speaker: #000;
    --source: #000; --mark: #000; }
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .toc, .skip, .hint { display: none; }
  a:not(.m) { text-decoration: none; }
  .m, .quote, .actor, .speaker-tag, .stats div, .m:target, .quote:target { background: none !important; }
  .quote { font-style: italic; }
  .quote.indirect { font-style: normal; border-bottom: .12em dotted #000; }
  .speaker-tag { border: 1px solid #000; border-left-width: 3px; }
  .bar { border: 1px solid #000; height: .75rem; }
  .bar > span { background: none; height: 0; border-top: .75rem solid #000; }
  .actor, tr, .stats div { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
)css";

// Greys chosen to print distinctly on a black-and-white printer and to leave black text
// above 12:1 contrast.
constexpr std::string_view paper = R"css(
body { color: #000000; background-color: #ffffff; font-family: "DejaVu Sans", sans-serif;
  font-size: 10pt; }
h1 { font-family: "DejaVu Serif", serif; font-size: 18pt; font-weight: bold; margin-top: 4pt;
  margin-bottom: 6pt; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; }
.kicker { font-size: 8pt; font-weight: bold; margin: 0; }
.meta { font-size: 8pt; margin: 0; }
.legend ul { font-size: 9pt; margin-top: 2pt; }
p { margin-top: 0px; margin-bottom: 10px; }
article p { font-family: "DejaVu Serif", serif; font-size: 11pt; line-height: 150%; }
.m { text-decoration: underline; }
.m.person { color: #000001; }
.m.organization { color: #000002; }
.m.place { color: #000003; }
.m.media { color: #000004; }
.m.speaker, .speaker-ref { font-weight: bold; }
.m.source, .source-ref { font-style: italic; text-decoration: underline overline; }
.quote { font-style: italic; background-color: #ececec; }
.quote.indirect { font-style: normal; background-color: #f6f6f6; }
.qmark { font-weight: bold; }
.cue { font-style: italic; }
.dateline { font-weight: bold; font-variant: small-caps; }
.speaker-tag { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; font-style: normal;
  background-color: #d9d9d9; }
.speaker-tag.unattributed { font-style: italic; }
.verified { font-weight: bold; }
table { border-collapse: collapse; border-color: #000000; font-size: 8.5pt; margin-bottom: 10pt; }
th, td { padding: 3pt; border-width: 1px; border-style: solid; border-color: #808080; }
thead th { font-weight: bold; background-color: #e6e6e6; }
caption { font-weight: bold; text-align: left; }
td.quote-text { font-family: "DejaVu Serif", serif; font-style: italic; }
.empty { font-style: italic; }
.page-mark, .page-ref { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #404040; }
.page-footer { font-size: 7.5pt; margin-top: 12pt; }
)css";

} // namespace

std::string_view base_stylesheet() {
    return stylesheet;
}

namespace {

std::string hex(uint32_t rgb) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (int shift = 20; shift >= 0; shift -= 4)
        out += digits[(rgb >> shift) & 0xF];
    return out;
}

const char* css_line_style(LineStyle style) {
    switch (style) {
    case LineStyle::Solid:
        return "solid";
    case LineStyle::Dashed:
        return "dashed";
    case LineStyle::Dotted:
        return "dotted";
    case LineStyle::Wavy:
        return "wavy";
    case LineStyle::None:
        break;
    }
    return "solid";
}

// The rule that draws one kind's cues, from its palette entry.
std::string kind_rule(const PaletteEntry& entry) {
    const std::string key(entry.key);
    const std::string colour = "var(--" + key + ")";
    if (entry.tint)
        return (key == "quotation" ? ".quote" : ".quote.indirect") +
               std::string(" { background: ") + colour + "; }\n";
    std::string rule = ".m." + key + " {";
    if (entry.underline != LineStyle::None)
        rule += std::string(" text-decoration-style: ") + css_line_style(entry.underline) +
                "; text-decoration-color: " + colour + ";";
    if (entry.overline)
        rule += " text-decoration-line: underline overline;";
    if (entry.weight != 400)
        rule += " font-weight: " + std::to_string(entry.weight) + ";";
    if (entry.italic)
        rule += " font-style: italic;";
    return rule + " }\n";
}

} // namespace

std::string palette_rules() {
    std::string light = ":root {", dark = "@media (prefers-color-scheme: dark) {\n  :root {";
    std::string rules;
    for (int k = 0; k < kPaletteKindCount; ++k) {
        const PaletteEntry& entry = palette_entry(static_cast<PaletteKind>(k));
        light += " --" + std::string(entry.key) + ": " + hex(entry.light) + ";";
        dark += " --" + std::string(entry.key) + ": " + hex(entry.dark) + ";";
        rules += kind_rule(entry);
    }
    return light + " }\n" + dark + " }\n}\n" + rules;
}

std::string_view paper_stylesheet() {
    return paper;
}

std::string entity_highlight_rules(const HtmlIds& ids, size_t entity_count) {
    std::string rules;
    for (size_t e = 0; e < entity_count; ++e) {
        const std::string& id = ids.entity(e);
        rules += "body:has(#" + id + ":target,[data-entity=\"" + id + "\"]:target,[data-entity=\"" +
                 id + "\"]:hover) :is([data-entity=\"" + id + "\"],[data-entity-part=\"" + id +
                 "\"]){outline:2px solid var(--fg);background:var(--highlight)}\n";
    }
    return rules;
}

} // namespace whosaid::writers

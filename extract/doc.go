// Package extract turns entertainment news articles into credits: article
// text in, []graph.Fact out, in the JSON Lines form of the facts contract.
//
// It owns three steps. Reading: Parse and ReadFile take plain text (with an
// optional "Date: 2025-07-23" line at its top: date.go) or a saved HTML
// page, whose body and publication date they find with an HTML parser (a
// title set in italics, <i>, <em> or <cite>, is put in curly quotes, as
// other outlets print titles: html.go). Text
// is UTF-8, or UTF-16 with a byte order mark, or in a character set declared
// for it; anything else is refused with where its first bad byte is
// (decode.go). Extracting: Extract reads the article sentence by sentence
// and applies rules for the constructions that news copy uses to credit people ("Name (Show)", "X as Character",
// "starring X and Y", "directed by X", "based on X's novel", ...). Writing facts
// as JSON Lines is package jsonl's.
//
// Extracting runs in stages, a file each:
//
//  1. segmentation (text.go): paragraphs, headings, one-credit-a-line list
//     lines, sentences, tokens;
//  2. mentions: people and characters (people.go, with the words people's
//     names start with in names.txt, made from the shared credit datasets by
//     internal/gennames), titles (titles.go), and the trade vocabulary
//     (words.go);
//  3. relations between mentions, one file per family of constructions:
//     lists.go, brackets.go, roles.go, crew.go, filmography.go; each
//     sentence is read only by the rules whose trigger (the word classes
//     or words their first test asks for: ruletriggers.go) it has;
//  4. the article as a whole (subject.go): the show it is about and the show
//     of each sentence; surnames resolved to the full name (people.go);
//  5. facts (facts.go): a credit read twice kept once, open kinds settled,
//     each with its evidence and a confidence (extract.go's rules table:
//     the confidence of each family, lowered for guessed shows and unknown
//     names). Options.MinConfidence drops the weak ones.
//
// The constructions read ("Name (Show)", "X as C", "starring X and Y",
// "directed by X", cast lists, one-credit-a-line lists, roundup entries,
// obituaries' and profiles' filmographies, ...) are listed, with the file
// that reads each, in CONSTRUCTIONS.md beside this file; each has a case on
// made-up names in the construction tests.
//
// The rules know words, not names: verbs, job words, genre nouns and the
// generic category of networks and streaming services. Which shows exist is
// learnt from the article itself, and from the caller through
// Options.KnownShow (for example the shows already in the graph).
//
// The package does not load facts into a store (package loader does), nor
// fetch pages from the network.
package extract

// Package extract turns entertainment news articles into credits: article
// text in, []graph.Fact out, in the JSON Lines form of the facts contract.
//
// It owns three steps. Reading: Parse and ReadFile take plain text (with an
// optional first line " date YYYY-MM-DD") or a saved HTML page, whose body and
// publication date they find with an HTML parser. Extracting: Extract reads
// the article sentence by sentence and applies rules for the constructions
// that news copy uses to credit people ("Name (Show)", "X as Character",
// "starring X and Y", "directed by X", "based on X's novel", ...). Writing:
// WriteFacts prints facts as JSON Lines.
//
// The rules know words, not names: verbs, job words, genre nouns and the
// generic category of networks and streaming services. Which shows exist is
// learnt from the article itself, and from the caller through
// Options.KnownShow (for example the shows already in the graph).
//
// The package does not load facts into a store (package loader does), nor
// fetch pages from the network.
package extract

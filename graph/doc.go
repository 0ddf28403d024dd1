// Package graph holds castgraph's domain: the people, shows and characters
// that news articles credit, the credits that join them, the evidence each
// credit rests on, and the Store interface that every storage engine
// implements.
//
// The flow of the system is:
//
//	article text --extract--> []Fact --loader--> Store.Load --> Store queries --schema--> GraphQL --server--> HTTP
//
// A Fact is one credit as an article states it (the JSON Lines contract of
// the facts files). A Store merges facts into nodes and edges: a person
// PLAYED a character IN a show (a cast credit naming a character), APPEARED_IN
// a show (a cast credit without one) or WORKED_ON a show (a crew credit, with
// its job where known). Every edge keeps each piece of evidence that states it.
//
// Identity is by folded key (see PersonKey, ShowKey, CharacterKey): names are
// compared after folding case, accents, curly quotes and punctuation, and
// show titles drop a trailing season qualifier. The first spelling a store
// sees is the display name; later spellings become aliases. Search scores
// names by MatchScore and, below all of those, forgives a typo in each word
// (FuzzyKey); a show or person that a lookup does not find gets an
// ENOTFOUND error that suggests the names it may have meant (NotFound).
// Both rules live here, so that every store answers alike.
//
// Beside Store, a store may offer capabilities that callers find by type
// assertion, as database/sql/driver's optional interfaces: Batcher (many
// people or shows in one call; LoadPeople and LoadShows fall back to one
// call each), Pinger (a cheap readiness check; Ping falls back to Stats),
// Preparer (a batch checked and folded before its transaction, so that the
// next batch is prepared while one loads), Lister (Export, ExportBatches
// and Copy), Retracter (take an article back, or replace its facts, in one
// transaction), Browser (every person or show, a page at a time),
// FeedLog (the news feed items already read, kept apart from the graph)
// and LinkLister (LinkingActors without evidence, for a query that reads
// none; LinkingActorsOf falls back to LinkingActors). Both stores offer
// them all but Preparer, which only the Neo4j store offers, and
// LinkLister, which only the embedded store offers. graphtest checks each
// of them, for a store that offers it.
//
// This package owns no storage and no transport: the embedded and neo4j
// packages implement Store, the schema package serves it over GraphQL, and
// graphtest checks any Store against the contract.
package graph

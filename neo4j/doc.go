// Package neo4j is a graph.Store kept in a Neo4j 5 server, reached over Bolt
// with the official Go driver. It is the only package that imports the driver.
//
// The graph is stored as:
//
//	(:Person {key, name, aliases, search})
//	(:Show {key, title, aliases, search})
//	(:Character {key, name, aliases, search})-[:IN]->(:Show)
//	(:Person)-[:PLAYED {seasons, evArticles, evSentences, evDates, evSeasons,
//	                    evNames}]->(:Character)
//	(:Person)-[:APPEARED_IN {seasons, ev...}]->(:Show)
//	(:Person)-[:WORKED_ON {job, seasons, ev...}]->(:Show)
//	(:Person)-[:CREDITED {characters, appeared}]->(:Show)
//
// Node keys are the folded keys of package graph (PersonKey, ShowKey,
// CharacterKey); a node's ID is its kind and key ("person:lee min jae"). A
// credit edge is known by its ends (and, for WORKED_ON, its job folded):
// there is at most one PLAYED from a person to a character, one APPEARED_IN
// from a person to a show, and one WORKED_ON per job. It carries the sorted
// union of its seasons and its evidence as three parallel lists, sorted and
// without duplicates, with a fourth, evSeasons, of the seasons each
// statement names ("2,3"), so that a retraction (graph.Retracter) can take
// back the seasons only a retracted article named; and, as evNames (one
// string a statement), the order of each statement's first fact and the
// spellings its facts gave the person, the show and the character
// (stmtnames.go), so that a retraction chooses the names and aliases of the
// nodes that stay as a load of the other articles would. The bulk export writes them too. The search property holds every
// spelling of a node, folded, for the full-text index that Search uses to
// find candidates before it scores them with graph.MatchScore. That index
// is updated just after each commit rather than inside it, and Search
// first waits for the updates of the commits before it.
//
// CREDITED is the traversal edge: one from a person to each show they have
// any credit in, listing the keys of the characters they play there and
// flagged appeared when they have an APPEARED_IN credit there. The
// queries run inside the server, one round trip each: ShortestPath is
// Cypher's bidirectional shortestPath() over CREDITED (one hop per
// person–show step, as the embedded store counts), with each step's
// evidence gathered in the same query; LinkingActors joins the two shows'
// CREDITED edges and reads the cast credits by character key (and the
// APPEARED_IN credit only where the flag says there is one); Show, Person
// and the batched People and Shows (graph.Batcher) read nodes with all
// their credits. Key lookups name their index, so that a plan Neo4j cached
// while the graph was small stays right as it grows. The CastgraphLock
// node named "model" records the model version; Open migrates a graph of
// an earlier version (one without CREDITED edges, or without their appeared
// flags) once.
//
// Open creates the uniqueness constraints and the full-text index when they
// are missing. Load writes one batch in one managed write transaction: it
// reads the state of the nodes and credits the batch touches (only credits
// whose ends already exist), merges the facts into it in Go, then creates
// the new nodes and edges and sets the changed properties with a few UNWIND
// queries of up to 20,000 rows each, matching stored entities by element ID
// (characters by key). Loads are serialised by a lock node, so the summary
// each one reports is exact even when several processes load into one
// database. A store remembers the nodes its loads read and wrote, and reads
// them again only when another writer has loaded since (each load leaves a
// token on the lock node) or when a write does not find what it expected,
// as after an edit of the graph by hand.
//
// For a big first load, BulkWriter writes the same graph as the CSV files
// of Neo4j's own bulk importer (neo4j-admin database import full), which
// scripts/neo4j import runs on a stopped, empty database: it streams the
// facts through spill files on disk, and the store's next Open makes the
// indexes on the imported graph.
//
// The package owns the mapping between the domain and Cypher; the domain
// rules (identity, the order of answers) come from package graph, and the
// server itself is run by scripts/neo4j in development and CI.
package neo4j
